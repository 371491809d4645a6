/**
 * Property tests (fast-check). The seed is printed so any failure can be
 * replayed: FC_SEED=<seed> npx vitest run test/unit/io/properties.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type CsvSeparator, detectSeparator, parseCsv } from '../../../main/core/io/csv-parse';
import { toCsv, toCsvText } from '../../../main/core/io/csv-write';
import { decodeText } from '../../../main/core/io/decode';
import { escapeFormula } from '../../../main/core/io/formula-escape';
import { guessKind, suggestMapping } from '../../../main/core/io/header-mapping';
import {
  buildImportPlan,
  type ImportPlan,
  importFromBytes,
  previewImport,
} from '../../../main/core/io/import-plan';
import { IMPORT_ERROR_CODES, type IoResult } from '../../../main/core/io/issues';
import { readImportTable } from '../../../main/core/io/source-table';
import { cleanText, hasControlCharacter, isValidEmail, nameKey } from '../../../main/core/io/text-rules';
import { toXlsx, xmlSafe } from '../../../main/core/io/xlsx-write';
import { buildTeamsXlsx } from '../../fixtures/io/make-fixtures';

const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`[io properties] fast-check seed = ${seed}  (replay: FC_SEED=${seed})`);
const runs = (numRuns: number) => ({ numRuns, seed, verbose: true });

const FIXTURES = ['teams-cp1252-semicolon.csv', 'teams-utf8-bom-comma.csv', 'jurors-utf8-semicolon.csv'].map(
  (name) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/io', name))),
);

/** Characters that stress a CSV reader: separators, quotes, every line end, accents, ʻokina, formula triggers. */
const csvChar = fc.constantFrom(
  ...[
    'a',
    'Z',
    '0',
    ' ',
    'é',
    'ā',
    'ʻ',
    'œ',
    '«',
    '@',
    '=',
    '-',
    '+',
    '.',
    '<',
    '>',
    ';',
    ',',
    '\t',
    '"',
    '\n',
    '\r',
  ],
);
const cell = fc.string({ unit: csvChar, maxLength: 10 });
const HEADERS = [
  'Équipe',
  'Projet',
  'Membre',
  'Membres',
  'Email',
  'Prénom',
  'Nom',
  'Juré',
  'Titre',
  'Organisation',
  'Notes',
];

/** Plausible files: a real-looking header then rows of stressful cells, in any encoding, separator and line end. */
const csvFile = fc
  .record({
    header: fc.subarray(HEADERS, { minLength: 1 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 12 }),
    separator: fc.constantFrom(';', ',', '\t'),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
    encoding: fc.constantFrom('utf8', 'bom', 'cp1252'),
  })
  .map(({ header, rows, separator, eol, encoding }) => {
    const text = [header, ...rows].map((r) => r.join(separator)).join(eol);
    if (encoding === 'cp1252') return new Uint8Array(iconv.encode(text, 'windows-1252'));
    const body = Buffer.from(text, 'utf8');
    return new Uint8Array(encoding === 'bom' ? [0xef, 0xbb, 0xbf, ...body] : body);
  });

/**
 * Mostly valid team files, written by our own CSV writer: team names from a
 * small pool (so rows group and duplicates happen), names with macrons and
 * ʻokina, some bad emails, members per row or in one cell. These reach the
 * plan, where the hostile files above mostly stop at the mapping or parsing.
 */
