import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFromBytes } from '../../../main/core/io/import-plan';
import { readImportTable } from '../../../main/core/io/source-table';
import { buildFixtures, buildTeamsXlsx } from '../../fixtures/io/make-fixtures';

const dir = join(import.meta.dirname, '../../fixtures/io');
const fixture = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

async function plan(name: string) {
  const result = await importFromBytes(fixture(name));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('committed fixtures', () => {
  it('are exactly what make-fixtures.ts builds', () => {
    const built = buildFixtures();
    const onDisk = readdirSync(dir).filter((f) => !f.endsWith('.ts'));
    expect(onDisk.sort()).toEqual(Object.keys(built).sort());
    for (const [name, bytes] of Object.entries(built)) expect(fixture(name)).toEqual(bytes);
  });
});

describe('importing the fixtures', () => {
  it('Windows-1252, semicolons, one row per member: accents byte for byte', async () => {
    const table = await readImportTable(fixture('teams-cp1252-semicolon.csv'));
    expect(table.ok && [table.value.encoding, table.value.separator]).toEqual(['windows-1252', ';']);
    const { teams } = await plan('teams-cp1252-semicolon.csv');
    expect(teams.map((t) => hex(t.name))).toEqual([hex('Les Écureuils'), hex('Bœuf & Cie')]);
    expect(hex(teams[0]?.projectTitle ?? '')).toBe(hex('« Cœur de forêt » : reboiser à Faa’a'));
    expect(teams.flatMap((t) => t.members.map((m) => hex(m.name)))).toEqual(
      ['Hélène Brûlé', 'François Çelik', 'Anaïs Lefèvre', 'Noël Fàbregas'].map(hex),
    );
    expect(teams[1]?.members.map((m) => m.email)).toEqual([null, 'noel@example.fr']);
  });

  it('UTF-8 with BOM, commas, a line break in a quoted cell: Tāmaʻa Teriʻi byte for byte', async () => {
    const table = await readImportTable(fixture('teams-utf8-bom-comma.csv'));
    expect(table.ok && [table.value.encoding, table.value.separator]).toEqual(['utf-8-bom', ',']);
    const { teams } = await plan('teams-utf8-bom-comma.csv');
    const members = teams.flatMap((t) => t.members);
    // T ā(C4 81) m a ʻ(CA BB) a space T e r i ʻ(CA BB) i
    expect(hex(members[0]?.name ?? '')).toBe('54c4816d61cabb612054657269cabb69');
    expect(members[0]).toEqual({ name: 'Tāmaʻa Teriʻi', email: 'tamaa@example.pf' });
    expect(members.map((m) => m.name)).toEqual([
      'Tāmaʻa Teriʻi',
      'Hinano Ōtare',
      'Teiki Ōpūnui',
      'R\u0101hiti Maeva',
    ]);
    expect(teams.map((t) => [t.name, t.projectTitle])).toEqual([
      ['Vaʻa Tech', 'Vaʻa connectée, pirogue solaire'],
      ['Moana Lab', 'Récifs « vivants »'],
    ]);
  });

  it('UTF-8 jurors with first and last names, title and organisation', async () => {
    const { jurors } = await plan('jurors-utf8-semicolon.csv');
    expect(jurors.map((j) => [hex(j.name), j.title])).toEqual([
      [hex('Tiare Teriʻi'), 'Directrice, Digital Tahiti'],
      [hex('Jean-Noël Dupont'), ''],
      [hex("Marie-Ève L'Hôte"), 'Présidente du jury, « French Tech » Polynésie'],
    ]);
  });

  it('.xlsx: merged team cell, rich text, hyperlink; the jury sheet on request', async () => {
    const bytes = await buildTeamsXlsx();
    const teams = await importFromBytes(bytes);
    expect(teams.ok && teams.value.teams).toEqual([
      {
        name: 'Vaʻa Tech',
        projectTitle: 'Pirogue solaire',
        row: 2,
        members: [
          { name: 'Tāmaʻa Teriʻi', email: 'tamaa@example.pf' },
          { name: 'Hinano Ōtare', email: null },
        ],
      },
      { name: 'Moana Lab', projectTitle: 'Récifs', row: 5, members: [{ name: 'Teiki Ōpūnui', email: null }] },
    ]);
    const jury = await importFromBytes(bytes, { sheetName: 'Jury' });
    expect(jury.ok && jury.value.jurors).toEqual([
      { name: 'Tiare Teriʻi', title: 'Directrice, Digital Tahiti', row: 2 },
    ]);
  });

  it.each([
    ['malformed-unterminated-quote.csv', { code: 'import.unterminatedQuote', row: 2, line: 2 }],
    ['malformed-binary.png', { code: 'import.binaryFile' }],
    ['malformed-empty.csv', { code: 'import.emptyFile' }],
    ['malformed-header-only.csv', { code: 'import.noDataRows', row: 1 }],
    ['malformed-ragged.csv', { code: 'import.raggedRow', row: 2, line: 2, limit: 2, actual: 3 }],
    ['malformed-utf16.csv', { code: 'import.encodingUtf16' }],
  ])('%s is refused with a precise error', async (name, expected) => {
    expect(await importFromBytes(fixture(name))).toEqual({ ok: false, errors: [expected], errorCount: 1 });
  });
});
