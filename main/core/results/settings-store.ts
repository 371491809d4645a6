/**
 * How the results are computed, per event: the aggregation method, the
 * tie-break chain, the chair's recorded decisions on ties, and the overtime
 * penalty, which must be declared in advance (it can no longer change once a
 * score has been recorded). Nothing here changes while the results are locked.
 */
import { z } from 'zod';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import { type ResultsSettings, tieBreakRule } from '../../../common/contract/results';
import type { Db } from '../db/open';
import { IdRow, oneOf, rowShape, selectAll, selectOne } from '../db/rows';
import { DomainError } from '../errors';
import { isResultsLocked } from '../lock/lock-state';
import type { AggregationMethod, OvertimePenalty, TieBreakRule } from '../ranking/types';
import { scoreEventCount } from '../scoring/score-store';

const Row = rowShape({
  method: oneOf(AGGREGATION_METHOD_IDS),
  tie_breaks: 'text',
  chair_decisions: 'text',
  penalty_points: 'num?',
});

const storedRules = z.array(tieBreakRule);
const storedDecisions = z.array(
  z.object({ orderedTeamIds: z.array(z.number().int()), atUtc: z.string() }).strict(),
);

function parseJson<T>(text: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function criterionIds(db: Db): Set<number> {
  return new Set(selectAll(db, IdRow, 'SELECT id FROM criterion').map((r) => r.id));
}

/**
 * The settings as stored. A tie-break rule on a criterion deleted since is
 * left out (like a foreign key cascade): it could not separate anyone anyway,
 * and the chain shown is then the chain applied.
 */
export function readScoringSettings(db: Db): ResultsSettings {
  const row = selectOne(db, Row, 'SELECT * FROM scoring_settings WHERE id = 1');
  const known = criterionIds(db);
  return {
    method: row.method,
    tieBreaks: parseJson(row.tie_breaks, storedRules, []).filter(
      (r) => r.kind !== 'criterion' || known.has(r.criterionId),
    ),
    chairDecisions: parseJson(row.chair_decisions, storedDecisions, []),
    penalty: row.penalty_points === null ? null : { pointsPerStarted30s: row.penalty_points },
    penaltyEditable: scoreEventCount(db) === 0,
  };
}

function ruleKey(rule: TieBreakRule): string {
  return rule.kind === 'criterion' ? `criterion:${rule.criterionId}` : rule.kind;
}

export interface SettingsChange {
  method?: AggregationMethod | undefined;
  tieBreaks?: readonly TieBreakRule[] | undefined;
  penalty?: OvertimePenalty | null | undefined;
}

export function updateScoringSettings(db: Db, change: SettingsChange, atUtc: string): ResultsSettings {
  return db.transaction(() => {
    if (isResultsLocked(db)) throw new DomainError('results.locked');
    const current = readScoringSettings(db);
    if (change.tieBreaks) {
      const known = criterionIds(db);
      const keys = new Set<string>();
      change.tieBreaks.forEach((rule, index) => {
        if (rule.kind === 'criterion' && !known.has(rule.criterionId)) {
          throw new DomainError('ranking.unknownTieBreakCriterion', {}, [
            { path: ['tieBreaks', index], code: 'ranking.unknownTieBreakCriterion' },
          ]);
        }
        if (keys.has(ruleKey(rule))) {
          throw new DomainError('results.tieBreakTwice', {}, [
            { path: ['tieBreaks', index], code: 'results.tieBreakTwice' },
          ]);
        }
        keys.add(ruleKey(rule));
      });
    }
    if (change.penalty !== undefined) {
      const same =
        (change.penalty?.pointsPerStarted30s ?? null) === (current.penalty?.pointsPerStarted30s ?? null);
      if (!same && !current.penaltyEditable) {
        throw new DomainError('results.penaltyDeclaredInAdvance', {}, [
          { path: ['penalty'], code: 'results.penaltyDeclaredInAdvance' },
        ]);
      }
    }
    const penalty = change.penalty === undefined ? current.penalty : change.penalty;
    db.prepare(
      'UPDATE scoring_settings SET method = ?, tie_breaks = ?, penalty_points = ?, updated_at = ? WHERE id = 1',
    ).run(
      change.method ?? current.method,
      JSON.stringify(change.tieBreaks ?? current.tieBreaks),
      penalty?.pointsPerStarted30s ?? null,
      atUtc,
    );
    return readScoringSettings(db);
  })();
}

/**
 * Records the chair's order for exactly this group of tied teams, best first.
 * It settles the tie only when the chain holds 'chair_decision' and the tied
 * group is exactly these teams (main/core/ranking/tie-break.ts).
 */
export function recordChairDecision(
  db: Db,
  orderedTeamIds: readonly number[],
  atUtc: string,
): ResultsSettings {
  return db.transaction(() => {
    if (isResultsLocked(db)) throw new DomainError('results.locked');
    const teams = new Set(selectAll(db, IdRow, 'SELECT id FROM team').map((r) => r.id));
    const distinct = new Set(orderedTeamIds);
    if (distinct.size !== orderedTeamIds.length || !orderedTeamIds.every((id) => teams.has(id))) {
      throw new DomainError('results.invalidDecision');
    }
    const current = readScoringSettings(db);
    const decisions = [...current.chairDecisions, { orderedTeamIds: [...orderedTeamIds], atUtc }];
    db.prepare('UPDATE scoring_settings SET chair_decisions = ?, updated_at = ? WHERE id = 1').run(
      JSON.stringify(decisions),
      atUtc,
    );
    return readScoringSettings(db);
  })();
}
