import type { InputHTMLAttributes, ReactNode } from 'react';
import type { CallError } from '../../../common/contract';
import { CallFailure } from '../api';

/** Field-level messages from a refused call, keyed by their path ("members.0.email"). */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: unknown): { fields: FieldErrors; message: string } {
  if (error instanceof CallFailure) return { fields: byPath(error.error), message: error.message };
  return { fields: {}, message: error instanceof Error ? error.message : String(error) };
}

function byPath(error: CallError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues ?? []) {
    const key = issue.path.join('.');
    fields[key] ??= issue.message;
  }
  return fields;
}

export function Field({
  label,
  error,
  hint,
  children,
  wide,
  group,
  className: extra,
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
  wide?: boolean;
  /** Several controls (buttons, a preview): a labelled group, not a <label> that would click the first one. */
  group?: boolean;
  /** Placement in the form's grid. */
  className?: string;
}) {
  const className = `field${error ? ' has-error' : ''}${wide ? ' wide' : ''}${extra ? ` ${extra}` : ''}`;
  const body = (
    <>
      <span className="field-label">{label}</span>
      {children}
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
  if (group)
    return (
      <fieldset className={`${className} field-group`} aria-label={label}>
        {body}
      </fieldset>
    );
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed as children.
    <label className={className}>{body}</label>
  );
}

/**
 * The common case of a Field: one text-like input whose value the form keeps
 * as a string. Other input attributes (name, type, inputMode…) pass through.
 */
export function TextField({
  label,
  error,
  hint,
  wide,
  className,
  value,
  onChange,
  ...input
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  wide?: boolean;
  className?: string;
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'>) {
  return (
    <Field label={label} error={error} hint={hint} wide={wide} className={className}>
      <input {...input} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
