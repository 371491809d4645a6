import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { buildCertificatesInput } from '../../../main/core/documents-app/certificate-input';
import { prepareDocument, readDocumentsOverview } from '../../../main/core/documents-app/prepare';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import {
  buildRunningOrderInput,
  buildScoringFormsInput,
} from '../../../main/core/documents-app/session-inputs';
import { createSignatory } from '../../../main/core/documents-app/signatories';
import { readVerificationKey } from '../../../main/core/documents-app/verification-store';
import { DomainError } from '../../../main/core/errors';
import { DEMO_CRITERIA, DEMO_JURORS, DEMO_TEAMS } from '../../../main/core/event/demo-data';
import { readEventUid } from '../../../main/core/event/event-info';
import {
  readOrder,
  reorderRunningOrder,
  runChairCommand,
  setRunningOrderStatus,
  setSessionStart,
} from '../../../main/core/pitch-day';
import { resultsHash } from '../../../main/core/ranking/results-lock';
import { readLockedResults } from '../../../main/core/results/lock-ops';
import { DEMO_MEMBER_NAMES, DEMO_START_MS, demoApp, scoreAndLock } from './demo-event';

const now = new Date('2026-11-27T06:00:00.000Z');

function refusalCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('participation certificates from the demo event file', () => {
  it('certify every member of every team, as typed, with the signatories and the event’s key', async () => {
    const { db } = await demoApp();
    createSignatory(db, {
      name: 'Moana Teriʻitehau',
      title: 'Directrice de la modernisation',
      signature: null,
    });
    const input = buildCertificatesInput(db, 'participation');
    expect(input.teams.map((t) => t.name)).toEqual(DEMO_TEAMS.map((t) => t.name));
    expect(input.teams.flatMap((t) => t.members.map((m) => m.name))).toEqual(DEMO_MEMBER_NAMES);
    expect(input.signatories).toEqual([
      { name: 'Moana Teriʻitehau', title: 'Directrice de la modernisation', signature: null },
    ]);
    expect(input.awards).toEqual([]);
    expect(input.event.name).toBe('Hackathon Fenua Numérique 2026');
    expect(input.verification.eventKey).toBe(readEventUid(db));
    expect(input.verification.secret).toMatch(/^[0-9a-f]{64}$/);
    const prepared = prepareDocument(db, { kind: 'certificates' }, { now });
    expect(prepared.fileName).toBe('Attestations de participation - Hackathon Fenua Numérique 2026.pdf');
  });

  it('keep one secret per event file, different from any other event’s', async () => {
    const a = await demoApp();
    const b = await demoApp();
    const key = readVerificationKey(a.db);
    expect(readVerificationKey(a.db)).toEqual(key);
    expect(readVerificationKey(b.db).secret).not.toBe(key.secret);
    const path = a.ctx.requireEventFile().path;
    closeDatabase(a.db);
    a.ctx.eventFile = null;
    const reopened = openDatabase(path);
    expect(readVerificationKey(reopened)).toEqual(key);
    closeDatabase(reopened);
  });
});

describe('award certificates and the results sheet', () => {
  it('refuse while the results are not locked; the draft sheet is marked and has no hash', async () => {
    const { db } = await demoApp();
    expect(refusalCode(() => buildCertificatesInput(db, 'awards'))).toBe('documents.awardsNeedLockedResults');
    expect(refusalCode(() => buildCertificatesInput(db, 'all'))).toBe('documents.awardsNeedLockedResults');
    expect(refusalCode(() => buildResultsSheetInput(db, { draft: false, now }))).toBe(
      'documents.resultsNotLocked',
    );
    const draft = buildResultsSheetInput(db, { draft: true, now });
    expect(draft).toMatchObject({ draft: true, resultsHash: null, lockedAt: null });
    // The jury's president is recognised by her title when nobody has locked yet.
    expect(draft.chair).toMatchObject({ name: 'Sophie Tetuanui', jurorId: expect.any(Number) });
    expect(readDocumentsOverview(db)).toMatchObject({ resultsLocked: false, awardCertificates: null });
  });

  it('come from the locked payload: same hash, ranking, recusal, awards and chair', async () => {
    const { db } = await demoApp();
    const { chair } = scoreAndLock(db);
    const locked = readLockedResults(db);
    if (!locked) throw new Error('not locked');
    const input = buildResultsSheetInput(db, { draft: false, now, timeZone: 'Pacific/Tahiti' });
    expect(input.draft).toBe(false);
    expect(input.resultsHash).toBe(locked.hash);
    expect(resultsHash(locked.payload)).toBe(locked.hash);
    expect(input.lockedAt).toBe('2026-11-27T05:30:00.000Z');
    const ranked = locked.payload.ranking.rows.filter((r) => r.status === 'ranked');
    expect(input.ranking.map((r) => r.teamId)).toEqual(ranked.map((r) => r.teamId));
    expect(input.ranking.map((r) => r.total)).toEqual(ranked.map((r) => r.total));
    expect(input.recusals).toEqual([
      expect.objectContaining({ reason: 'Ancienne associée de la fondatrice' }),
    ]);
    expect(input.jurors.map((j) => j.name)).toEqual(DEMO_JURORS.map((j) => j.name));
    expect(input.criteria.map((c) => c.name)).toEqual(DEMO_CRITERIA.map((c) => c.name));
    expect(input.chair).toMatchObject({ name: chair, jurorId: input.jurors[0]?.id });
    expect(input.aggregation).toEqual({ method: 'weightedMean' });
    const winners = locked.payload.awards.flatMap((a) =>
      a.winnerTeamIds.map((teamId) => ({ name: a.name, teamId })),
    );
    expect(input.awards).toEqual(winners);
    expect(input.awards.map((a) => a.name)).toEqual([
      'Premier prix',
      'Deuxième prix',
      'Troisième prix',
      'Coup de cœur du jury',
    ]);
    // 5 jurors × 8 teams, minus the recused pair; each total on the /20 scale.
    expect(input.jurorScores).toHaveLength(39);
    for (const row of input.jurorScores) {
      expect(row.total).toBeGreaterThanOrEqual(0);
      expect(row.total).toBeLessThanOrEqual(20);
    }

    const awards = buildCertificatesInput(db, 'awards');
    expect(awards.awards).toEqual(winners);
    const members = new Map(awards.teams.map((t) => [t.id, t.members.length]));
    const expected = winners.reduce((n, w) => n + 1 + (members.get(w.teamId) ?? 0), 0);
    expect(readDocumentsOverview(db)).toMatchObject({
      resultsLocked: true,
      resultsHash: locked.hash,
      awardCertificates: expected,
      participationCertificates: DEMO_MEMBER_NAMES.length,
    });
  });
});