const nameChar = fc.constantFrom('a', 'Z', 'é', 'ā', 'ʻ', 'Ō', ' ', '-', "'");
const personName = fc.string({ unit: nameChar, maxLength: 12 }).map((s) => `T${s}`);
const email = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom('', 'ana@example.fr', 'tāmaʻa@example.pf') },
  { weight: 1, arbitrary: fc.constantFrom('not-an-email', 'a@b') },
);
const team = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('Vaʻa Tech', 'Moana Lab', ' moana  lab', 'Les Écureuils') },
  { weight: 1, arbitrary: fc.constant('') },
);
const PROJECTS: Record<string, string> = {
  'vaʻa tech': 'Pirogue',
  'moana lab': 'Récifs',
  'les écureuils': '',
};
const friendlyFile = fc
  .record({
    perRow: fc.boolean(),
    rows: fc.array(fc.tuple(team, personName, email), { minLength: 1, maxLength: 8 }),
    separator: fc.constantFrom<CsvSeparator>(';', ',', '\t'),
    bom: fc.boolean(),
  })
  .map(({ perRow, rows, separator, bom }) => {
    const project = (name: string) => PROJECTS[name.trim().replace(/\s+/g, ' ').toLowerCase()] ?? '';
    const table = perRow
      ? [
          ['Équipe', 'Projet', 'Membre', 'Courriel'],
          ...rows.map(([t, name, mail]) => [t, project(t), name, mail]),
        ]
      : [
          ['Team', 'Project', 'Members'],
          // One row per team in this layout: number the names so that the pool does not make duplicates.
          ...rows.map(([t, name, mail], i) => [
            t && `${t} ${i}`,
            project(t),
            mail ? `${name} <${mail}>; ${name}2` : name,
          ]),
        ];
    const bytes = toCsv(table, { separator });
    return bom ? bytes : bytes.subarray(3);
  });

const mutation = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.nat(),
  byte: fc.oneof(
    fc.constantFrom(0x22, 0x3b, 0x2c, 0x0a, 0x0d, 0x09, 0x00, 0xc3, 0xe9, 0xff, 0xfe, 0x40),
    fc.integer({ min: 0, max: 255 }),
  ),
});

function mutate(
  bytes: Uint8Array,
  mutations: readonly { kind: string; at: number; byte: number }[],
): Uint8Array {
  const out = [...bytes];
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + (m.kind === 'insert' ? 1 : 0));
    if (m.kind === 'insert' || out.length === 0) out.splice(at, 0, m.byte);
    else if (m.kind === 'delete') out.splice(at, 1);
    else out[at] = m.byte;
  }
  return new Uint8Array(out);
}

/** A result is either a clean plan that keeps every promise, or a non-empty list of known errors. */
function assertWellFormed(result: IoResult<ImportPlan>): void {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errorCount).toBeGreaterThanOrEqual(result.errors.length);
    for (const issue of result.errors) {
      expect(IMPORT_ERROR_CODES).toContain(issue.code);
      if (issue.row !== undefined) expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    }
    return;
  }
  const names = [...result.value.teams.map((t) => t.name), ...result.value.jurors.map((j) => j.name)];
  const members = result.value.teams.flatMap((t) => t.members);
  for (const name of [...names, ...members.map((m) => m.name)]) {
    expect(name).not.toBe('');
    expect(name).toBe(cleanText(name));
    expect(hasControlCharacter(name)).toBe(false);
  }
  expect(new Set(result.value.teams.map((t) => nameKey(t.name))).size).toBe(result.value.teams.length);
  expect(new Set(result.value.jurors.map((j) => nameKey(j.name))).size).toBe(result.value.jurors.length);
  for (const m of members) expect(m.email === null || isValidEmail(m.email)).toBe(true);
}

describe('the importer never crashes and never half-succeeds', () => {
  it('random bytes give a plan or errors (1000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        assertWellFormed(await importFromBytes(bytes));
      }),
      runs(1000),
    );
  });

  it('random CSV files give a plan or errors, and the preview agrees with the plan (1000 runs)', async () => {
    let plans = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvFile, friendlyFile), async (bytes) => {
        const result = await importFromBytes(bytes);
        if (result.ok) plans++;
        assertWellFormed(result);
        const table = await readImportTable(bytes);
        if (!table.ok) return;
        const kind = guessKind(table.value.headers);
        const mapping = suggestMapping(table.value.headers, kind);
        const preview = previewImport(table.value, mapping, kind);
        expect(preview.errorCount === 0).toBe(buildImportPlan(table.value, mapping, kind).ok);
        expect(result.ok).toBe(preview.errorCount === 0);
      }),
      runs(1000),
    );
    // The generators must reach the plan often enough for its invariants to be tested at all.
    console.log(`[io properties] ${plans} of 1000 random files gave a plan`);
    expect(plans).toBeGreaterThan(100);
  });

  it('mutated fixture files give a plan or errors (1000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURES),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        async (file, ms) => {
          assertWellFormed(await importFromBytes(mutate(file, ms)));
        },
      ),
      runs(1000),
    );
  });

  it('mutated .xlsx files give a plan or errors (150 runs: each one unzips a workbook)', async () => {
    const xlsx = await buildTeamsXlsx();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
        assertWellFormed(await importFromBytes(mutate(xlsx, ms)));
      }),
      runs(150),
    );
  });
});

