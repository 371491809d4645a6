import { useState } from 'react';
import type { RankingResultView, RankingRowView, ResultsSettings } from '../../../common/contract/results';
import type { EventSetup } from '../../../common/domain';
import { formatFixed, formatNumber } from '../../../common/i18n';
import { effectiveWeights, weightsInProportion, weightTotal } from '../../../common/setup-checks';
import { call } from '../api';
import { useI18n } from '../i18n';
import { issueText, methodExplanation, methodName, type Names, namesOf, ruleText } from '../scoring/labels';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { useTrackId } from './track-context';

/**
 * The ranking as computed in main: shared ranks stay shared (never hidden by
 * the sort order), each tie says what decided it, and every row shows how
 * many sheets counted and who was recused (who is missing is in the progress panel).
 */
export function RankingTable({
  ranking,
  settings,
  setup,
  overtime,
  locked,
}: {
  ranking: RankingResultView;
  settings: ResultsSettings;
  setup: EventSetup;
  overtime: { teamId: number; overtimeMs: number }[];
  locked: boolean;
}) {
  const { t, locale } = useI18n();
  const names = namesOf(setup);
  const overtimeOf = new Map(overtime.map((o) => [o.teamId, o.overtimeMs]));
  const anyPenalty = ranking.rows.some((r) => r.penalty > 0);
  const notesOf = (row: RankingRowView) => rowNotes(t, row, names);
  // No empty column: the notes show only when a row has something to say.
  const anyNotes = ranking.rows.some((row) => notesOf(row).length > 0);
  const otherIssues = ranking.issues.filter((i) => i.code !== 'ranking.tieUnresolved');
  return (
    <section className="card" aria-labelledby="ranking-title">
      <div className="card-head">
        <h2 id="ranking-title">{t('results.ranking.title')}</h2>
        <span className="badge">{methodName(t, ranking.method)}</span>
      </div>
      <p className="muted small">{methodExplanation(t, ranking.method)}</p>
      <p className="muted small" data-testid="method-detail">
        {t(`ranking.method.${ranking.method}.detail` as const)}
      </p>
      {weightsInProportion(setup.criteria) && (
        <p className="warning small" data-testid="effective-weights">
          {t('results.ranking.effectiveWeights', {
            total: weightTotal(setup.criteria),
            list: effectiveWeights(setup.criteria)
              .map((c) =>
                t('results.ranking.effectiveWeight', {
                  criterion: c.name,
                  weight: c.weight,
                  effective: Math.round(c.effective * 10) / 10,
                }),
              )
              .join(', '),
          })}
        </p>
      )}
      <div className="grid-scroll">
        <table className="ranking" data-testid="ranking">
          <thead>
            <tr>
              <th scope="col">{t('results.ranking.rank')}</th>
              <th scope="col">{t('scoring.grid.team')}</th>
              <th scope="col" className="num-head">
                {t('results.ranking.total')}
              </th>
              {anyPenalty && (
                <th scope="col" className="num-head">
                  {t('results.ranking.penalty')}
                </th>
              )}
              {setup.criteria.map((c) => (
                <th scope="col" className="num-head" key={c.id} title={t('results.ranking.average')}>
                  {c.name}
                </th>
              ))}
              <th scope="col" className="num-head">
                {t('results.ranking.sheets')}
              </th>
              {anyNotes && <th scope="col">{t('results.ranking.notes')}</th>}
            </tr>
          </thead>
          <tbody>
            {ranking.rows.map((row) => (
              <tr
                key={row.teamId}
                data-testid="ranking-row"
                className={row.tie?.sharedRankWith.length ? 'shared' : undefined}
              >
                <td className="rank">
                  {row.rank === null ? '—' : row.rank}
                  {row.tie && row.tie.sharedRankWith.length > 0 && (
                    <span className="badge warn" data-testid="tie-flag">
                      {t('results.ranking.exAequo')}
                    </span>
                  )}
                </td>
                <th scope="row">{names.team(row.teamId)}</th>
                <td className="num">
                  {row.total === null
                    ? t('ranking.notRanked')
                    : `${formatFixed(row.total, locale, DECIMALS)}\u00a0/\u00a0${formatNumber(ranking.scaleMax, locale)}`}
                </td>
                {anyPenalty && (
                  <td className="num penalty">
                    {row.penalty > 0
                      ? t('results.ranking.penaltyLine', {
                          points: row.penalty,
                          seconds: Math.ceil((overtimeOf.get(row.teamId) ?? 0) / 1000),
                        })
                      : ''}
                  </td>
                )}
                {setup.criteria.map((c) => {
                  const average = row.criterionAverages.find((a) => a.criterionId === c.id)?.average ?? null;
                  return (
                    <td className="num" key={c.id}>
                      {average === null ? '—' : formatFixed(average, locale, DECIMALS)}
                    </td>
                  );
                })}
                <td className="num">
                  {row.sheetsCounted} / {row.sheetsExpected}
                </td>
                {anyNotes && (
                  <td className="notes">
                    {notesOf(row).map((note) => (
                      <span key={note} className="note">
                        {note}
                      </span>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {otherIssues.length > 0 && (
        <ul className="issues">
          {otherIssues.map((issue) => (
            <li
              key={`${issue.code}:${issue.teamId}:${issue.jurorId}:${issue.criterionId}`}
              className="warning"
            >
              {issueText(t, issue, names)}
            </li>
          ))}
        </ul>
      )}
      {(ranking.staleChairDecisions ?? []).map((group) => (
        <p key={`stale:${group.join(',')}`} className="warning small" data-testid="stale-decision">
          {t('ranking.staleDecision', { teams: names.list(group, names.team) })}
        </p>
      ))}
      {!locked &&
        ranking.unresolvedTies.map((group) => (
          <TieDecision key={group.join(',')} group={group} names={names} settings={settings} />
        ))}
    </section>
  );
}

/** One precision per numeric column (8,90 above 6,63 above 6,00), as on the results sheet. */
const DECIMALS = 2;

type T = ReturnType<typeof useI18n>['t'];

/** What the Notes column says of a row: how its tie stands, who was recused. */
function rowNotes(t: T, row: RankingRowView, names: Names): string[] {
  const notes: string[] = [];
  if (row.tie) {
    const teams = names.list(
      row.tie.sharedRankWith.length > 0 ? row.tie.sharedRankWith : row.tie.tiedWith,
      names.team,
    );
    notes.push(
      row.tie.decidedBy
        ? t('ranking.tie.decidedBy', { teams, rule: ruleText(t, row.tie.decidedBy, names) })
        : t('ranking.tie.shared', { teams }),
    );
  }
  if (row.recusedJurorIds.length > 0)
    notes.push(t('scoring.progress.recused', { names: names.list(row.recusedJurorIds, names.juror) }));
  // Missing sheets are counted in the Sheets column and named in the progress panel beside the table.
  return notes;
}

/** An unresolved tie: the chair puts the teams in order and records the decision. */
function TieDecision({
  group,
  names,
  settings,
}: {
  group: number[];
  names: Names;
  settings: ResultsSettings;
}) {
  const { t } = useI18n();
  const [order, setOrder] = useState(group);
  const { run, message } = useSubmit();
  const trackId = useTrackId();
  const usesDecision = settings.tieBreaks.some((r) => r.kind === 'chair_decision');
  const up = (index: number) => {
    if (index === 0) return;
    const next = [...order];
    [next[index - 1], next[index]] = [next[index] as number, next[index - 1] as number];
    setOrder(next);
  };
  const record = () => run(() => call('results.decideTie', { trackId, orderedTeamIds: order }));
  return (
    <div className="tie-decision warning" data-testid="tie-decision">
      <p>{t('ranking.tieUnresolved', { teams: names.list(group, names.team) })}</p>
      <FormError message={message} />
      {usesDecision ? (
        <>
          <ol>
            {order.map((teamId, index) => (
              <li key={teamId}>
                {names.team(teamId)}{' '}
                {index > 0 && (
                  <button
                    type="button"
                    className="ghost small"
                    aria-label={`${t('common.moveUp')} : ${names.team(teamId)}`}
                    onClick={() => up(index)}
                  >
                    ↑
                  </button>
                )}
              </li>
            ))}
          </ol>
          <button type="button" className="secondary" onClick={() => void record()}>
            {t('results.ranking.recordDecision')}
          </button>
        </>
      ) : (
        <p className="small">{t('results.ranking.noDecisionRule')}</p>
      )}
    </div>
  );
}
