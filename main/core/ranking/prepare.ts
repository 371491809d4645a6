import { DomainError } from '../errors';
import { FrozenMemo, type FrozenMemoStats } from './frozen-memo';
import { overtimePenalty } from './penalty';
import {
  AGGREGATION_METHODS,
  type RankingCriterion,
  type RankingInput,
  type RankingIssue,
  type SubmittedSheet,
} from './types';

/**
 * Validates a RankingInput and turns every counted sheet into a juror total,
 * once, so the five methods and the deliberation's many re-rankings share the
 * expensive part.
 *
 * Configuration errors (they make every ranking meaningless) throw a
 * DomainError with a code; data problems (one bad sheet) become issues and the
 * sheet is left out.
 */

export interface PreparedSheet {
  jurorId: number;
  teamId: number;
  /** Σ weight·(score−min)/(max−min) / Σ weight, times scaleMax. */
  total: number;
  /** Raw scores in the order of `criteria`. */
  scores: number[];
}

export interface PreparedRanking {
  input: RankingInput;
  teamIds: number[];
  jurorIds: number[];
  /** Known jurors recused per team id. */
  recusedByTeam: Map<number, Set<number>>;
  /** The known jurors a team in a panel expects (input.panels); a team not in the map expects every juror. */
  panelByTeam: Map<number, Set<number>>;
  /** Counted sheets, sorted by team id then juror id (a fixed order, whatever the input order). */
  sheets: PreparedSheet[];
  penaltyByTeam: Map<number, number>;
  issues: RankingIssue[];
}

