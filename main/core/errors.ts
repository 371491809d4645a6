/**
 * An expected failure the user can act on. `code` is a translation key
 * (common/i18n), `params` fill its placeholders, `issues` point at form fields.
 * The IPC wrapper turns it into `{ ok: false, error }`; anything else thrown is
 * a bug and is reported as `internal`.
 */
export interface FieldIssue {
  /** Path of the offending field, e.g. ['teams', 2, 'name']. */
  path: (string | number)[];
  code: string;
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly issues: FieldIssue[];

  constructor(code: string, params: Record<string, string | number> = {}, issues: FieldIssue[] = []) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }
}
