import type { ReactNode } from 'react';
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
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed as children.
    <label className={`field${error ? ' has-error' : ''}${wide ? ' wide' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
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