function fail(code: string, params: Record<string, string | number> = {}): never {
  throw new DomainError(code, params);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function uniqueIds(kind: string, items: readonly { id: number }[]): number[] {
  const seen = new Set<number>();
  for (const { id } of items) {
    if (seen.has(id)) fail('ranking.duplicateId', { kind, id });
    seen.add(id);
  }
  return items.map((item) => item.id);
}

function validateConfiguration(input: RankingInput): void {
  if (!AGGREGATION_METHODS.includes(input.method))
    fail('ranking.unknownMethod', { method: String(input.method) });
  if (!isFiniteNumber(input.scaleMax) || input.scaleMax <= 0) fail('ranking.invalidScale');
  if (input.criteria.length === 0) fail('ranking.noCriteria');
  let weightSum = 0;
  for (const c of input.criteria) {
    const valid = isFiniteNumber(c.weight) && c.weight >= 0 && isFiniteNumber(c.min) && isFiniteNumber(c.max);
    if (!valid || c.min >= c.max) fail('ranking.invalidCriterion', { criterionId: c.id });
    weightSum += c.weight;
  }
  if (weightSum <= 0) fail('ranking.noWeight');
  const criterionIds = new Set(input.criteria.map((c) => c.id));
  for (const rule of input.tieBreaks) {
    if (rule.kind === 'criterion' && !criterionIds.has(rule.criterionId))
      fail('ranking.unknownTieBreakCriterion', { criterionId: rule.criterionId });
  }
  if (
    input.penalty &&
    (!isFiniteNumber(input.penalty.pointsPerStarted30s) || input.penalty.pointsPerStarted30s < 0)
  )
    fail('ranking.invalidPenalty');
  for (const o of input.overtime) {
    if (!isFiniteNumber(o.overtimeMs)) fail('ranking.invalidOvertime', { teamId: o.teamId });
  }
}

/** Per-criterion factor so that total = Σ factor·(score − min); precomputed once. */
function criterionFactors(criteria: readonly RankingCriterion[], scaleMax: number): number[] {
  const weightSum = criteria.reduce((sum, c) => sum + c.weight, 0);
  return criteria.map((c) => (scaleMax * c.weight) / (weightSum * (c.max - c.min)));
}

/**
 * A sheet's scores in criteria order and its total depend only on its score
 * record, the criteria (ids, weights, ranges, in order) and the scale: kept
 * per frozen record (frozen-memo.ts), the steady recompute after one submit
 * reads and weighs only the changed sheet, and two tracks with the same
 * criteria at the same weights share the work. The scores arrays are shared
 * by every ranking that reads them: nothing downstream writes to them (they
 * are not frozen because V8 reads a frozen array of doubles ~10× slower).
 */
const SHEET_MEMO = new FrozenMemo<{ total: number; scores: number[] }>(8);

/** How often prepareRanking reused a sheet's total (tests prove the shared path runs and stays exact). */
export function preparedSheetMemoStats(): FrozenMemoStats {
  return SHEET_MEMO.stats();
}

function criteriaSignature(criteria: readonly RankingCriterion[], scaleMax: number): string {
  // String(n) round-trips every double (±0 aside, which weigh alike here): equal signatures, equal factors and minima.
  return `${scaleMax}|${criteria.map((c) => `${c.id}:${c.weight}:${c.min}:${c.max}`).join(',')}`;
}

function readScores(
  sheet: SubmittedSheet,
  criteria: readonly RankingCriterion[],
  issues: RankingIssue[],
): number[] | null {
  const { jurorId, teamId } = sheet;
  const scores: number[] = [];
  let valid = true;
  for (const c of criteria) {
    const value: unknown = sheet.scores[c.id];
    if (!isFiniteNumber(value)) {
      issues.push({ code: 'ranking.sheetIncomplete', jurorId, teamId, criterionId: c.id });
      valid = false;
    } else if (value < c.min || value > c.max) {
      issues.push({ code: 'ranking.scoreOutOfRange', jurorId, teamId, criterionId: c.id });
      valid = false;
    } else scores.push(value);
  }
  // When every criterion was found and there are no more keys than criteria, no key can be unknown:
  // skip the scan on the common path (it runs for every sheet of every recompute).
  if (Object.keys(sheet.scores).length > criteria.length || !valid) {
    const known = new Set(criteria.map((c) => String(c.id)));
    for (const key of Object.keys(sheet.scores)) {
      if (!known.has(key))
        issues.push({ code: 'ranking.scoreUnknownCriterion', jurorId, teamId, criterionId: Number(key) });
    }
  }
  return valid ? scores : null;
}

function compareIssues(a: RankingIssue, b: RankingIssue): number {
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return (
    (a.teamId ?? -1) - (b.teamId ?? -1) ||
    (a.jurorId ?? -1) - (b.jurorId ?? -1) ||
    (a.criterionId ?? -1) - (b.criterionId ?? -1)
  );
}

export function prepareRanking(input: RankingInput): PreparedRanking {
  validateConfiguration(input);
  const teamIds = uniqueIds('team', input.teams);
  const jurorIds = uniqueIds('juror', input.jurors);
  uniqueIds('criterion', input.criteria);
  const knownTeams = new Set(teamIds);
  const knownJurors = new Set(jurorIds);

  const recusedByTeam = new Map<number, Set<number>>();
  for (const { jurorId, teamId } of input.recusals) {
    if (!knownTeams.has(teamId) || !knownJurors.has(jurorId)) continue;
    let set = recusedByTeam.get(teamId);
    if (!set) {
      set = new Set();
      recusedByTeam.set(teamId, set);
    }
    set.add(jurorId);
  }

  const panelByTeam = new Map<number, Set<number>>();
  for (const panel of input.panels ?? []) {
    for (const teamId of panel.teamIds) {
      if (!knownTeams.has(teamId)) continue;
      let set = panelByTeam.get(teamId);
      if (!set) {
        set = new Set();
        panelByTeam.set(teamId, set);
      }
      for (const jurorId of panel.jurorIds) if (knownJurors.has(jurorId)) set.add(jurorId);
    }
  }

  const issues: RankingIssue[] = [];
  const byTeam = new Map<number, SubmittedSheet[]>();
  for (const sheet of input.sheets) {
    const { jurorId, teamId } = sheet;
    if (!knownJurors.has(jurorId)) issues.push({ code: 'ranking.sheetUnknownJuror', jurorId, teamId });
    else if (!knownTeams.has(teamId)) issues.push({ code: 'ranking.sheetUnknownTeam', jurorId, teamId });
    else if (recusedByTeam.get(teamId)?.has(jurorId))
      issues.push({ code: 'ranking.sheetRecusedIgnored', jurorId, teamId });
    else if (panelByTeam.get(teamId)?.has(jurorId) === false)
      // Another room's juror (only a sheet typed on the head's grid can be one): not this team's jury.
      issues.push({ code: 'ranking.sheetOutsidePanelIgnored', jurorId, teamId });
    else {
      const list = byTeam.get(teamId);
      if (list) list.push(sheet);
      else byTeam.set(teamId, [sheet]);
    }
  }

  const factors = criterionFactors(input.criteria, input.scaleMax);
  const memo = SHEET_MEMO.table(criteriaSignature(input.criteria, input.scaleMax));
  // Team id then juror id: sorting each team's few sheets is cheaper than one sort of them all.
  const sheets: PreparedSheet[] = [];
  for (const teamId of [...byTeam.keys()].sort((a, b) => a - b)) {
    const list = (byTeam.get(teamId) as SubmittedSheet[]).sort((a, b) => a.jurorId - b.jurorId);
    for (let k = 0; k < list.length; k += 1) {
      const sheet = list[k] as SubmittedSheet;
      const { jurorId } = sheet;
      // Per team, per juror: a duplicate replaces the earlier sheet (the later one is the newer);
      // the sort is stable, so the last of a run of equal juror ids is the latest.
      if (list[k + 1]?.jurorId === jurorId) {
        issues.push({ code: 'ranking.sheetDuplicate', jurorId, teamId });
        continue;
      }
      const known = memo.get(sheet.scores);
      if (known) {
        sheets.push({ jurorId, teamId, total: known.total, scores: known.scores });
        continue;
      }
      const issueCount = issues.length;
      const scores = readScores(sheet, input.criteria, issues);
      if (!scores) continue;
      let total = 0;
      for (let i = 0; i < scores.length; i += 1) {
        total +=
          (factors[i] as number) * ((scores[i] as number) - (input.criteria[i] as RankingCriterion).min);
      }
      // A sheet that raised an issue (an unknown criterion) is read again next time, so the issue is too.
      if (issues.length === issueCount) memo.set(sheet.scores, { total, scores });
      sheets.push({ jurorId, teamId, total, scores });
    }
  }

  const penaltyByTeam = new Map<number, number>();
  if (input.penalty) {
    for (const { teamId, overtimeMs } of input.overtime) {
      if (knownTeams.has(teamId)) penaltyByTeam.set(teamId, overtimePenalty(input.penalty, overtimeMs));
    }
  }

  issues.sort(compareIssues);
  return { input, teamIds, jurorIds, recusedByTeam, panelByTeam, sheets, penaltyByTeam, issues };
}
