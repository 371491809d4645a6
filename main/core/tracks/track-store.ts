/**
 * Prize tracks (migration 011): which tracks exist, who and what each holds,
 * and how each ranks. The MAIN track is the event as it always was: every
 * team, juror and criterion at the criteria's own weights, the event's
 * scoring settings. Its rows are those of the event (nothing is copied), so
 * its results are exactly the event's results. Other tracks hold a chosen
 * subset and their own settings. Nothing about a track changes while it is
 * locked.
 *
 * A track ranks the sheets of one round (track.round_id, migration 016): the
 * main track and every track the chair creates rank the preliminary round;
 * the final's track, created with the final (rooms/final-round.ts), ranks the
 * final. Nothing else reads the track tables directly.
 */
import { z } from 'zod';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import { tieBreakRule } from '../../../common/contract/results';
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import { DomainError } from '../errors';
import { nameIssues, normaliseName } from '../event/validate';
import { isResultsLocked } from '../lock/lock-state';
import { isTrackLocked, tracksAvailable } from '../lock/track-lock-state';
import type { AggregationMethod, TieBreakRule } from '../ranking/types';
import { readScoringSettings } from '../results/settings-store';

/** The main track's id when the file has no track tables (an old file read without migrating). */
const MAIN_WHEN_UNMIGRATED = 1;

export interface TrackSummary {
  id: number;
  /** The name as shown: the stored one, or the main track's default name in the event's language. */
  name: string;
  main: boolean;
  position: number;
  locked: boolean;
  /** The round whose sheets it ranks (1: the preliminary round). */
  roundId: number;
  /** Entered teams, jurors and criteria (the main track: all of the event's). */
  teamIds: number[];
  jurorIds: number[];
  criteria: { criterionId: number; weight: number }[];
}

export interface TrackRanking {
  method: AggregationMethod;
  tieBreaks: TieBreakRule[];
  chairDecisions: { orderedTeamIds: number[]; atUtc: string }[];
}

interface TrackRow {
  id: number;
  is_main: number;
  name: string | null;
  position: number;
  method: string | null;
  tie_breaks: string | null;
  chair_decisions: string | null;
  /** Absent in a file read without migrating past 016. */
  round_id?: number;
}

const storedRules = z.array(tieBreakRule);
const storedDecisions = z.array(
  z.object({ orderedTeamIds: z.array(z.number().int()), atUtc: z.string() }).strict(),
);
const storedMethod = z.enum(AGGREGATION_METHOD_IDS);

