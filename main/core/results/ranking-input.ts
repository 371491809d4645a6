/**
 * Everything computeRanking needs, read from the event file in one
 * transaction: the setup, recusals, the SUBMITTED sheets derived from the
 * score log (drafts never reach the ranking), the settings and the overtime.
 * The sheets come from the connection's sheet cache (scoring/sheet-cache.ts):
 * a refresh after one submit reads the few new events, not the whole log.
 * With rooms, the rooms' juries are the panels (scoring/panels.ts), unless
 * `panels: false` asks for the ranking as locks made before panels computed it
 * (every juror expected for every team), to compare such a lock with the file.
 */
import type { Db } from '../db/open';
import { IdRow, rowShape, selectAll, selectOne } from '../db/rows';
import type { AggregationMethod, RankingInput } from '../ranking/types';
import { readPanels } from '../scoring/panels';
import { listRecusals } from '../scoring/recusals';
import { readSubmittedSheets } from '../scoring/score-store';
import { readOvertime } from './overtime';
import { readScoringSettings } from './settings-store';

const ScaleMaxRow = rowShape({ scale_max: 'num' });
const CriterionRow = rowShape({ id: 'num', weight: 'num', min: 'num', max: 'num' });

export function buildRankingInput(
  db: Db,
  method?: AggregationMethod,
  options: { panels?: boolean } = {},
): RankingInput {
  return db.transaction((): RankingInput => {
    const settings = readScoringSettings(db);
    const panels = options.panels === false ? null : readPanels(db);
    const scaleMax = selectOne(db, ScaleMaxRow, 'SELECT scale_max FROM event WHERE id = 1').scale_max;
    const ids = (sql: string) => selectAll(db, IdRow, sql).map((r) => ({ id: r.id }));
    return {
      scaleMax,
      criteria: selectAll(
        db,
        CriterionRow,
        'SELECT id, weight, min, max FROM criterion ORDER BY position, id',
      ),
      teams: ids('SELECT id FROM team ORDER BY position, id'),
      jurors: ids('SELECT id FROM juror ORDER BY position, id'),
      recusals: listRecusals(db).map(({ jurorId, teamId }) => ({ jurorId, teamId })),
      sheets: readSubmittedSheets(db),
      method: method ?? settings.method,
      tieBreaks: settings.tieBreaks,
      chairDecisions: settings.chairDecisions.map(({ orderedTeamIds }) => ({ orderedTeamIds })),
      penalty: settings.penalty,
      overtime: settings.penalty ? readOvertime(db) : [],
      ...(panels ? { panels } : {}),
    };
  })();
}
