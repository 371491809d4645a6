/**
 * The results sheet (the jury's minutes) from the event file. A final sheet
 * is drawn from the LOCKED payload, the very object whose SHA-256 is printed,
 * so every name, total and award on paper is what the hash covers. A draft
 * is drawn from the same payload built live, and is marked as such.
 */
import type { Criterion } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import { readAudienceLog } from '../audience/log';
import { readAudienceReport } from '../audience/report';
import type { Db } from '../db/open';
import type {
  AggregationMethod,
  AudienceSheetSection,
  DeclarationEntry,
  JurorScoreRow,
  RankingEntry,
  ResultsSheetInput,
  RoomsSummary,
  TieBreakStep,
} from '../documents/types';
import { DomainError } from '../errors';
import { listCriteria } from '../event/criteria';
import { readEventInfo } from '../event/event-info';
import { listJurors } from '../event/jurors';
import { listTeams } from '../event/teams';
import { latestLockRecord } from '../lock/lock-state';
import { readTimeUsed } from '../pitch-day';
import type { AggregationMethod as RankingMethod, TieBreakRule } from '../ranking/types';
import { readLockedResults, sheetCountsOf } from '../results/lock-ops';
import { withLockedNames } from '../results/locked-names';
import { buildResultsPayload, type StoredResultsPayload as ResultsPayload } from '../results/locked-payload';
import { currentDeclarations, isDeclarationRequired } from '../scoring/declarations';
import { submittedSheets } from '../scoring/hash-chain';
import { readAllSheets } from '../scoring/score-store';
import { readLockedTrack } from '../tracks/track-lock';
import { buildTrackPayload } from '../tracks/track-payload';
import { listTracks } from '../tracks/track-store';
import { readDocumentRooms, readFinalistRule, readFinalRoom } from './room-sections';

const METHODS: Record<RankingMethod, AggregationMethod> = {
  weighted_mean: 'weightedMean',
  trimmed_mean: 'trimmedMean',
  median: 'median',
  zscore: 'zScore',
  borda: 'borda',
};

function tieBreakStep(rule: TieBreakRule): TieBreakStep {
  if (rule.kind === 'criterion') return { kind: 'criterion', criterionId: rule.criterionId };
  return { kind: rule.kind };
}

/** Ranked teams in rank order, then teams nobody could score, sharing the last place. */
function rankingEntries(payload: ResultsPayload, timeUsed: Map<number, number>): RankingEntry[] {
  const overtime = new Map(payload.overtime.map((o) => [o.teamId, Math.max(0, o.overtimeMs)]));
  const rows = payload.ranking.rows;
  const ranked = rows.filter((r) => r.status === 'ranked' && r.rank !== null);
  const unranked = rows.filter((r) => !(r.status === 'ranked' && r.rank !== null));
  const lastRank = ranked.length + 1;
  return [...ranked, ...unranked].map((r) => ({
    teamId: r.teamId,
    rank: r.rank ?? lastRank,
    tied: r.rank === null ? unranked.length > 1 : (r.tie?.sharedRankWith.length ?? 0) > 0,
    total: r.status === 'ranked' ? r.total : null,
    criterionAverages: Object.fromEntries(r.criterionAverages.map((a) => [a.criterionId, a.average])),
    timeUsedMs: timeUsed.get(r.teamId) ?? null,
    overtimeMs: overtime.get(r.teamId) ?? null,
    penalty: r.penalty,
    decidedBy: r.tie?.decidedBy ? tieBreakStep(r.tie.decidedBy) : null,
  }));
}

/** Each juror's weighted total of a sheet, on the payload's criteria and scale (the ranking's formula). */
function jurorTotal(payload: ResultsPayload, scores: Record<number, number>): number | null {
  const weightSum = payload.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (weightSum <= 0) return null;
  let total = 0;
  for (const c of payload.criteria) {
    const value = scores[c.id];
    if (value === undefined) return null;
    total += (c.weight * (value - c.min)) / (c.max - c.min);
  }
  return (total / weightSum) * payload.event.scaleMax;
}

/** The round a payload ranks: a prize track's payload names it when it is not the first (the final's track). */
function roundOfPayload(payload: ResultsPayload): number {
  const track = (payload as { track?: { roundId?: number } }).track;
  return track?.roundId ?? 1;
}

