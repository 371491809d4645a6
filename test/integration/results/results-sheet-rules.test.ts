import { describe, expect, it } from 'vitest';
import { exportTables } from '../../../main/core/data/export-tables';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { flat, pdfPages } from '../documents/pdf-tools';
import { ok, refused, scoringEvent } from '../scoring/fixture';

/**
 * Issue 13 items 9, 12 and 14 through the app: weights used in proportion, a
 * 3rd/4th place decided by a tie-break, and a lock with a sheet missing.
 */
async function eventWithTieAndMissingSheet() {
  const e = await scoringEvent();
  const { app, teamIds, jurorIds, impact, pitch } = e;
  const [a, b, c, d] = teamIds as [number, number, number, number];
  const [j1, j2, j3] = jurorIds as [number, number, number];
  const setup = await ok(app, 'setup.get', {});
  for (const [id, weight] of [
    [impact, 33.33],
    [pitch, 12.5],
  ] as const) {
    const {
      id: _id,
      position: _p,
      ...draft
    } = setup.criteria.find((x) => x.id === id) as never as {
      id: number;
      position: number;
    } & Record<string, unknown>;
    await ok(app, 'criteria.update', { id, ...draft, weight });
  }
  await ok(app, 'results.updateSettings', {
    tieBreaks: [{ kind: 'first_places' }, { kind: 'head_to_head' }],
  });
  const sheets: [number, number, number, number][] = [
    [j1, a, 9, 4.5],
    [j2, a, 9, 4.5],
    [j3, a, 9, 4.5],
    [j1, b, 8, 4],
    [j2, b, 8, 4], // j3 never scores team b: one sheet missing
    [j1, c, 6, 3],
    [j2, c, 6, 3],
    [j3, c, 4, 3],
    [j1, d, 5, 3],
    [j2, d, 5, 3],
    [j3, d, 6, 3],
  ];
  for (const [jurorId, teamId, i, p] of sheets) {
    await ok(app, 'scores.enter', { jurorId, teamId, criterionId: impact, value: i });
    await ok(app, 'scores.enter', { jurorId, teamId, criterionId: pitch, value: p });
    await ok(app, 'scores.submitSheet', { jurorId, teamId });
  }
  return { ...e, a, b, c, d, j3 };
}

describe('locking with sheets missing (item 14)', () => {
  it('is refused until the chair confirms exactly the missing sheets, which the lock then records', async () => {
    const { app, b, j3 } = await eventWithTieAndMissingSheet();
    const refusal = await refused(app, 'results.lock', { lockedBy: 'Présidente du jury' });
    expect(refusal.code).toBe('results.missingSheetsUnconfirmed');
    expect(refusal.message).toContain('11 reçues sur 12');
    const check = await ok(app, 'results.lockCheck', {});
    expect(check).toEqual({ missing: [{ teamId: b, jurorId: j3 }], received: 11, expected: 12 });
    // A confirmation that names other sheets (or none) is not a confirmation.
    expect(
      (await refused(app, 'results.lock', { lockedBy: 'Présidente du jury', confirmedMissing: [] })).code,
    ).toBe('results.missingSheetsUnconfirmed');
    const lock = await ok(app, 'results.lock', {
      lockedBy: 'Présidente du jury',
      confirmedMissing: check.missing,
    });
    expect(lock.current).toMatchObject({ missing: check.missing, received: 11, expected: 12 });
  });
});

describe('the results sheet and the ranking export (items 9, 12, 14)', () => {
  it('say which rule decided each tied row, the weights as used, and the sheets received', async () => {
    const { app, db, c, d } = await eventWithTieAndMissingSheet();
    const check = await ok(app, 'results.lockCheck', {});
    await ok(app, 'results.lock', { lockedBy: 'Présidente du jury', confirmedMissing: check.missing });
    const view = await ok(app, 'results.get', {});
    const rowC = view.ranking.rows.find((r) => r.teamId === c);
    const rowD = view.ranking.rows.find((r) => r.teamId === d);
    expect([rowC?.rank, rowD?.rank]).toEqual([3, 4]);
    expect(rowC?.total).toBeCloseTo(rowD?.total ?? 0, 9);
    expect(rowC?.tie?.decidedBy).toEqual({ kind: 'head_to_head' });

    const input = buildResultsSheetInput(db, { draft: false, now: new Date('2026-09-30T19:00:00Z') });
    const bytes = await renderDocument(input, {
      fontDir: defaultFontDir(),
      createdAt: '2026-09-30T19:00:00Z',
    });
    const text = flat(pdfPages(bytes).join('\n')).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('11 fiches reçues sur 12 — 1 manquante');
    expect(text).toContain('ex æquo départagé par : confrontation directe');
    expect(text).toContain('Poids appliqué');
    expect(text).toContain('72,7 %'); // 33.33 of 45.83
    expect(text).toContain('ils sont appliqués en proportion');

    const ranking = exportTables(db, 'en').find((table) => table.id === 'ranking');
    const header = ranking?.rows[0] ?? [];
    const decidedAt = header.indexOf('Tie decided by');
    expect(decidedAt).toBeGreaterThan(0);
    expect(header).toContain('Impact (weight 33.33, used as 72.7%)');
    const byTeam = new Map(ranking?.rows.slice(1).map((row) => [row[1], row]));
    expect(byTeam.get('Fare Pūai')?.[decidedAt]).toBe('head-to-head (more jurors placed it above the other)');
    expect(byTeam.get('Reo Plus')?.[decidedAt]).toBe('head-to-head (more jurors placed it above the other)');
    expect(byTeam.get('Vai Ora')?.[decidedAt]).toBe('');
  });
});
