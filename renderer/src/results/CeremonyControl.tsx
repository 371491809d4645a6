import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';

/**
 * The chair's side of the ceremony: the whole sequence (special awards, then
 * the podium from its last place up), what is revealed already, and the
 * buttons. The projector only ever learns the revealed part.
 */
export function CeremonyControl() {
  const { t } = useI18n();
  const { data: plan } = useLive('ceremony.plan', {});
  const { run, message } = useSubmit();
  if (!plan) return null;
  return (
    <section className="card ceremony-control" aria-labelledby="ceremony-title">
      <div className="card-head">
        <h2 id="ceremony-title">{t('results.ceremony.title')}</h2>
        <span className={`badge${plan.onScreen ? ' ok' : ''}`}>
          {plan.onScreen ? t('results.ceremony.onScreen') : t('results.ceremony.offScreen')}
        </span>
      </div>
      <FormError message={message} />
      {!plan.locked ? (
        <p className="muted">{t('ceremony.notLocked')}</p>
      ) : (
        <>
          <ol className="ceremony-steps">
            {plan.steps.map((step, index) => (
              <li key={step.step} className={index < plan.revealedCount ? 'revealed' : undefined}>
                {step.track && <span className="muted">{step.track.name} · </span>}
                <strong>{step.name}</strong> — {step.teams.map((team) => team.name).join(', ') || '—'}
                {index < plan.revealedCount && (
                  <span className="badge ok">{t('results.ceremony.revealed')}</span>
                )}
              </li>
            ))}
          </ol>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => void run(() => call('ceremony.show', { onScreen: !plan.onScreen }))}
            >
              {plan.onScreen ? t('results.ceremony.hide') : t('results.ceremony.show')}
            </button>
            <button
              type="button"
              disabled={plan.revealedCount >= plan.steps.length}
              onClick={() => void run(() => call('ceremony.next', {}))}
            >
              {t('results.ceremony.next')}
            </button>
            <button
              type="button"
              className="ghost"
              disabled={plan.revealedCount === 0}
              onClick={() => void run(() => call('ceremony.back', {}))}
            >
              {t('results.ceremony.back')}
            </button>
            <button
              type="button"
              className="ghost"
              onClick={() => void run(() => call('ceremony.reset', {}))}
            >
              {t('results.ceremony.reset')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
