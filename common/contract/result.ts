/** The answer to every call: its value, or a translated refusal. Kept apart so lan-protocol.ts needs no zod. */
export interface CallError {
  /** A translation key, e.g. 'validation.duplicateTeam' or 'error.invalidInput'. */
  code: string;
  /** Already translated into the UI language, ready to show. */
  message: string;
  params?: Record<string, string | number>;
  /** Field-level problems for forms: path into the input + translated message. */
  issues?: { path: (string | number)[]; code: string; message: string }[];
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };
