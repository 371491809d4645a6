import type { DeliberationView, DeliberationWarningView } from '../../../common/contract/results';
import type { EventSetup } from '../../../common/domain';
import { formatNumber } from '../../../common/i18n';
import { useI18n } from '../i18n';
import { methodName, type Names, namesOf } from '../scoring/labels';

const PLACES = [1, 2, 3];

/**
 * Deliberation support: how robust is the ranking the jury is about to
 * defend? The podium under every method side by side, warnings when the winner
 * or the podium depends on the method or on one juror, and dissent flags.
 */
export function DeliberationPanel({ analysis, setup }: { analysis: DeliberationView; setup: EventSetup }) {
  const { t, locale } = useI18n();
  const names = namesOf(setup);
  const podiumText = (places: { teamId: number; rank: number }[], rank: number) =>
    names.list(
      places.filter((p) => p.rank === rank).map((p) => p.teamId),
      names.team,
    ) || '—';
  const reference = analysis.podiumByMethod.find((m) => m.method === analysis.method);
  return (
    <section className="card deliberation" aria-labelledby="deliberation-title">
      <h2 id="deliberation-title">{t('results.deliberation.title')}</h2>
      {analysis.warnings.length === 0 ? (
        <p className="badge ok">{t('results.deliberation.robust')}</p>
      ) : (
        <ul className="issues" data-testid="deliberation-warnings">
          {analysis.warnings.map((w) => (
            <li key={warningKey(w)} className="warning">
              {warningText(t, w, names, locale)}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('results.deliberation.podiums')}</h3>
      <div className="grid-scroll">
        <table className="podiums">
          <thead>
            <tr>
              <th scope="col">{t('results.ranking.rank')}</th>
              {analysis.podiumByMethod.map((m) => (
                <th
                  scope="col"
                  key={m.method}
                  className={m.method === analysis.method ? 'reference' : undefined}
                >
                  {methodName(t, m.method)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PLACES.map((rank) => (
              <tr key={rank}>
                <th scope="row">{rank}</th>
                {analysis.podiumByMethod.map((m) => {
                  const text = podiumText(m.podium, rank);
                  const differs = reference !== undefined && text !== podiumText(reference.podium, rank);
                  return (
                    <td
                      key={m.method}
                      className={`${m.method === analysis.method ? 'reference' : ''}${differs ? ' differs' : ''}`}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('results.deliberation.jurors')}</h3>
      <div className="grid-scroll">
        <table className="jurors-influence">
          <thead>
            <tr>
              <th scope="col">{t('scoring.grid.juror')}</th>
              <th scope="col">{t('results.deliberation.without')}</th>
              <th scope="col">{t('results.deliberation.agreement')}</th>
              <th scope="col">{t('results.deliberation.offset')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.leaveOneOut.map((influence) => {
              const dissent = analysis.dissent.find((d) => d.jurorId === influence.jurorId);
              return (
                <tr key={influence.jurorId} className={dissent?.flagged ? 'flagged' : undefined}>
                  <th scope="row">{names.juror(influence.jurorId)}</th>
                  <td>
                    {influence.winnerChanges
                      ? t('results.deliberation.winnerChanges')
                      : influence.podiumChanges
                        ? t('results.deliberation.podiumChanges')
                        : t('results.deliberation.noChange')}
                  </td>
                  <td>
                    {dissent?.spearman == null ? '—' : formatNumber(dissent.spearman, locale)}
                    {dissent?.flagged && (
                      <span className="badge warn">{t('results.deliberation.dissent')}</span>
                    )}
                    {dissent?.evidence === 'weak' && dissent.pValue !== null && (
                      <span className="muted small" data-testid="weak-evidence">
                        {' '}
                        {t('results.deliberation.weak', {
                          teams: dissent.teamsCompared,
                          p: percent(dissent.pValue, locale),
                        })}
                      </span>
                    )}
                  </td>
                  <td>
                    {dissent?.meanOffset == null
                      ? '—'
                      : t(
                          dissent.meanOffset >= 0
                            ? 'results.deliberation.generous'
                            : 'results.deliberation.strict',
                          {
                            points: formatNumber(Math.abs(dissent.meanOffset), locale),
                          },
                        )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('results.deliberation.legend')}</p>
    </section>
  );
}

function warningKey(w: DeliberationWarningView): string {
  return 'jurorId' in w ? `${w.code}:${w.jurorId}` : w.code;
}

/** "4 %" / "4%": how often chance alone would do it. */
function percent(value: number, locale: 'fr' | 'en'): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: value < 0.01 ? 1 : 0,
  }).format(value);
}

function warningText(
  t: ReturnType<typeof useI18n>['t'],
  w: DeliberationWarningView,
  names: Names,
  locale: 'fr' | 'en',
): string {
  switch (w.code) {
    case 'deliberation.winnerDependsOnMethod':
    case 'deliberation.podiumDependsOnMethod':
      return t(w.code, { methods: w.methods.map((m) => methodName(t, m)).join(', ') });
    case 'deliberation.jurorDissent':
      return t(w.code, {
        juror: names.juror(w.jurorId),
        rho: formatNumber(w.spearman, locale),
        p: percent(w.pValue, locale),
      });
    case 'deliberation.winnerTooClose':
      return t(w.code, { jurors: names.list(w.jurorIds, names.juror), lead: formatNumber(w.lead, locale) });
    case 'deliberation.podiumTooClose':
      return t(w.code, { jurors: names.list(w.jurorIds, names.juror) });
    default:
      return t(w.code, { juror: names.juror(w.jurorId) });
  }
}
