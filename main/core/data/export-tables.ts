/**
 * What the spreadsheet exports contain, as plain tables (a header row, then
 * cells that are text, numbers or empty), worded in the organiser's language.
 * The same tables become .xlsx sheets or CSV files (export-write.ts).
 *
 * - ranking: rank, team, totals, the average of each criterion, sheets counted;
 * - jurorScores: every score sheet, one row per juror and team;
 * - teams: one row per member, with headers the importer recognises, so the
 *   file can be edited and imported into another event;
 * - jurors: the jury, likewise.
 */
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import { effectiveWeights, weightsInProportion } from '../../../common/setup-checks';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { listCriteria } from '../event/criteria';
import { readEventInfo } from '../event/event-info';
import { listJurors } from '../event/jurors';
import { listTeams } from '../event/teams';
import type { TieBreakRule } from '../ranking/types';
import { withLockedNames } from '../results/locked-names';
import { type ResultsForExport, readResultsForExport } from './results-source';

export type Cell = string | number | null;
export type TableId = 'about' | 'ranking' | 'jurorScores' | 'teams' | 'jurors';

export interface ExportTable {
  id: TableId;
  /** Sheet name (the .xlsx tab). */
  title: string;
  rows: Cell[][];
}

/** The laptop's time zone: the event happens where the laptop is. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * "2026-09-30 14:04:05": an ISO UTC instant as the wall-clock time of
 * `timeZone`, 24-hour, ordered year → second. Chosen over "30/09/2026" because
 * French and English spreadsheets both read this order as a date-time (no
 * 09/10 vs 10/09 confusion between a French and a US Excel) and it sorts as
 * text; the column header names the time zone, in the export's language.
 */
export function exportDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Scores and averages are shown to 3 decimals: enough to tell teams apart, short enough to read. */
export function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

export function setupTables(db: Db, locale: Locale): ExportTable[] {
  const t = (key: Parameters<typeof translate>[1], params = {}) => translate(locale, key, params);
  const teamRows: Cell[][] = [
    [t('export.col.team'), t('export.col.project'), t('export.col.member'), t('export.col.email')],
  ];
  for (const team of withLockedNames(db, 'teams', listTeams(db))) {
    if (team.members.length === 0) teamRows.push([team.name, team.projectTitle, '', '']);
    for (const member of team.members)
      teamRows.push([team.name, team.projectTitle, member.name, member.email ?? '']);
  }
  const jurorRows: Cell[][] = [[t('export.col.juror'), t('export.col.jurorTitle')]];
  for (const juror of withLockedNames(db, 'jurors', listJurors(db)))
    jurorRows.push([juror.name, juror.title]);
  return [
    { id: 'teams', title: t('export.sheet.teams'), rows: teamRows },
    { id: 'jurors', title: t('export.sheet.jurors'), rows: jurorRows },
  ];
}

/**
 * Every table: the results ones when results can be computed (with criteria),
 * the setup ones always, so the team list can be exported on the first day.
 * When the ranking cannot be computed, the About sheet says why.
 */
export function exportTables(
  db: Db,
  locale: Locale,
  now = new Date(),
  timeZone = localTimeZone(),
): ExportTable[] {
  const t = (key: Parameters<typeof translate>[1], params = {}) => translate(locale, key, params);
  return db.transaction((): ExportTable[] => {
    const event = readEventInfo(db);
    let results: ResultsForExport | null = null;
    let unavailable = '';
    try {
      results = readResultsForExport(db);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      unavailable = translate(locale, error.code, error.params);
    }
    const about: Cell[][] = [
      [t('export.about.event'), event.name],
      [t('export.about.exportedAt', { zone: timeZone }), exportDateTime(now.toISOString(), timeZone)],
    ];
    if (!results) {
      about.push([t('export.about.results'), t('export.about.noResults', { reason: unavailable })]);
      return [{ id: 'about', title: t('export.sheet.about'), rows: about }, ...setupTables(db, locale)];
    }
    const { ranking, locked } = results;
    about.push(
      [
        t('export.about.method'),
        t(`ranking.method.${ranking.method}.name` as Parameters<typeof translate>[1]),
      ],
      [
        t('export.about.results'),
        locked
          ? t('export.about.locked', {
              at: exportDateTime(locked.atUtc, timeZone),
              zone: timeZone,
              by: locked.by,
            })
          : t('export.about.unlocked'),
      ],
      ...(locked ? [[t('export.about.hash'), locked.hash]] : []),
    );
    return [
      { id: 'about', title: t('export.sheet.about'), rows: about },
      ...resultTables(db, locale, results, timeZone),
      ...setupTables(db, locale),
    ];
  })();
}

