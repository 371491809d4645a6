import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { namesOf } from './labels';
import { ProgressLine } from './TeamProgress';

/** Per team in running order: how many jurors submitted, who is missing. */
export function ProgressPanel() {
  const { t } = useI18n();
  const progress = useLive('scores.progress', {});
  const setup = useLive('setup.get', {});
  if (!progress.data || !setup.data) return null;
  const names = namesOf(setup.data);
  const { submittedTotal, expectedTotal } = progress.data;
  return (
    <section className="card" aria-labelledby="progress-title">
      <div className="card-head">
        <h2 id="progress-title">{t('scoring.progress.title')}</h2>
        <span className="badge" data-testid="progress-total">
          {t('scoring.progress.total', { submitted: submittedTotal, expected: expectedTotal })}
        </span>
      </div>
      <ul className="progress-list">
        {progress.data.teams.map((entry) => (
          <li
            key={entry.teamId}
            data-testid="progress-row"
            className={entry.submitted === entry.expected ? 'complete' : undefined}
          >
            <strong>{names.team(entry.teamId)}</strong>
            {entry.teamId === progress.data?.currentTeamId && (
              <span className="badge">{t('scoring.progress.current')}</span>
            )}{' '}
            <ProgressLine entry={entry} names={names} />
            {entry.recusedJurorIds.length > 0 && (
              <span className="muted small">
                {' '}
                · {t('scoring.progress.recused', { names: names.list(entry.recusedJurorIds, names.juror) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
