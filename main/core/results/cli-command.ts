/**
 * `npm run cli -- results <event.sqlite> [--method m] [--lang fr|en] [--json]`:
 * prints the ranking exactly as the app shows it, through the same function
 * (readResultsView: the locked ranking while the results are locked, else the
 * one computed now), so anyone can check a results sheet from the event file.
 * `--method` ranks with another method (what the deliberation compares), from
 * the same inputs through the same computeRanking.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import type { Locale } from '../../../common/domain';
import { formatNumber, translate } from '../../../common/i18n';
import { effectiveWeights, weightsInProportion } from '../../../common/setup-checks';
import { closeDatabase, type Db, openDatabase } from '../db/open';
import { DomainError } from '../errors';
import { listCriteria } from '../event/criteria';
import { readEventInfo } from '../event/event-info';
import { listTeams } from '../event/teams';
import { computeRanking } from '../ranking/compute-ranking';
import type { AggregationMethod, RankingResult, TieBreakRule } from '../ranking/types';
import { buildTrackRankingInput } from '../tracks/track-input';
import { readTrackResultsView } from '../tracks/track-results';
import { listTracks, mainTrackId, trackCriteria } from '../tracks/track-store';
import { sheetCountsOf } from './lock-ops';
import { withLockedNames } from './locked-names';

export const RESULTS_USAGE =
  'results <file.sqlite> [--method weighted_mean|trimmed_mean|median|zscore|borda] [--lang fr|en] [--json]\n' +
  '                                print the ranking as the app computes it: rank, score, ties and the rule that decided each\n' +
  '                                (one section per prize track when the event has several, each naming the round it ranks\n' +
  '                                once the event has a final: the preliminaries or the final round)';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  file: string;
  method: AggregationMethod | null;
  locale: Locale;
  json: boolean;
}

function parse(args: readonly string[]): Options | 'help' {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  let file: string | null = null;
  let method: AggregationMethod | null = null;
  let locale: Locale = 'en';
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--method') {
      const value = args[++i];
      if (!AGGREGATION_METHOD_IDS.includes(value as AggregationMethod))
        throw new Error(
          `--method must be one of ${AGGREGATION_METHOD_IDS.join(', ')}.\nusage: npm run cli -- ${RESULTS_USAGE}`,
        );
      method = value as AggregationMethod;
    } else if (arg === '--lang') {
      const value = args[++i];
      if (value !== 'fr' && value !== 'en')
        throw new Error(`--lang must be fr or en.\nusage: npm run cli -- ${RESULTS_USAGE}`);
      locale = value;
    } else if (!arg.startsWith('--') && file === null) file = arg;
    else throw new Error(`unknown option ${arg}\nusage: npm run cli -- ${RESULTS_USAGE}`);
  }
  if (!file) throw new Error(`usage: npm run cli -- ${RESULTS_USAGE}`);
  return { file, method, locale, json };
}

export interface ResultsReport {
  event: string;
  method: AggregationMethod;
  /** The locked ranking (true) or the one computed now from the file (false). */
  locked: boolean;
  fingerprint: string | null;
  sheets: { received: number; expected: number };
  weights: { criterion: string; weight: number; effective: number }[];
  rows: {
    rank: number | null;
    team: string;
    teamId: number;
    total: number | null;
    /** What the ranking sorted by (the mean z for zscore). */
    sortKey: number | null;
    sharedRankWith: string[];
    tiedWith: string[];
    decidedBy: string | null;
  }[];
  unresolvedTies: string[][];
  staleChairDecisions: string[][];
  /** With several prize tracks: this report's track, and (on the main track's) the other tracks' reports. */
  track?: string;
  /** Once the event has a final round: the round this track ranks (1: the preliminaries). */
  round?: number;
  tracks?: ResultsReport[];
}

export function resultsReport(
  path: string,
  options: { method?: AggregationMethod | null; locale: Locale },
): ResultsReport {
  if (!existsSync(path)) throw new DomainError('error.notFound');
  const db = openDatabase(path, { readonly: true });
  try {
    return db.transaction((): ResultsReport => {
      const tracks = listTracks(db);
      const main = trackReport(db, mainTrackId(db), options);
      if (tracks.length === 1) return main;
      // Once a track ranks a later round (the final's), every track says which round it ranks.
      const rounds = tracks.some((t) => t.roundId !== FIRST_ROUND);
      const roundOf = (track: (typeof tracks)[number]) => (rounds ? { round: track.roundId } : {});
      // Several prize tracks: the main one first, named, then each other one (issue 15).
      const others = tracks.flatMap((track) => {
        if (track.main) return [];
        try {
          return [{ ...trackReport(db, track.id, options), track: track.name, ...roundOf(track) }];
        } catch {
          return []; // a track not set up yet (no criteria) has no ranking to print
        }
      });
      const mainTrack = tracks.find((t) => t.main);
      return {
        ...main,
        track: mainTrack?.name ?? '',
        ...(mainTrack ? roundOf(mainTrack) : {}),
        tracks: others,
      };
    })();
  } finally {
    closeDatabase(db);
  }
}