describe('CSV export round trip', () => {
  const separator = fc.constantFrom<CsvSeparator>(';', ',', '\t');
  const anyTable = fc.array(
    fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 6 }),
    {
      maxLength: 10,
    },
  );

  it('parse(toCsvText(rows)) gives back any string table exactly (1000 runs)', () => {
    fc.assert(
      fc.property(anyTable, separator, (rows, sep) => {
        const parsed = parseCsv(toCsvText(rows, { separator: sep, escapeFormulas: false }), {
          separator: sep,
        });
        expect(parsed.ok && parsed.value.records.map((r) => r.cells)).toEqual(rows);
      }),
      runs(1000),
    );
  });

  it('the exported bytes decode and parse back to the formula-escaped table (1000 runs)', () => {
    const printable = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 10 });
    fc.assert(
      fc.property(printable, separator, (rows, sep) => {
        const decoded = decodeText(toCsv(rows, { separator: sep }));
        expect(decoded.ok && decoded.value.encoding).toBe('utf-8-bom');
        if (!decoded.ok) return;
        const parsed = parseCsv(decoded.value.text, { separator: sep });
        expect(parsed.ok && parsed.value.records.map((r) => r.cells)).toEqual(
          rows.map((r) => r.map(escapeFormula)),
        );
      }),
      runs(1000),
    );
  });

  it('the separator of an export is detected when the header is plain text (1000 runs)', () => {
    const headerCell = fc
      .string({ unit: fc.constantFrom('a', 'é', 'ā', 'ʻ', ' ', 'B'), maxLength: 8 })
      .map((s) => `H${s}`);
    const table = fc
      .integer({ min: 2, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(headerCell, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
        ),
      );
    fc.assert(
      fc.property(table, separator, ([header, rows], sep) => {
        expect(detectSeparator(toCsvText([header, ...rows], { separator: sep }))).toBe(sep);
      }),
      runs(1000),
    );
  });
});

describe('formula escaping', () => {
  const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
  const isNumber = (s: string) => s.trim() === s && Number.isFinite(Number(s.replace(',', '.')));
  const nasty = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 16 }),
    fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '1', '.', ',', 'e', 'a', ' '),
      maxLength: 8,
    }),
  );

  it('holds for any string: safe, lossless, idempotent (1000 runs)', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        const escaped = escapeFormula(value);
        expect(escaped === value || escaped === `'${value}`).toBe(true);
        expect(escapeFormula(escaped)).toBe(escaped);
        if (TRIGGERS.includes(escaped[0] ?? '')) expect(isNumber(escaped)).toBe(true);
        if (!TRIGGERS.includes(value[0] ?? '')) expect(escaped).toBe(value);
      }),
      runs(1000),
    );
  });

  it('holds in .xlsx exports, which stay readable; numbers stay numbers (30 workbooks)', async () => {
    const cellValue = fc.oneof(nasty, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellValue, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        async (rows) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(
            Buffer.from(await toXlsx([{ name: 'R', rows }])) as unknown as ArrayBuffer,
          );
          const sheet = workbook.worksheets[0];
          rows.forEach((row, r) => {
            row.forEach((value, c) => {
              const read = sheet?.getRow(r + 1).getCell(c + 1).value;
              if (typeof value === 'number') expect(read).toBe(Object.is(value, -0) ? 0 : value);
              else if (typeof value === 'string' && value !== '') {
                expect(read).toBe(xmlSafe(escapeFormula(value)));
                if (typeof read === 'string' && TRIGGERS.includes(read[0] ?? ''))
                  expect(isNumber(read)).toBe(true);
              }
            });
          });
        },
      ),
      runs(30),
    );
  });
});
