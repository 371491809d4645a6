import { type ReactNode, useState } from 'react';
import { useI18n } from '../i18n';
import { type FieldErrors, FormError } from './fields';
import { SortableList } from './SortableList';
import { useSubmit } from './useSubmit';

/**
 * A card of things the chair keeps in order (teams, jurors, criteria,
 * signatories): each row reads as a summary with Edit and Delete, and opens
 * in place as a form; one form at a time, the "add" form on top. Deleting
 * asks first, naming the item; a refused delete or reorder says why above
 * the list.
 */
export function EditableList<T extends { id: number }>({
  title,
  aside,
  intro,
  addLabel,
  emptyText,
  items,
  itemName,
  rowTestId,
  onReorder,
  onDelete,
  summary,
  form,
}: {
  title: string;
  /** Beside the title: a count, a total. */
  aside?: ReactNode;
  /** Under the title: what the list is for. */
  intro?: ReactNode;
  addLabel: string;
  emptyText: string;
  items: readonly T[];
  itemName: (item: T) => string;
  rowTestId: string;
  onReorder: (ids: number[]) => Promise<unknown>;
  onDelete: (item: T) => Promise<unknown>;
  summary: (item: T) => ReactNode;
  /** The form for `item`, or for a new one when `item` is null; `done` closes it. */
  form: (item: T | null, done: () => void) => ReactNode;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const submit = useSubmit();
  const done = () => setEditing(null);
  const remove = (item: T) => {
    if (window.confirm(t('common.confirmDelete', { name: itemName(item) })))
      void submit.run(() => onDelete(item));
  };
  return (
    <div className="card">
      <div className="card-head">
        <h2>{title}</h2>
        {aside}
        <button type="button" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {addLabel}
        </button>
      </div>
      {intro}
      <FormError message={submit.message} />
      {editing === 'new' && form(null, done)}
      {items.length === 0 && editing !== 'new' && <p className="muted">{emptyText}</p>}
      <SortableList
        items={items}
        label={itemName}
        onReorder={(ids) => void submit.run(() => onReorder(ids))}
        render={(item) =>
          editing === item.id ? (
            form(item, done)
          ) : (
            <div className="row-summary" data-testid={rowTestId}>
              <div>{summary(item)}</div>
              <div className="row-actions">
                <button type="button" className="ghost" onClick={() => setEditing(item.id)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="ghost danger" onClick={() => remove(item)}>
                  {t('common.delete')}
                </button>
              </div>
            </div>
          )
        }
      />
    </div>
  );
}

/**
 * State of a row's in-place form: `save` runs the create or update call and
 * closes the form when main accepted it; `formProps` go to its SaveForm.
 */
export function useRowForm(onDone: () => void, mapFields?: (fields: FieldErrors) => FieldErrors) {
  const submit = useSubmit(mapFields);
  const save = async (action: () => Promise<unknown>) => {
    if (await submit.run(action)) onDone();
  };
  const formProps = {
    className: 'inline-form form-grid',
    message: submit.message,
    busy: submit.busy,
    onCancel: onDone,
    onEdit: submit.clearMessage,
  };
  return { fields: submit.fields, setFields: submit.setFields, save, formProps };
}
