/**
 * Everything computeRanking needs, read from the event file in one
 * transaction: the setup, recusals, the SUBMITTED sheets derived from the
 * score log (drafts never reach the ranking), the settings and the overtime.
 */
import type { Db } from '../db/open';
import type { AggregationMethod, RankingInput } from '../ranking/types';
import { submittedSheets } from '../scoring/hash-chain';
import { listRecusals } from '../scoring/recusals';
import { readAllSheets } from '../scoring/score-store';
import { readOvertime } from './overtime';
import { readScoringSettings } from './settings-store';

export function buildRankingInput(db: Db, method?: AggregationMethod): RankingInput {
  return db.transaction((): RankingInput => {
    const settings = readScoringSettings(db);
    const scaleMax = (db.prepare('SELECT scale_max FROM event WHERE id = 1').get() as { scale_max: number })
      .scale_max;
    const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((r) => ({ id: r.id }));
    return {
      scaleMax,
      criteria: db
        .prepare('SELECT id, weight, min, max FROM criterion ORDER BY position, id')
        .all() as RankingInput['criteria'],
      teams: ids('SELECT id FROM team ORDER BY position, id'),
      jurors: ids('SELECT id FROM juror ORDER BY position, id'),
      recusals: listRecusals(db).map(({ jurorId, teamId }) => ({ jurorId, teamId })),
      sheets: submittedSheets(readAllSheets(db)),
      method: method ?? settings.method,
      tieBreaks: settings.tieBreaks,
      chairDecisions: settings.chairDecisions.map(({ orderedTeamIds }) => ({ orderedTeamIds })),
      penalty: settings.penalty,
      overtime: settings.penalty ? readOvertime(db) : [],
    };
  })();
}