function parseJson<T>(text: string | null, schema: z.ZodType<T>, fallback: T): T {
  if (text === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function eventLocale(db: Db): Locale {
  const row = cachedStatement(db, 'SELECT locale FROM event WHERE id = 1').get() as
    | { locale: Locale }
    | undefined;
  return row?.locale ?? 'fr';
}

export function mainTrackName(locale: Locale): string {
  return translate(locale, 'tracks.mainName');
}

export function mainTrackId(db: Db): number {
  if (!tracksAvailable(db)) return MAIN_WHEN_UNMIGRATED;
  const row = cachedStatement(db, 'SELECT id FROM track WHERE is_main = 1').get() as
    | { id: number }
    | undefined;
  return row?.id ?? MAIN_WHEN_UNMIGRATED;
}

function readRow(db: Db, trackId: number): TrackRow | null {
  if (!tracksAvailable(db)) {
    return trackId === MAIN_WHEN_UNMIGRATED
      ? {
          id: trackId,
          is_main: 1,
          name: null,
          position: 0,
          method: null,
          tie_breaks: null,
          chair_decisions: null,
        }
      : null;
  }
  return (
    (cachedStatement(db, 'SELECT * FROM track WHERE id = ?').get(trackId) as TrackRow | undefined) ?? null
  );
}

function requireRow(db: Db, trackId: number): TrackRow {
  const row = readRow(db, trackId);
  if (!row) throw new DomainError('tracks.notFound');
  return row;
}

/** Whether `trackId` is the main track (refuses an unknown id). */
export function isMainTrack(db: Db, trackId: number): boolean {
  return requireRow(db, trackId).is_main === 1;
}

/** The track's id, the main one when none is given (existing callers name no track). */
export function resolveTrackId(db: Db, trackId: number | undefined): number {
  if (trackId === undefined) return mainTrackId(db);
  requireRow(db, trackId);
  return trackId;
}

function ids(db: Db, sql: string, trackId?: number): number[] {
  const statement = cachedStatement(db, sql);
  const rows = (trackId === undefined ? statement.all() : statement.all(trackId)) as { id: number }[];
  return rows.map((r) => r.id);
}

/** The round whose sheets the track ranks (1 for the main track and for a file read without migrating). */
export function trackRoundId(db: Db, trackId: number): number {
  return requireRow(db, trackId).round_id ?? 1;
}

/**
 * Makes a track rank another round's sheets (the final's track). Refused for
 * the main track (it is the event as it always was) and while locked.
 */
export function setTrackRound(db: Db, trackId: number, roundId: number): TrackSummary {
  return db.transaction(() => {
    assertOther(db, trackId);
    assertUnlocked(db, trackId);
    if (!cachedStatement(db, 'SELECT 1 FROM round WHERE id = ?').get(roundId))
      throw new DomainError('rooms.unknownRound', { id: roundId });
    cachedStatement(db, 'UPDATE track SET round_id = ? WHERE id = ?').run(roundId, trackId);
    return getTrack(db, trackId);
  })();
}

/** Entered teams in setup order. */
export function trackTeamIds(db: Db, trackId: number): number[] {
  if (isMainTrack(db, trackId)) return ids(db, 'SELECT id FROM team ORDER BY position, id');
  return ids(
    db,
    `SELECT t.id FROM track_team x JOIN team t ON t.id = x.team_id WHERE x.track_id = ? ORDER BY t.position, t.id`,
    trackId,
  );
}

/** The track's jurors in setup order. */
export function trackJurorIds(db: Db, trackId: number): number[] {
  if (isMainTrack(db, trackId)) return ids(db, 'SELECT id FROM juror ORDER BY position, id');
  return ids(
    db,
    `SELECT j.id FROM track_juror x JOIN juror j ON j.id = x.juror_id WHERE x.track_id = ? ORDER BY j.position, j.id`,
    trackId,
  );
}

/** The track's criteria in setup order, with the track's weights (the main track: the criteria's own). */
export function trackCriteria(
  db: Db,
  trackId: number,
): { id: number; name: string; weight: number; min: number; max: number }[] {
  if (isMainTrack(db, trackId))
    return cachedStatement(
      db,
      'SELECT id, name, weight, min, max FROM criterion ORDER BY position, id',
    ).all() as ReturnType<typeof trackCriteria>;
  return cachedStatement(
    db,
    `SELECT c.id, c.name, x.weight, c.min, c.max FROM track_criterion x JOIN criterion c ON c.id = x.criterion_id
        WHERE x.track_id = ? ORDER BY c.position, c.id`,
  ).all(trackId) as ReturnType<typeof trackCriteria>;
}

/** Method, tie-break chain and chair decisions of the track (the main track: the event's settings). */
export function readTrackRanking(db: Db, trackId: number): TrackRanking {
  const row = requireRow(db, trackId);
  if (row.is_main === 1) {
    const s = readScoringSettings(db);
    return { method: s.method, tieBreaks: s.tieBreaks, chairDecisions: s.chairDecisions };
  }
  const method = storedMethod.safeParse(row.method);
  const rules = parseJson(row.tie_breaks, storedRules, []);
  // The track's criteria are read only when a rule names one (most chains name none).
  const known = rules.some((r) => r.kind === 'criterion')
    ? new Set(trackCriteria(db, trackId).map((c) => c.id))
    : null;
  return {
    method: method.success ? method.data : 'weighted_mean',
    // A rule on a criterion the track no longer holds could separate no one: left out, as for the event.
    tieBreaks: rules.filter((r) => r.kind !== 'criterion' || known?.has(r.criterionId) === true),
    chairDecisions: parseJson(row.chair_decisions, storedDecisions, []),
  };
}

export function trackName(db: Db, trackId: number): string {
  const row = requireRow(db, trackId);
  return row.name ?? mainTrackName(eventLocale(db));
}

export function isLocked(db: Db, trackId: number): boolean {
  return isMainTrack(db, trackId) ? isResultsLocked(db) : isTrackLocked(db, trackId);
}

function summary(db: Db, row: TrackRow, locale: Locale): TrackSummary {
  return {
    id: row.id,
    name: row.name ?? mainTrackName(locale),
    main: row.is_main === 1,
    position: row.position,
    locked: isLocked(db, row.id),
    roundId: row.round_id ?? 1,
    teamIds: trackTeamIds(db, row.id),
    jurorIds: trackJurorIds(db, row.id),
    criteria: trackCriteria(db, row.id).map((c) => ({ criterionId: c.id, weight: c.weight })),
  };
}

/** Every track, the main one first, then in the chair's order. */
export function listTracks(db: Db): TrackSummary[] {
  return db.transaction(() => {
    const locale = eventLocale(db);
    if (!tracksAvailable(db)) return [summary(db, requireRow(db, MAIN_WHEN_UNMIGRATED), locale)];
    const rows = cachedStatement(
      db,
      'SELECT * FROM track ORDER BY is_main DESC, position, id',
    ).all() as TrackRow[];
    return rows.map((row) => summary(db, row, locale));
  })();
}

export function getTrack(db: Db, trackId: number): TrackSummary {
  return summary(db, requireRow(db, trackId), eventLocale(db));
}

function cleanName(db: Db, raw: string, exceptId: number | null): string {
  const issues = nameIssues(['name'], raw);
  if (issues[0]) throw new DomainError(issues[0].code, issues[0].params ?? {}, issues);
  const name = normaliseName(raw);
  const key = name.toLowerCase();
  const clash = listTracks(db).find((t) => t.id !== exceptId && t.name.trim().toLowerCase() === key);
  if (clash)
    throw new DomainError('tracks.nameTaken', { name }, [
      { path: ['name'], code: 'tracks.nameTaken', params: { name } },
    ]);
  return name;
}

function assertUnlocked(db: Db, trackId: number): void {
  if (isLocked(db, trackId)) throw new DomainError('tracks.locked', { track: trackName(db, trackId) });
}

function assertOther(db: Db, trackId: number): void {
  if (isMainTrack(db, trackId)) throw new DomainError('tracks.mainHoldsEverything');
}

/**
 * A new track, empty but for its name: the chair then enters teams, jurors
 * and criteria. Its settings start as the main track's method and a chain
 * that ends with the chair's decision (the event's default).
 */
export function createTrack(db: Db, name: string, atUtc: string): TrackSummary {
  return db.transaction(() => {
    const clean = cleanName(db, name, null);
    const next = cachedStatement(db, 'SELECT COALESCE(MAX(position) + 1, 1) AS n FROM track').get() as {
      n: number;
    };
    const method = readScoringSettings(db).method;
    const { lastInsertRowid } = cachedStatement(
      db,
      `INSERT INTO track (is_main, name, position, method, tie_breaks, chair_decisions, created_at)
           VALUES (0, ?, ?, ?, ?, '[]', ?)`,
    ).run(
      clean,
      next.n,
      method,
      JSON.stringify([{ kind: 'first_places' }, { kind: 'chair_decision' }]),
      atUtc,
    );
    return getTrack(db, Number(lastInsertRowid));
  })();
}

/** Renames a track (the main one too: "Grand prix du jury"). Refused while it is locked (the name is printed). */
export function renameTrack(db: Db, trackId: number, name: string): TrackSummary {
  return db.transaction(() => {
    requireRow(db, trackId);
    assertUnlocked(db, trackId);
    const clean = cleanName(db, name, trackId);
    cachedStatement(db, 'UPDATE track SET name = ? WHERE id = ?').run(clean, trackId);
    return getTrack(db, trackId);
  })();
}

/** Deletes a track. The main track cannot be deleted; a track that was ever locked keeps its history. */
export function deleteTrack(db: Db, trackId: number): TrackSummary[] {
  return db.transaction(() => {
    if (isMainTrack(db, trackId)) throw new DomainError('tracks.mainUndeletable');
    assertUnlocked(db, trackId);
    const history = cachedStatement(db, 'SELECT 1 FROM track_lock WHERE track_id = ? LIMIT 1').get(trackId);
    if (history) throw new DomainError('tracks.hasLockHistory');
    cachedStatement(db, 'DELETE FROM track WHERE id = ?').run(trackId);
    return listTracks(db);
  })();
}

function assertKnown(
  db: Db,
  table: 'team' | 'juror' | 'criterion',
  wanted: readonly number[],
  field: string,
) {
  if (new Set(wanted).size !== wanted.length)
    throw new DomainError('tracks.listedTwice', {}, [{ path: [field], code: 'tracks.listedTwice' }]);
  const known = new Set(ids(db, `SELECT id FROM ${table}`));
  const index = wanted.findIndex((id) => !known.has(id));
  if (index >= 0)
    throw new DomainError('tracks.unknownMember', {}, [
      { path: [field, index], code: 'tracks.unknownMember' },
    ]);
}

/** The teams entered in the track (a team may enter several tracks). */
export function setTrackTeams(db: Db, trackId: number, teamIds: readonly number[]): TrackSummary {
  return db.transaction(() => {
    assertOther(db, trackId);
    assertUnlocked(db, trackId);
    assertKnown(db, 'team', teamIds, 'teamIds');
    cachedStatement(db, 'DELETE FROM track_team WHERE track_id = ?').run(trackId);
    const insert = cachedStatement(db, 'INSERT INTO track_team (track_id, team_id) VALUES (?, ?)');
    for (const id of teamIds) insert.run(trackId, id);
    return getTrack(db, trackId);
  })();
}

/** The jurors who judge the track (a juror may sit on several). */
export function setTrackJurors(db: Db, trackId: number, jurorIds: readonly number[]): TrackSummary {
  return db.transaction(() => {
    assertOther(db, trackId);
    assertUnlocked(db, trackId);
    assertKnown(db, 'juror', jurorIds, 'jurorIds');
    cachedStatement(db, 'DELETE FROM track_juror WHERE track_id = ?').run(trackId);
    const insert = cachedStatement(db, 'INSERT INTO track_juror (track_id, juror_id) VALUES (?, ?)');
    for (const id of jurorIds) insert.run(trackId, id);
    return getTrack(db, trackId);
  })();
}

/**
 * The criteria the track ranks on, with its own weights (relative, like the
 * event's: they need not add up to 100, but at least one must be above 0).
 */
export function setTrackCriteria(
  db: Db,
  trackId: number,
  criteria: readonly { criterionId: number; weight: number }[],
): TrackSummary {
  return db.transaction(() => {
    assertOther(db, trackId);
    assertUnlocked(db, trackId);
    assertKnown(
      db,
      'criterion',
      criteria.map((c) => c.criterionId),
      'criteria',
    );
    const bad = criteria.findIndex((c) => !Number.isFinite(c.weight) || c.weight < 0);
    if (bad >= 0)
      throw new DomainError('tracks.badWeight', {}, [
        { path: ['criteria', bad, 'weight'], code: 'tracks.badWeight' },
      ]);
    if (criteria.length > 0 && criteria.every((c) => c.weight === 0))
      throw new DomainError('tracks.noWeight', {}, [{ path: ['criteria'], code: 'tracks.noWeight' }]);
    cachedStatement(db, 'DELETE FROM track_criterion WHERE track_id = ?').run(trackId);
    const insert = cachedStatement(
      db,
      'INSERT INTO track_criterion (track_id, criterion_id, weight) VALUES (?, ?, ?)',
    );
    for (const c of criteria) insert.run(trackId, c.criterionId, c.weight);
    return getTrack(db, trackId);
  })();
}

const ruleKey = (rule: TieBreakRule) =>
  rule.kind === 'criterion' ? `criterion:${rule.criterionId}` : rule.kind;

/** Method and tie-break chain of a track other than the main one (the main one: results.updateSettings). */
export function updateTrackRanking(
  db: Db,
  trackId: number,
  change: { method?: AggregationMethod | undefined; tieBreaks?: readonly TieBreakRule[] | undefined },
): TrackRanking {
  return db.transaction(() => {
    assertOther(db, trackId);
    assertUnlocked(db, trackId);
    const current = readTrackRanking(db, trackId);
    if (change.tieBreaks) {
      const known = new Set(trackCriteria(db, trackId).map((c) => c.id));
      const keys = new Set<string>();
      change.tieBreaks.forEach((rule, index) => {
        if (rule.kind === 'criterion' && !known.has(rule.criterionId))
          throw new DomainError('tracks.tieBreakCriterionNotInTrack', {}, [
            { path: ['tieBreaks', index], code: 'tracks.tieBreakCriterionNotInTrack' },
          ]);
        if (keys.has(ruleKey(rule)))
          throw new DomainError('results.tieBreakTwice', {}, [
            { path: ['tieBreaks', index], code: 'results.tieBreakTwice' },
          ]);
        keys.add(ruleKey(rule));
      });
    }
    cachedStatement(db, 'UPDATE track SET method = ?, tie_breaks = ? WHERE id = ?').run(
      change.method ?? current.method,
      JSON.stringify(change.tieBreaks ?? current.tieBreaks),
      trackId,
    );
    return readTrackRanking(db, trackId);
  })();
}

/** The chair's order for a tied group in this track (see results/settings-store.ts for the main track). */
export function recordTrackChairDecision(
  db: Db,
  trackId: number,
  orderedTeamIds: readonly number[],
  atUtc: string,
): TrackRanking {
  return db.transaction(() => {
    assertOther(db, trackId);
    assertUnlocked(db, trackId);
    const entered = new Set(trackTeamIds(db, trackId));
    if (
      new Set(orderedTeamIds).size !== orderedTeamIds.length ||
      !orderedTeamIds.every((id) => entered.has(id))
    )
      throw new DomainError('results.invalidDecision');
    const decisions = [
      ...readTrackRanking(db, trackId).chairDecisions,
      { orderedTeamIds: [...orderedTeamIds], atUtc },
    ];
    cachedStatement(db, 'UPDATE track SET chair_decisions = ? WHERE id = ?').run(
      JSON.stringify(decisions),
      trackId,
    );
    return readTrackRanking(db, trackId);
  })();
}
