import { describe, expect, it } from 'vitest';
import { type ImportFromBytesOptions, importFromBytes } from '../../../main/core/io/import-plan';
import {
  IMPORT_ERROR_CODES,
  type ImportErrorCode,
  type ImportIssue,
  issueParams,
} from '../../../main/core/io/issues';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../main/core/io/limits';
import { formatImportIssue, IMPORT_MESSAGES, importHelp } from '../../../main/core/io/messages';
import { buildTeamsXlsx } from '../../fixtures/io/make-fixtures';
import { bombSheet, hostileFiles, workbook } from '../../support/hostile-imports';
import { makeZip } from './zip-builder';

function hostile(name: string): Uint8Array {
  const file = hostileFiles().find((f) => f.name === name);
  if (file === undefined) throw new Error(`no hostile file ${name}`);
  return file.bytes;
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

async function issues(
  bytes: Uint8Array | string,
  options: ImportFromBytesOptions = {},
): Promise<ImportIssue[]> {
  const result = await importFromBytes(typeof bytes === 'string' ? utf8(bytes) : bytes, options);
  return result.ok ? [] : result.errors;
}

/** One scenario per code, through the public pipeline. The Record type makes a missing code a compile error. */
const scenarios: Record<ImportErrorCode, () => Promise<ImportIssue[]>> = {
  'import.fileTooLarge': () => issues(new Uint8Array(MAX_IMPORT_BYTES + 1)),
  'import.tooManyRows': () => issues(`Équipe\n${'x\n'.repeat(MAX_IMPORT_ROWS + 1)}`),
  'import.emptyFile': () => issues('\r\n \r\n;;\r\n'),
  'import.noDataRows': () => issues('Équipe;Projet\r\n'),
  'import.binaryFile': () => issues(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])),
  'import.encodingUtf16': () => issues(new Uint8Array([0xff, 0xfe, 0x41, 0x00])),
  'import.encodingInvalid': () => issues(new Uint8Array([0x41, 0x81, 0x0a])),
  'import.legacyXls': () => issues(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
  'import.unsupportedFormat': () =>
    issues(makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }])),
  'import.xlsxUnreadable': async () => issues((await buildTeamsXlsx()).subarray(0, 300)),
  'import.xlsxTooLarge': () => issues(workbook([{ name: 'Feuil1' }], [bombSheet(1, 190)])),
  'import.xlsxEntities': () => issues(hostile('entity expansion in the sheet')),
  'import.tooManyRowsOver': () => issues(hostile('1M rows holding only formulas')),
  'import.tooManyCells': () => issues(hostile('merged range of 27 million cells')),
  'import.encodingMixed': () => issues(hostile('CSV mixing UTF-8 and Windows-1252')),
  'import.nameInvisible': () => issues('Équipe;Projet\n\u3164;x\n'),
  'import.nameFormatCharacter': () => issues('Équipe;Projet\nDelta\u200d Plus;x\n'),
  // The worker's budgets (main/core/data/import-worker-client.ts) have their own tests; here, the wording.
  'import.parseTimeBudget': async () => [{ code: 'import.parseTimeBudget', limit: 20 }],
  'import.parseMemoryBudget': async () => [{ code: 'import.parseMemoryBudget', limit: 256 * 1024 * 1024 }],
  'import.readerUnavailable': async () => [{ code: 'import.readerUnavailable' }],
  'import.sheetNotFound': async () => issues(await buildTeamsXlsx(), { sheetName: 'Résultats' }),
  'import.unterminatedQuote': () => issues('Équipe\n"Alpha\n'),
  'import.missingColumn': () => issues('Projet;Notes\nx;y\n', { kind: 'teams' }),
  'import.mappingConflict': () =>
    issues('Équipe;Projet\nA;x\n', { kind: 'teams', mapping: { teamName: 0, projectTitle: 0 } }),
  'import.mappingInvalid': () => issues('Équipe;Projet\nA;x\n', { kind: 'teams', mapping: { teamName: 7 } }),
  'import.raggedRow': () => issues('Team,Project\nA,Solar, wind\n'),
  'import.missingTeamName': () => issues('Équipe;Projet\n;x\n'),
  'import.duplicateTeam': () => issues('Équipe;Projet\nA;x\na ;y\n'),
  'import.conflictingProjectTitle': () => issues('Équipe;Projet;Membre\nA;x;Ana\nA;y;Bo\n'),
  'import.emptyMemberName': () => issues('Équipe;Membre;Email\nA;;ana@example.fr\n'),
  'import.duplicateMember': () => issues('Équipe;Membres\nA;Ana, ana\n'),
  'import.badEmail': () => issues('Équipe;Membre;Email\nA;Ana;ana.example.fr\n'),
  'import.missingJurorName': () => issues('Juré;Titre\n;Présidente\n', { kind: 'jurors' }),
  'import.duplicateJuror': () => issues('Juré;Titre\nAna;x\nAna;y\n', { kind: 'jurors' }),
  'import.fieldTooLong': () => issues(`Équipe\n${'x'.repeat(500)}\n`),
  'import.invalidCharacter': () => issues('Équipe\n"A\nB"\n'),
};

