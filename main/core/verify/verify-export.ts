/**
 * Verifies an event JSON export (main/core/data/event-json.ts) without
 * loading it into a database: the same score chain and lock checks as an
 * event file, on the exported rows. A document that does not even parse, or
 * lacks the score or lock table, is a problem too (a byte flipped in the
 * JSON syntax is detected that way).
 */
import { type EventJson, parseEventJson } from '../data/event-json';
import { DECLARATIONS_SCHEMA_VERSION } from '../db/migrations';
import { DomainError } from '../errors';
import { checkAudienceRows } from './audience-rows';
import type { LiveNames } from './locked-names';
import { verifyTrackLockRows } from './track-locks';
import { type EventVerification, problem } from './types';
import { verifyRecords } from './verify-records';

/** `source`: the file's text, or a document already parsed with parseEventJson. */
export function verifyEventExport(source: string | EventJson): EventVerification {
  let doc: EventJson;
  try {
    doc = typeof source === 'string' ? parseEventJson(source) : source;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return problem('verify.exportInvalid', { details: error.params.details ?? error.code });
  }
  const scoreRows = doc.tables.score_event;
  const lockRows = doc.tables.results_lock;
  if (!scoreRows) return problem('verify.exportInvalid', { details: 'tables.score_event' });
  if (!lockRows) return problem('verify.exportInvalid', { details: 'tables.results_lock' });
  const live: LiveNames = {
    team: doc.tables.team ?? [],
    juror: doc.tables.juror ?? [],
    criterion: doc.tables.criterion ?? [],
  };
  const main = verifyRecords(
    scoreRows,
    lockRows,
    live,
    // Exports from before declarations of interest have no such table; a newer one always has it.
    doc.schemaVersion >= DECLARATIONS_SCHEMA_VERSION
      ? { declarationRows: doc.tables.interest_declaration ?? [], recusalRows: doc.tables.recusal ?? [] }
      : undefined,
  );
  if (!main.ok) return main;
  // Exports from before prize tracks have no track tables: the main track only.
  const trackLocks = doc.tables.track_lock;
  let result: EventVerification = main;
  if (trackLocks) {
    const tracks = verifyTrackLockRows(doc.tables.track ?? [], trackLocks, scoreRows, live);
    if ('problem' in tracks) return tracks.problem;
    if (tracks.length > 0) result = { ...main, tracks };
  }
  // The audience vote's own log (prix du public), after the jury's records, as verify-event.ts does.
  const audience = checkAudienceRows(doc.tables.audience_event);
  if (audience)
    return problem('verify.audienceChain', { seq: audience.brokenAtSeq, reason: audience.reason });
  return result;
}