/** The ranking (with each criterion's average) and every score sheet. */
function resultTables(db: Db, locale: Locale, results: ResultsForExport, timeZone: string): ExportTable[] {
  const t = (key: Parameters<typeof translate>[1], params = {}) => translate(locale, key, params);
  const teams = new Map(withLockedNames(db, 'teams', listTeams(db)).map((team) => [team.id, team]));
  const jurors = withLockedNames(db, 'jurors', listJurors(db));
  const criteria = withLockedNames(db, 'criteria', listCriteria(db));
  const { ranking, sheets } = results;
  const teamName = (id: number) => teams.get(id)?.name ?? `#${id}`;

  const rankingRows: Cell[][] = [
    [
      t('export.col.rank'),
      t('export.col.team'),
      t('export.col.project'),
      t('export.col.total', { scale: ranking.scaleMax }),
      t('export.col.beforePenalty'),
      t('export.col.penalty'),
      // Weights that do not add up to 100 are used in proportion: the header says how.
      ...effectiveWeights(criteria).map((c) =>
        weightsInProportion(criteria)
          ? t('export.col.criterionEffective', {
              criterion: c.name,
              weight: c.weight,
              effective: Math.round(c.effective * 10) / 10,
            })
          : t('export.col.criterion', { criterion: c.name, weight: c.weight }),
      ),
      t('export.col.sheetsCounted'),
      t('export.col.sheetsExpected'),
      t('export.col.status'),
      t('export.col.sharedRank'),
      t('export.col.decidedBy'),
    ],
  ];
  const criterionName = (id: number) => criteria.find((c) => c.id === id)?.name ?? `#${id}`;
  const ruleText = (rule: TieBreakRule) =>
    rule.kind === 'criterion'
      ? t('ranking.tieBreak.criterion', { criterion: criterionName(rule.criterionId) })
      : t(`ranking.tieBreak.${rule.kind}`);
  for (const row of ranking.rows) {
    const averages = new Map(row.criterionAverages.map((a) => [a.criterionId, a.average]));
    rankingRows.push([
      row.rank,
      teamName(row.teamId),
      teams.get(row.teamId)?.projectTitle ?? '',
      round(row.total),
      round(row.valueBeforePenalty),
      round(row.penalty),
      ...criteria.map((c) => round(averages.get(c.id) ?? null)),
      row.sheetsCounted,
      row.sheetsExpected,
      row.status === 'ranked' ? t('export.status.ranked') : t('export.status.notRanked'),
      (row.tie?.sharedRankWith ?? []).map(teamName).join(', '),
      // Each row whose place in a tie was settled by a rule names that rule.
      row.tie?.decidedBy ? ruleText(row.tie.decidedBy) : '',
    ]);
  }

  const scoreRows: Cell[][] = [
    [
      t('export.col.juror'),
      t('export.col.jurorTitle'),
      t('export.col.team'),
      ...criteria.map((c) => c.name),
      t('export.col.comment'),
      t('export.col.sheetStatus'),
      t('export.col.submittedAt', { zone: timeZone }),
    ],
  ];
  const teamOrder = [...teams.keys()];
  for (const juror of jurors) {
    const own = sheets.filter((s) => s.jurorId === juror.id);
    own.sort((a, b) => teamOrder.indexOf(a.teamId) - teamOrder.indexOf(b.teamId));
    for (const sheet of own) {
      scoreRows.push([
        juror.name,
        juror.title,
        teamName(sheet.teamId),
        ...criteria.map((c) => sheet.scores[c.id] ?? null),
        sheet.comment ?? '',
        sheet.status === 'submitted' ? t('export.sheetStatus.submitted') : t('export.sheetStatus.draft'),
        sheet.submittedAtUtc ? exportDateTime(sheet.submittedAtUtc, timeZone) : '',
      ]);
    }
  }
  return [
    { id: 'ranking', title: t('export.sheet.ranking'), rows: rankingRows },
    { id: 'jurorScores', title: t('export.sheet.jurorScores'), rows: scoreRows },
  ];
}
