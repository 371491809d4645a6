import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { JUROR_IMPORT_FIELDS, TEAM_IMPORT_FIELDS } from '../../../common/contract/data';
import { translate } from '../../../common/i18n';
import { csvNumber, exportFileName } from '../../../main/core/data/export-write';
import { foreignKeyOrder, readTables } from '../../../main/core/data/schema-tables';
import { JUROR_FIELDS, TEAM_FIELDS } from '../../../main/core/io/header-mapping';
import { IMPORT_ERROR_CODES } from '../../../main/core/io/issues';
import { formatImportIssue, IMPORT_MESSAGES } from '../../../main/core/io/messages';

describe('the contract and the io core agree', () => {
  it('on the fields a column can feed', () => {
    expect([...TEAM_IMPORT_FIELDS]).toEqual([...TEAM_FIELDS]);
    expect([...JUROR_IMPORT_FIELDS]).toEqual([...JUROR_FIELDS]);
  });

  it('on the wording: the import messages are the catalogue’s, so the dispatcher and the preview say the same', () => {
    for (const code of IMPORT_ERROR_CODES) {
      expect(translate('fr', code)).toBe(IMPORT_MESSAGES.fr[code]);
      expect(translate('en', code)).toBe(IMPORT_MESSAGES.en[code]);
    }
    expect(
      formatImportIssue({ code: 'import.jurorExists', row: 3, column: 'Juré', value: 'Tiare' }, 'fr'),
    ).toBe(
      'Ligne 3, colonne «\u00a0Juré\u00a0»\u00a0: «\u00a0Tiare\u00a0» fait déjà partie du jury de cet événement. ' +
        'Retirez la ligne du fichier\u00a0: un import ne fait qu’ajouter de nouveaux membres du jury.',
    );
  });
});

describe('exports', () => {
  it('write numbers the way the spreadsheet of each language reads them', () => {
    expect(csvNumber(14.5, 'fr')).toBe('14,5');
    expect(csvNumber(14.5, 'en')).toBe('14.5');
    expect(csvNumber(-2, 'fr')).toBe('-2');
  });

  it('name files after the event and their content, in the interface language', () => {
    expect(exportFileName('pitch-day', 'ranking', 'csv', 'fr')).toBe('pitch-day-classement.csv');
    expect(exportFileName('pitch-day', 'event', 'json', 'en')).toBe('pitch-day-event.json');
  });
});

describe('table order for the event JSON', () => {
  it('puts referenced tables first, whatever their names', () => {
    const db = new Database(':memory:');
    db.exec(`
      CREATE TABLE a_child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES z_parent (id), other INTEGER REFERENCES m_middle (id));
      CREATE TABLE m_middle (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES z_parent (id));
      CREATE TABLE z_parent (id INTEGER PRIMARY KEY);
      CREATE TABLE loner (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
    `);
    const tables = readTables(db);
    expect(foreignKeyOrder(tables).map((t) => t.name)).toEqual(['loner', 'z_parent', 'm_middle', 'a_child']);
    expect(tables.find((t) => t.name === 'loner')).toMatchObject({ withoutRowid: true, primaryKey: ['k'] });
    db.close();
  });
});