describe('scoring forms and the running order', () => {
  it('list the teams in running order, leave absent teams out, and keep recusals', async () => {
    const { db } = await demoApp();
    const ids = readOrder(db).map((e) => e.teamId);
    const reversed = [...ids].reverse();
    reorderRunningOrder(db, reversed);
    setRunningOrderStatus(db, reversed[2] ?? 0, 'absent', now.getTime());
    scoreAndLock(db);
    const forms = buildScoringFormsInput(db);
    expect(forms.order).toEqual(reversed.filter((_, i) => i !== 2));
    expect(forms.jurors).toHaveLength(5);
    expect(forms.criteria.map((c) => c.name)).toEqual(DEMO_CRITERIA.map((c) => c.name));
    expect(forms.recusals).toHaveLength(1);
  });

  it('gives back-to-back estimated slots from the session start, absent teams flagged in place', async () => {
    const { db } = await demoApp();
    const ids = readOrder(db).map((e) => e.teamId);
    setSessionStart(db, DEMO_START_MS);
    setRunningOrderStatus(db, ids[1] ?? 0, 'absent', now.getTime());
    const input = buildRunningOrderInput(db, {
      now: new Date(DEMO_START_MS - 3600_000),
      timeZone: 'Pacific/Tahiti',
    });
    expect(input.slots.map((s) => s.teamId)).toEqual(ids);
    const step = (5 + 3 + 1) * 60_000; // demo timer: 5 min pitch, 3 min Q&A, 1 min changeover
    const at = (i: number) => new Date(DEMO_START_MS + i * step).toISOString();
    expect(input.slots[0]).toEqual({
      teamId: ids[0],
      startsAt: at(0),
      endsAt: new Date(DEMO_START_MS + 8 * 60_000).toISOString(),
      status: 'planned',
    });
    // The absent team takes no time: the next team starts right after the first.
    expect(input.slots[1]).toMatchObject({ status: 'absent', startsAt: at(1), endsAt: at(1) });
    expect(input.slots[2]).toMatchObject({ status: 'planned', startsAt: at(1) });
    expect(input.timeZone).toBe('Pacific/Tahiti');
  });

  it('shows the recorded times of teams that ran once the session is under way', async () => {
    const { db } = await demoApp();
    const ids = readOrder(db).map((e) => e.teamId);
    setSessionStart(db, DEMO_START_MS);
    const min = (m: number) => DEMO_START_MS + m * 60_000;
    runChairCommand(db, { type: 'callTeam', teamId: ids[0] ?? 0 }, min(2));
    runChairCommand(db, { type: 'start' }, min(2));
    runChairCommand(db, { type: 'nextPhase' }, min(8));
    runChairCommand(db, { type: 'nextTeam' }, min(12));
    const input = buildRunningOrderInput(db, { now: new Date(min(12.5)), timeZone: 'Pacific/Tahiti' });
    // The first team ran late and long: 14 h 02 – 14 h 12, so the second follows at 14 h 13.
    expect(input.slots[0]).toMatchObject({
      startsAt: new Date(min(2)).toISOString(),
      endsAt: new Date(min(12)).toISOString(),
    });
    expect(input.slots[1]).toMatchObject({
      startsAt: new Date(min(13)).toISOString(),
      endsAt: new Date(min(21)).toISOString(),
    });
  });

  it('starts at 9:00 on the first day, in the event’s zone, when no start is set', async () => {
    const { db } = await demoApp();
    const input = buildRunningOrderInput(db, { now, timeZone: 'Pacific/Tahiti' });
    // 9:00 in Papeete (UTC−10) is 19:00 UTC.
    expect(input.slots[0]?.startsAt).toBe('2026-11-27T19:00:00.000Z');
    expect(readDocumentsOverview(db).sessionStartSet).toBe(false);
  });
});