function trackReport(
  db: Db,
  trackId: number,
  options: { method?: AggregationMethod | null; locale: Locale },
): ResultsReport {
  const view = readTrackResultsView(db, trackId);
  const locked = view.lock.locked && (!options.method || options.method === view.ranking.method);
  const ranking: RankingResult =
    options.method && !locked
      ? computeRanking(buildTrackRankingInput(db, trackId, options.method))
      : view.ranking;
  const t = (key: string, params = {}) => translate(options.locale, key, params);
  const teams = new Map(withLockedNames(db, 'teams', listTeams(db)).map((x) => [x.id, x.name]));
  const names = new Map(withLockedNames(db, 'criteria', listCriteria(db)).map((c) => [c.id, c.name]));
  const criteria = trackCriteria(db, trackId).map((c) => ({ ...c, name: names.get(c.id) ?? c.name }));
  const team = (id: number) => teams.get(id) ?? `#${id}`;
  const rule = (r: TieBreakRule) =>
    r.kind === 'criterion'
      ? t('ranking.tieBreak.criterion', {
          criterion: criteria.find((c) => c.id === r.criterionId)?.name ?? `#${r.criterionId}`,
        })
      : t(`ranking.tieBreak.${r.kind}`);
  return {
    event: readEventInfo(db).name,
    method: ranking.method,
    locked,
    fingerprint: locked ? (view.lock.current?.hash ?? null) : null,
    sheets: sheetCountsOf(ranking),
    weights: effectiveWeights(criteria).map((c) => ({
      criterion: c.name,
      weight: c.weight,
      effective: c.effective,
    })),
    rows: ranking.rows.map((row) => ({
      rank: row.rank,
      team: team(row.teamId),
      teamId: row.teamId,
      total: row.total,
      sortKey: row.sortKey,
      sharedRankWith: (row.tie?.sharedRankWith ?? []).map(team),
      tiedWith: (row.tie?.tiedWith ?? []).map(team),
      decidedBy: row.tie?.decidedBy ? rule(row.tie.decidedBy) : null,
    })),
    unresolvedTies: ranking.unresolvedTies.map((g) => g.map(team)),
    staleChairDecisions: (ranking.staleChairDecisions ?? []).map((g) => g.map(team)),
  };
}

/** The preliminary round (migration 012): every track ranks it unless it is the final's. */
const FIRST_ROUND = 1;

/** A track's heading line; once the event has a final, with the round it ranks. */
function trackHeading(report: ResultsReport, locale: Locale): string {
  const track = report.track ?? '';
  if (report.round === undefined) return translate(locale, 'tracks.cli.track', { track });
  const round =
    report.round === FIRST_ROUND
      ? translate(locale, 'finalDocs.round.preliminaries')
      : translate(locale, 'finalDocs.round.final', { round: report.round });
  return translate(locale, 'finalDocs.cli.track', { track, round });
}

/** The report as text, in the chosen language (numbers to 2 decimals, as on screen). */
export function resultsText(report: ResultsReport, locale: Locale): string[] {
  const t = (key: string, params = {}) => translate(locale, key, params);
  const lines = [
    ...(report.track !== undefined ? [trackHeading(report, locale)] : []),
    `${report.event} — ${t(`ranking.method.${report.method}.name`)}`,
    report.locked ? t('results.cli.locked', { hash: report.fingerprint ?? '' }) : t('results.cli.notLocked'),
    t('results.cli.sheets', report.sheets),
  ];
  if (weightsInProportion(report.weights))
    lines.push(
      t('results.cli.weights', {
        list: report.weights
          .map(
            (w) =>
              `${w.criterion} ${formatNumber(w.weight, locale)} → ${formatNumber(Math.round(w.effective * 10) / 10, locale)}%`,
          )
          .join(', '),
      }),
    );
  lines.push('');
  for (const row of report.rows) {
    const rank = row.rank === null ? '—' : `${row.rank}${row.sharedRankWith.length > 0 ? '=' : ''}`;
    const total = row.total === null ? t('ranking.notRanked') : formatNumber(row.total, locale);
    const note =
      row.sharedRankWith.length > 0
        ? t('ranking.tie.shared', { teams: row.sharedRankWith.join(', ') })
        : row.decidedBy
          ? t('ranking.tie.decidedBy', { teams: row.tiedWith.join(', '), rule: row.decidedBy })
          : '';
    lines.push(`${rank.padStart(4)}  ${row.team}  ${total}${note ? `  (${note})` : ''}`);
  }
  for (const group of report.staleChairDecisions)
    lines.push('', t('ranking.staleDecision', { teams: group.join(', ') }));
  for (const track of report.tracks ?? []) lines.push('', ...resultsText(track, locale));
  return lines;
}

export function resultsCommand(args: string[], io: CliIo): void {
  const options = parse(args);
  if (options === 'help') {
    io.out(`usage: npm run cli -- ${RESULTS_USAGE}`);
    return;
  }
  const report = resultsReport(resolve(options.file), options);
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of resultsText(report, options.locale)) io.out(line);
}
