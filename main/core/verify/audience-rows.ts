/**
 * The audience vote log (main/core/audience/log.ts) as exported rows of an
 * event JSON export: the same chain check the event-file verifier runs on the
 * table. Cells are taken as exported, not coerced: a cell whose type was
 * changed (a team id turned into text) changes the event's hash, so it is
 * reported like any other edit rather than silently repaired.
 */
import { type AudienceEvent, type AudienceEventKind, verifyAudienceChain } from '../audience/log';

type Row = Record<string, unknown>;

const asEvent = (r: Row): AudienceEvent => ({
  seq: r.seq as number,
  kind: r.kind as AudienceEventKind,
  ballotId: r.ballot_id as number | null,
  teamId: r.team_id as number | null,
  value: r.value as number | null,
  actor: r.actor as string,
  atUtc: r.at_utc as string,
  reason: r.reason as string | null,
  prevHash: r.prev_hash as string,
  hash: r.hash as string,
});

/** The first broken event of the exported log, or null when intact (or absent: an export from before the vote). */
export function checkAudienceRows(rows: readonly Row[] | undefined) {
  if (!rows) return null;
  // In seq order, as the file verifier reads the table: moving a row in the JSON is not an edit, a gap is.
  const events = rows.map(asEvent).sort((a, b) => Number(a.seq) - Number(b.seq));
  const result = verifyAudienceChain(events);
  return result.ok ? null : result;
}