describe('every error code', () => {
  it.each([...IMPORT_ERROR_CODES])('%s is reached and reads well in French and English', async (code) => {
    const found = await scenarios[code]();
    const issue = found.find((i) => i.code === code);
    expect(issue, JSON.stringify(found)).toBeDefined();
    if (issue === undefined) return;
    for (const locale of ['fr', 'en'] as const) {
      const text = formatImportIssue(issue, locale);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length).toBeGreaterThan(20);
    }
    // A row-level issue always points at the row (and, except for ragged rows, the column).
    if (
      issue.row !== undefined &&
      !['import.raggedRow', 'import.noDataRows', 'import.unterminatedQuote'].includes(code)
    ) {
      expect(issue.column).toBeTruthy();
    }
    expect(Object.keys(issueParams(issue))).not.toContain('code');
  });
});

describe('messages', () => {
  it('have French and English text for every code', () => {
    for (const code of IMPORT_ERROR_CODES) {
      expect(IMPORT_MESSAGES.fr[code]).toBeTruthy();
      expect(IMPORT_MESSAGES.en[code]).toBeTruthy();
      expect(IMPORT_MESSAGES.fr[code]).not.toBe(IMPORT_MESSAGES.en[code]);
    }
  });

  it('follow French typography and put the location first', () => {
    const issue: ImportIssue = {
      code: 'import.duplicateTeam',
      row: 12,
      column: 'Équipe',
      value: 'Vaʻa Tech',
      otherRow: 3,
    };
    expect(formatImportIssue(issue, 'fr')).toBe(
      'Ligne 12, colonne «\u00a0Équipe\u00a0»\u00a0: l’équipe «\u00a0Vaʻa Tech\u00a0» figure déjà à la ligne 3. ' +
        'Une équipe ne doit apparaître qu’une fois\u00a0: renommez ou supprimez le doublon.',
    );
    expect(formatImportIssue(issue, 'en')).toBe(
      'Row 12, column “Équipe”: the team “Vaʻa Tech” already appears on row 3. Each team must appear once: rename or delete the duplicate.',
    );
    for (const text of Object.values(IMPORT_MESSAGES.fr)) expect(text).not.toMatch(/ [:;!?»]|« /);
  });

  it('show sizes in megabytes, fields by their label, and capitalise a sentence without location', () => {
    expect(
      formatImportIssue({ code: 'import.fileTooLarge', limit: MAX_IMPORT_BYTES, actual: 52_428_800 }, 'fr'),
    ).toContain('50\u00a0Mo, au-delà de la limite de 10\u00a0Mo');
    expect(formatImportIssue({ code: 'import.missingColumn', field: 'teamName' }, 'en')).toBe(
      'No column is mapped to the required field “Team name”. Map a column to it in the preview, or add it to the file.',
    );
  });

  it('describe the accepted formats in both languages', () => {
    expect(importHelp('fr').join(' ')).toContain('Windows-1252');
    // Intl groups French thousands with a narrow no-break space (U+202F).
    expect(importHelp('fr').join(' ')).toContain('10\u202f000 lignes');
    expect(importHelp('en').join(' ')).toContain('10,000 data rows');
  });
});
