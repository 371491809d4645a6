/**
 * The lock records of every prize track other than the main one (track_lock,
 * migration 011), on raw rows (an event file or a JSON export): each track's
 * chain checked on its own like results_lock (lock-records.ts with a scope),
 * and while locked, its locked names against the live ones. A problem names
 * the track (param `track`).
 */
import type { StoredScoreEvent } from '../scoring/hash-chain';
import { checkLockRecords } from './lock-records';
import { compareLockedNames, type LiveNames } from './locked-names';
import { scoreEventsFromRows } from './score-rows';
import { type EventVerification, problem, type VerifiedTrack, type VerifyProblem } from './types';

const inTrack = (found: VerifyProblem, track: string): EventVerification => ({
  ok: false,
  problem: { code: found.code, params: { ...found.params, track } },
});

type Row = Record<string, unknown>;

/**
 * `trackRows`: every track (id, name, is_main); `lockRows`: every track_lock
 * row; `scoreRows`: the score log, already verified as a chain.
 */
export function verifyTrackLockRows(
  trackRows: readonly unknown[],
  lockRows: readonly unknown[],
  scoreRows: readonly unknown[],
  live: LiveNames,
): VerifiedTrack[] | { problem: EventVerification } {
  const parsed = scoreEventsFromRows(scoreRows);
  const events: readonly StoredScoreEvent[] = parsed.ok ? parsed.events : [];
  const tracks = new Map<number, string>();
  for (const t of trackRows as Row[])
    if (t.is_main === 0 && typeof t.id === 'number' && typeof t.name === 'string') tracks.set(t.id, t.name);
  // Each track's records in stored order (an export lists them by id).
  const rows = [...(lockRows as Row[])].sort(
    (a, b) => Number(a.track_id) - Number(b.track_id) || Number(a.id) - Number(b.id),
  );
  const byTrack = new Map<number, Row[]>();
  for (const { track_id: trackId, ...row } of rows) {
    if (typeof trackId !== 'number' || !tracks.has(trackId))
      return { problem: problem('verify.trackUnknown', { id: Number(row.id), trackId: String(trackId) }) };
    byTrack.set(trackId, [...(byTrack.get(trackId) ?? []), row]);
  }
  const verified: VerifiedTrack[] = [];
  for (const [id, records] of byTrack) {
    const name = tracks.get(id) ?? '';
    const checked = checkLockRecords(records, events, { trackId: id });
    if (!checked.ok) return { problem: inTrack(checked.problem, name) };
    const latest = records[records.length - 1];
    if (checked.locked && typeof latest?.payload_json === 'string') {
      const renamed = compareLockedNames(latest.payload_json, live);
      if (renamed) return { problem: inTrack(renamed, name) };
    }
    verified.push({ id, name, locks: checked.locks, locked: checked.locked });
  }
  return verified;
}
