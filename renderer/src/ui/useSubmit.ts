import { useCallback, useRef, useState } from 'react';
import { type FieldErrors, fieldErrorsOf } from './fields';

/**
 * Runs a call for a form or a button and keeps what main refused: the message
 * for the form's FormError and the field messages (by path) for its Fields.
 * `run` resolves true when the action went through, so the caller can close
 * the form or clear an input; a success clears the previous refusal.
 * `mapFields` moves field messages where the form shows them.
 */
export function useSubmit(mapFields?: (fields: FieldErrors) => FieldErrors) {
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A double click sends the action once: the second click would be refused
  // ("already submitted", "already locked") and show a false error.
  const pending = useRef(false);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      if (pending.current) return false;
      pending.current = true;
      setBusy(true);
      try {
        await action();
        setFields({});
        setMessage(null);
        return true;
      } catch (error) {
        const refused = fieldErrorsOf(error);
        setFields(mapFields ? mapFields(refused.fields) : refused.fields);
        setMessage(refused.message);
        return false;
      } finally {
        pending.current = false;
        setBusy(false);
      }
    },
    [mapFields],
  );
  /** The chair edits the form again: the refusal of the last attempt no longer applies. */
  const clearMessage = useCallback(() => setMessage(null), []);
  return { run, fields, message, busy, setFields, clearMessage };
}

export type Submit = ReturnType<typeof useSubmit>;
