/**
 * Random and mutated CSV through the store import (the same functions the
 * `import.*` handlers call, on a real SQLite file): it never throws, and it
 * never leaves a partial import. Either every team (or juror) of the file is
 * in the event afterwards, exactly as the preview showed it, or the database
 * holds exactly what it held before.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { commitImport, openImportBytes } from '../../../main/core/data/import-session';
import type { Db } from '../../../main/core/db/open';
import { guessKind, suggestMapping } from '../../../main/core/io/header-mapping';
import { buildImportPlan } from '../../../main/core/io/import-plan';
import { testApp } from '../../support/temp';

const seed = Number(process.env.PROP_SEED ?? Date.now() % 2 ** 31);
const numRuns = Number(process.env.PROP_RUNS ?? 1000);

const HEADERS = [
  'Équipe',
  'Team',
  'Projet',
  'Membre',
  'Membres',
  'Courriel',
  'E-mail',
  'Prénom',
  'Nom',
  'Juré',
  'Titre',
  'Organisation',
  'Notes',
  '',
];
const CELLS = [
  'Vaʻa Tech',
  'VAʻA  TECH ',
  'Moana Lab',
  'moana lab',
  'Tāmaʻa Teriʻi',
  'Ra\u0304hiti Maeva',
  'Tiare Teriʻi',
  'tiare teriʻi',
  'Bœuf & Cie',
  '« Cœur » : forêt',
  'ana@example.fr',
  'pas-une-adresse',
  'Ana <ana@example.pf>',
  'Ana, Bo; Cy',
  'Ligne\nsuivante',
  '=HYPERLINK("x")',
  '"guillemets"',
  'a;b,c',
  '',
  ' ',
  'x'.repeat(130),
];

/** A CSV as a spreadsheet would write it: quoted when needed, one separator, CRLF or LF. */
const wellFormedCsv = fc
  .record({
    separator: fc.constantFrom(';', ',', '\t'),
    newline: fc.constantFrom('\r\n', '\n'),
    headers: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 5 }),
    rows: fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: 6 }), { maxLength: 12 }),
  })
  .map(({ separator, newline, headers, rows }) => {
    const quote = (cell: string) => (/[;,\t"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    return [headers, ...rows].map((row) => row.map(quote).join(separator)).join(newline) + newline;
  });

/** A clean list (unique names, valid emails) so the success path is exercised as often as refusals. */
const word = fc.constantFrom(
  'Vaʻa',
  'Moana',
  'Tāmaʻa',
  'Bœuf',
  'Écureuil',
  'Hina',
  'Teva',
  'Ra\u0304hiti',
  '=SUM',
);
const uniqueNames = fc.uniqueArray(
  fc.tuple(word, fc.nat(999)).map(([w, n]) => `${w} ${n}`),
  { minLength: 1, maxLength: 8, selector: (name) => name.normalize('NFC').toLowerCase() },
);
const cleanCsv = fc.oneof(
  fc.tuple(uniqueNames, fc.array(fc.nat(3), { maxLength: 8 })).map(([teams, memberCounts]) => {
    const rows = teams.flatMap((team, t) => {
      const n = memberCounts[t] ?? 0;
      if (n === 0) return [`${team};Projet ${t};;`];
      return Array.from(
        { length: n },
        (_, m) => `${team};Projet ${t};Membre ${t}-${m};m${t}.${m}@example.pf`,
      );
    });
    return ['Équipe;Projet;Membre;Courriel', ...rows, ''].join('\r\n');
  }),
  uniqueNames.map((jurors) => ['Juré;Titre', ...jurors.map((j) => `${j};Jury`), ''].join('\n')),
);

const encoded = fc
  .tuple(fc.oneof(wellFormedCsv, cleanCsv), fc.constantFrom('utf8', 'utf8-bom', 'cp1252'))
  .map(([text, encoding]) => {
    if (encoding === 'cp1252') return new Uint8Array(iconv.encode(text, 'windows-1252'));
    const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    return encoding === 'utf8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
  });

/** Bytes flipped, inserted, deleted, or the file cut short: what a broken export or a bad copy gives. */
const mutated = fc
  .tuple(
    encoded,
    fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('flip', 'insert', 'delete', 'truncate'),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { maxLength: 4 },
    ),
  )
  .map(([bytes, edits]) => {
    let out = [...bytes];
    for (const { at, op, byte } of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      if (op === 'flip') out[i] = byte;
      else if (op === 'insert') out.splice(i, 0, byte);
      else if (op === 'delete') out.splice(i, 1);
      else out = out.slice(0, i);
    }
    return new Uint8Array(out);
  });

const anyInput = fc.oneof(
  { weight: 4, arbitrary: encoded },
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);

function dump(db: Db): string {
  return JSON.stringify([
    db.prepare('SELECT * FROM team ORDER BY id').all(),
    db.prepare('SELECT * FROM member ORDER BY id').all(),
    db.prepare('SELECT * FROM juror ORDER BY id').all(),
  ]);
}

/** The same starting point for every run: one team and one juror the file may clash with. */
function reset(db: Db): void {
  db.transaction(() => {
    db.exec('DELETE FROM member; DELETE FROM team; DELETE FROM juror;');
    db.prepare("INSERT INTO team (name, project_title, position) VALUES ('Vaʻa Tech', '', 0)").run();
    db.prepare("INSERT INTO juror (name, title, position) VALUES ('Tiare Teriʻi', '', 0)").run();
  })();
}

describe(`store import properties (seed ${seed}, ${numRuns} runs; rerun with PROP_SEED=${seed})`, () => {
  it('never throws and never leaves a partial import', async () => {
    const app = testApp();
    await app.invoke('file.new', { name: 'Propriétés' });
    const { db, path } = app.ctx.requireEventFile();
    const outcomes = { imported: 0, refused: 0, unreadable: 0 };
    reset(db);
    let dirty = false; // only a successful import changes the event: reset (and fsync) only then

    await fc.assert(
      fc.asyncProperty(anyInput, async (bytes) => {
        if (dirty) reset(db);
        dirty = false;
        const before = dump(db);
        const opened = await openImportBytes(bytes, 'random.csv', path);
        if (opened.status === 'unreadable') {
          outcomes.unreadable++;
          expect(opened.issues.length).toBeGreaterThan(0);
          expect(dump(db)).toBe(before);
          return;
        }
        const kind = guessKind(opened.pending.table.headers);
        const plan = buildImportPlan(
          opened.pending.table,
          suggestMapping(opened.pending.table.headers, kind),
          kind,
        );
        const outcome = commitImport(db, opened.pending, { kind, mapping: null }, 'fr');
        if (outcome.status === 'refused') {
          outcomes.refused++;
          expect(outcome.view.errorCount).toBeGreaterThan(0);
          expect(outcome.view.errors.every((e) => e.message.length > 0)).toBe(true);
          expect(dump(db)).toBe(before);
          return;
        }
        outcomes.imported++;
        dirty = true;
        if (!plan.ok) throw new Error('imported although the plan has errors');
        // Everything the plan held is there, after what was there before, in file order.
        if (kind === 'teams') {
          const teams = db
            .prepare('SELECT id, name, project_title FROM team ORDER BY position, id')
            .all() as {
            id: number;
            name: string;
            project_title: string;
          }[];
          expect(teams.slice(1).map((t) => [t.name, t.project_title])).toEqual(
            plan.value.teams.map((t) => [t.name, t.projectTitle]),
          );
          teams.slice(1).forEach((team, index) => {
            const members = db
              .prepare('SELECT name, email FROM member WHERE team_id = ? ORDER BY position')
              .all(team.id);
            expect(members).toEqual(plan.value.teams[index]?.members);
          });
        } else {
          const jurors = db.prepare('SELECT name, title FROM juror ORDER BY position, id').all();
          expect(jurors.slice(1)).toEqual(plan.value.jurors.map(({ name, title }) => ({ name, title })));
        }
      }),
      { numRuns, seed, endOnFailure: true },
    );
    // The generators must reach all three outcomes, or the property proves little.
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.unreadable).toBeGreaterThan(0);
    console.info(`store import properties: ${JSON.stringify(outcomes)}`);
  });
});
