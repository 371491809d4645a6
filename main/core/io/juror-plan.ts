/**
 * Rows → jurors. One row per juror; the title shown under the name on the
 * projector and the certificates is the title and the organisation columns
 * joined ("Directrice, Digital Tahiti"), or whichever exists.
 */
import type { ColumnMapping } from './header-mapping';
import { excerpt, type ImportIssue } from './issues';
import { MAX_JUROR_TITLE_LENGTH, MAX_PERSON_NAME_LENGTH } from './limits';
import { checkText, personName, RowReader } from './row-checks';
import type { SourceTable } from './source-table';
import { codePointLength, nameKey } from './text-rules';

export interface PlannedJuror {
  name: string;
  /** Title and/or organisation; '' when the file has neither. */
  title: string;
  /** Spreadsheet row of the juror (for the preview). */
  row: number;
}

export function buildJurors(
  table: Pick<SourceTable, 'headers' | 'rows'>,
  mapping: ColumnMapping,
): {
  jurors: PlannedJuror[];
  errors: ImportIssue[];
} {
  const read = new RowReader(table, mapping);
  const nameColumn = read.column('jurorName', 'jurorFirstName', 'jurorLastName');
  const titleColumn = read.column('jurorTitle');
  const organisationColumn = read.column('jurorOrganisation');
  const errors: ImportIssue[] = [];
  const jurors: PlannedJuror[] = [];
  const seen = new Map<string, number>();

  for (const row of table.rows) {
    if (read.isEmpty(row)) continue;
    const name = personName(
      read.text(row, 'jurorFirstName'),
      read.text(row, 'jurorLastName'),
      read.text(row, 'jurorName'),
    );
    if (name === '') {
      errors.push({ code: 'import.missingJurorName', row: row.row, line: row.line, column: nameColumn });
      continue;
    }
    const rowErrors = checkText(name, MAX_PERSON_NAME_LENGTH, row, nameColumn, 'name');
    const jobTitle = read.text(row, 'jurorTitle');
    const organisation = read.text(row, 'jurorOrganisation');
    rowErrors.push(...checkText(jobTitle, MAX_JUROR_TITLE_LENGTH, row, titleColumn));
    rowErrors.push(...checkText(organisation, MAX_JUROR_TITLE_LENGTH, row, organisationColumn));
    const title = [jobTitle, organisation].filter((part) => part !== '').join(', ');
    const titleLength = codePointLength(title);
    if (titleLength > MAX_JUROR_TITLE_LENGTH && rowErrors.every((e) => e.code !== 'import.fieldTooLong')) {
      // Each part fits but together they do not: point at the organisation, the part usually worth shortening.
      rowErrors.push({
        code: 'import.fieldTooLong',
        row: row.row,
        line: row.line,
        column: organisationColumn || titleColumn,
        limit: MAX_JUROR_TITLE_LENGTH,
        actual: titleLength,
        value: excerpt(title),
      });
    }
    errors.push(...rowErrors);

    const key = nameKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        code: 'import.duplicateJuror',
        row: row.row,
        line: row.line,
        column: nameColumn,
        value: excerpt(name),
        otherRow: first,
      });
      continue;
    }
    seen.set(key, row.row);
    jurors.push({ name, title, row: row.row });
  }
  return { jurors, errors };
}