/** Submitted sheets of known, non-recused pairs of the payload's round (scores cannot change while results are locked). */
function jurorScores(db: Db, payload: ResultsPayload): JurorScoreRow[] {
  const teams = new Set(payload.teams.map((t) => t.id));
  const jurors = new Set(payload.jurors.map((j) => j.id));
  const recused = new Set(payload.recusals.map((r) => `${r.jurorId}:${r.teamId}`));
  return submittedSheets(readAllSheets(db, roundOfPayload(payload)))
    .filter((s) => teams.has(s.teamId) && jurors.has(s.jurorId) && !recused.has(`${s.jurorId}:${s.teamId}`))
    .map((s) => ({
      jurorId: s.jurorId,
      teamId: s.teamId,
      scores: { ...s.scores },
      total: jurorTotal(payload, s.scores),
    }));
}

/** The payload's criteria with what only the setup knows (description, step, levels). */
function criteriaOf(db: Db, payload: ResultsPayload): Criterion[] {
  const current = new Map(listCriteria(db).map((c) => [c.id, c]));
  return payload.criteria.map((c, position) => ({
    description: '',
    step: 1,
    levels: [],
    ...current.get(c.id),
    ...c,
    position,
  }));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase('fr');

/** A juror whose title says they chair the jury ("Présidente du jury", "Jury chair"). */
const CHAIR_TITLE = /\b(presiden|chair)/;

/**
 * The chair is whoever locked the results (the lock asks for the chair's
 * name). A draft names the last person who locked, else the juror whose title
 * says "président(e)" or "chair", else leaves the name to be written by hand.
 * When the chair is a juror, one signature box serves both roles.
 */
function chairOf(lockedBy: string | null, payload: ResultsPayload): ResultsSheetInput['chair'] {
  const juror = lockedBy
    ? payload.jurors.find((j) => fold(j.name) === fold(lockedBy))
    : payload.jurors.find((j) => CHAIR_TITLE.test(fold(j.title)));
  return { name: juror?.name ?? lockedBy ?? '', title: juror?.title ?? '', jurorId: juror?.id ?? null };
}

interface LockedSection {
  hash: string;
  record: { atUtc: string; actor: string };
}

/** One section of the sheet from one payload (the event's, or a prize track's with its name as heading). */
function sheetOf(
  db: Db,
  payload: ResultsPayload,
  locked: LockedSection | null,
  options: { now: Date; timeZone?: string; section?: string; lastActor: string | null },
): ResultsSheetInput {
  const timeUsed = new Map(readTimeUsed(db).map((t) => [t.teamId, t.pitchUsedMs]));
  return {
    kind: 'results',
    event: { ...readEventInfo(db), name: payload.event.name, scaleMax: payload.event.scaleMax },
    draft: locked === null,
    resultsHash: locked ? locked.hash : null,
    lockedAt: locked ? locked.record.atUtc : null,
    generatedAt: options.now.toISOString(),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.section ? { section: options.section } : {}),
    teams: payload.teams.map((t, position) => ({ ...t, members: [], position })),
    jurors: payload.jurors.map((j, position) => ({ ...j, position })),
    chair: chairOf(locked ? locked.record.actor : options.lastActor, payload),
    recusals: payload.recusals.map(({ jurorId, teamId, reason }) => ({ jurorId, teamId, reason })),
    criteria: criteriaOf(db, payload),
    aggregation: { method: METHODS[payload.settings.method] },
    tieBreak: { steps: payload.settings.tieBreaks.map(tieBreakStep) },
    overtimePenalty: payload.settings.penalty,
    ranking: rankingEntries(payload, timeUsed),
    awards: payload.awards.flatMap((a) => a.winnerTeamIds.map((teamId) => ({ name: a.name, teamId }))),
    jurorScores: jurorScores(db, payload),
    sheets: sheetCountsOf(payload.ranking),
  };
}

/**
 * The sheet: the main track's results first (the event's, exactly as before
 * tracks existed), then one section per other prize track, named. A final
 * sheet holds the tracks that are locked (each section prints its own hash);
 * a draft holds every track that can be ranked, live.
 */
