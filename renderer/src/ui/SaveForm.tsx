import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { FormError } from './fields';

/**
 * A form that saves: its title, what main refused on top, the fields, then
 * Save (and Cancel when it edits a row in place). Enter submits.
 */
export function SaveForm({
  className,
  label,
  title,
  message,
  busy = false,
  onSave,
  onCancel,
  onEdit,
  children,
}: {
  className: string;
  /** The accessible name, when the form has no title of its own. */
  label?: string;
  title?: string;
  message: string | null;
  busy?: boolean;
  onSave: () => void;
  onCancel?: () => void;
  /** Any edit in the form (the refusal banner of the last save goes stale). */
  onEdit?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form
      className={className}
      aria-label={label}
      onInput={onEdit}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {title && <h2 className="wide">{title}</h2>}
      <FormError message={message} />
      {children}
      <div className="actions wide">
        <button type="submit" disabled={busy}>
          {t('common.save')}
        </button>
        {onCancel && (
          <button type="button" className="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
