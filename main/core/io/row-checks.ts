/**
 * Per-cell checks shared by the team and juror builders, so every field gets
 * the same treatment and the same error shape (row, column header, code).
 */

import { nameProblem } from '../../../common/name-rules';
import type { ColumnMapping } from './header-mapping';
import { excerpt, type ImportField, type ImportIssue } from './issues';
import { MAX_EMAIL_LENGTH } from './limits';
import { columnLabel, type SourceRow, type SourceTable } from './source-table';
import { cleanText, codePointLength, hasControlCharacter, isValidEmail } from './text-rules';

export class RowReader {
  constructor(
    private readonly table: Pick<SourceTable, 'headers'>,
    private readonly mapping: ColumnMapping,
  ) {}

  /** The cleaned (NFC, trimmed) cell of a field, '' when unmapped or missing. */
  text(row: SourceRow, field: ImportField): string {
    const index = this.mapping[field];
    return index === undefined ? '' : cleanText(row.cells[index] ?? '');
  }

  /** The header of the column mapped to the first of `fields` that is mapped. */
  column(...fields: ImportField[]): string {
    for (const field of fields) {
      const index = this.mapping[field];
      if (index !== undefined) return columnLabel(this.table, index);
    }
    return '';
  }

  /** True when every mapped cell of the row is empty (the row only has notes in other columns). */
  isEmpty(row: SourceRow): boolean {
    return Object.values(this.mapping).every(
      (index) => index === undefined || cleanText(row.cells[index] ?? '') === '',
    );
  }
}

/**
 * Length and character checks for a single-line text field; returns the issues found.
 * A name (`'name'`) also gets the one name rule of common/name-rules.ts, as a form would.
 */
export function checkText(
  value: string,
  max: number,
  row: SourceRow,
  column: string,
  kind: 'name' | 'text' = 'text',
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (hasControlCharacter(value)) {
    issues.push({
      code: 'import.invalidCharacter',
      row: row.row,
      line: row.line,
      column,
      value: excerpt(value),
    });
  }
  const problem = kind === 'name' ? nameProblem(value) : null;
  if (problem?.code === 'nameInvisible') {
    issues.push({ code: 'import.nameInvisible', row: row.row, line: row.line, column });
  } else if (problem?.code === 'nameFormatCharacter') {
    issues.push({
      code: 'import.nameFormatCharacter',
      row: row.row,
      line: row.line,
      column,
      value: problem.codePoint,
      actual: problem.position,
    });
  }
  const length = codePointLength(value);
  if (length > max) {
    issues.push({
      code: 'import.fieldTooLong',
      row: row.row,
      line: row.line,
      column,
      limit: max,
      actual: length,
      value: excerpt(value),
    });
  }
  return issues;
}

/** '' → null; otherwise the address if it is valid, with the issues found. */
export function checkEmail(
  value: string,
  row: SourceRow,
  column: string,
): { email: string | null; issues: ImportIssue[] } {
  if (value === '') return { email: null, issues: [] };
  const length = codePointLength(value);
  if (length > MAX_EMAIL_LENGTH) {
    return {
      email: null,
      issues: [
        {
          code: 'import.fieldTooLong',
          row: row.row,
          line: row.line,
          column,
          limit: MAX_EMAIL_LENGTH,
          actual: length,
          value: excerpt(value),
        },
      ],
    };
  }
  if (!isValidEmail(value)) {
    return {
      email: null,
      issues: [{ code: 'import.badEmail', row: row.row, line: row.line, column, value: excerpt(value) }],
    };
  }
  return { email: value, issues: [] };
}

/** "Prénom Nom" from split columns, or the single name column. */
export function personName(first: string, last: string, full: string): string {
  if (full !== '') return full;
  return [first, last].filter((part) => part !== '').join(' ');
}