export function buildResultsSheetInput(
  db: Db,
  options: { draft: boolean; now: Date; timeZone?: string },
): ResultsSheetInput {
  return db.transaction((): ResultsSheetInput => {
    const locked = readLockedResults(db);
    if (!options.draft && !locked) throw new DomainError('documents.resultsNotLocked');
    const payload = !options.draft && locked ? locked.payload : buildResultsPayload(db);
    const final = !options.draft && locked !== null;
    const tracks = listTracks(db);
    const common = { now: options.now, ...(options.timeZone ? { timeZone: options.timeZone } : {}) };
    const main = {
      ...sheetOf(db, payload, final ? locked : null, {
        ...common,
        lastActor: latestLockRecord(db)?.actor ?? null,
        ...(tracks.length > 1 ? { section: sectionTitle(db, tracks.find((t) => t.main)?.name ?? '') } : {}),
      }),
      // Declarations and the audience vote are the event's, not a track's: printed once, in the main section.
      ...declarationsOf(db, payload),
      ...audienceSection(db),
      // So are the rooms of the preliminaries (head laptop only; a room file has none).
      ...roomsOf(db),
    };
    const others = tracks.flatMap((track): ResultsSheetInput[] => {
      if (track.main) return [];
      const trackLock = readLockedTrack(db, track.id);
      if (!options.draft && !trackLock) return [];
      let trackPayload: ResultsPayload;
      try {
        trackPayload = !options.draft && trackLock ? trackLock.payload : buildTrackPayload(db, track.id);
      } catch {
        return []; // a track not set up yet (no criteria) has nothing to print
      }
      return [
        sheetOf(db, trackPayload, options.draft ? null : trackLock, {
          ...common,
          section: sectionTitle(db, track.name, track.roundId !== FIRST_ROUND),
          lastActor: trackLock?.record.actor ?? null,
        }),
      ];
    });
    return others.length > 0 ? { ...main, tracks: others } : main;
  })();
}

/** The preliminary round: a track of a later round (the final's) says so in its heading. */
const FIRST_ROUND = 1;

function sectionTitle(db: Db, track: string, laterRound = false): string {
  return translate(readEventInfo(db).locale, laterRound ? 'finalDocs.trackSection' : 'tracks.doc.section', {
    track,
  });
}

/**
 * Every juror's current declaration of interest, for the results sheet; none
 * (the section is left out) when the event never used declarations. Read from
 * the file even for locked results: a declaration is refused while locked, so
 * the log cannot have moved since.
 */
function declarationsOf(db: Db, payload: ResultsPayload): { declarations?: DeclarationEntry[] } {
  const current = currentDeclarations(db);
  if (current.size === 0 && !isDeclarationRequired(db)) return {};
  return {
    declarations: payload.jurors.flatMap((j) => {
      const d = current.get(j.id);
      return d ? [{ jurorId: j.id, atUtc: d.atUtc, byChair: d.byChair, links: d.links }] : [];
    }),
  };
}

/** The audience vote's part of the sheet, only when ballots were printed (older events print as before). */
function audienceSection(db: Db): { audience?: AudienceSheetSection } {
  const report = readAudienceReport(db);
  if (report.counts.printed === 0) return {};
  const log = readAudienceLog(db);
  return {
    audience: {
      ...report.counts,
      weight: report.settings.weight,
      tally: report.tally?.map(({ teamId, votes }) => ({ teamId, votes })) ?? null,
      combined: report.combined?.map(({ teamId, rank, combined }) => ({ teamId, rank, combined })) ?? null,
      logHead: log.at(-1)?.hash ?? null,
    },
  };
}

/** The rooms, their juries, merges and the finalist rule; nothing when the event has no rooms. */
function roomsOf(db: Db): { rooms?: RoomsSummary } {
  const jurors = new Map(withLockedNames(db, 'jurors', listJurors(db)).map((j) => [j.id, j.name]));
  const rooms = readDocumentRooms(db, (id) => jurors.get(id) ?? `#${id}`);
  const teams = new Map(withLockedNames(db, 'teams', listTeams(db)).map((team) => [team.id, team.name]));
  const teamName = (id: number) => teams.get(id) ?? `#${id}`;
  // A final decided on the whole event (top N overall) has a room even when the preliminaries had none.
  const final = readFinalRoom(db, (id) => jurors.get(id) ?? `#${id}`, teamName);
  if (rooms.length === 0 && !final) return {};
  return {
    rooms: {
      rooms: rooms.map(({ name, jurors: names, merged }) => ({ name, jurors: names, merged })),
      finalistRule: readFinalistRule(db, teamName),
      ...(final ? { final } : {}),
    },
  };
}
