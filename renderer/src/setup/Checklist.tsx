import type { ChecklistView } from '../../../common/contract/session';
import type { MessageKey } from '../../../common/i18n';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import './checklist.css';

type Step = ChecklistView['steps'][number]['step'];

/** Where each step of the day is done. */
export const WHERE: Record<Step, string> = {
  event: '#/setup/event',
  teams: '#/setup/teams',
  jurors: '#/setup/jurors',
  criteria: '#/setup/criteria',
  order: '#/order',
  projector: '#/control',
  declarations: '#/scoring/grid',
  scoring: '#/scoring',
  results: '#/results',
  lock: '#/results',
  documents: '#/documents',
};

/**
 * The pitch day in order, from the event file (main/core/pitch-day/checklist.ts):
 * each step done or not, the next one highlighted with a link to where it is
 * done. The projector check is the chair's own tick.
 */
export function ChecklistPanel() {
  const { t } = useI18n();
  const checklist = useLive('checklist.get', {});
  if (!checklist.data) return null;
  const { steps, next } = checklist.data;
  return (
    <section className="card checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title">{t('checklist.title')}</h2>
      <p className="muted small">{next ? t('checklist.hint') : t('checklist.complete')}</p>
      <ol className="checklist-steps">
        {steps.map(({ step, done, missing }) => (
          <li
            key={step}
            className={done ? 'done' : step === next ? 'next' : undefined}
            data-testid={`checklist-${step}`}
            data-done={done}
          >
            <span className="checklist-mark" aria-hidden="true">
              {done ? '✓' : step === next ? '→' : '○'}
            </span>
            <a href={WHERE[step]}>{t(`checklist.step.${step}` as MessageKey)}</a>
            <span className="muted small">
              {done ? t('checklist.done') : step === next ? t('checklist.next') : ''}
            </span>
            {missing && missing.length > 0 && (
              <span className="small" data-testid={`checklist-${step}-missing`}>
                {t('checklist.missingDeclarations', { names: missing.join(', ') })}
              </span>
            )}
            {step === 'projector' && (
              <button
                type="button"
                className="ghost small"
                onClick={() => void call('checklist.mark', { step: 'projector', done: !done })}
              >
                {done ? t('checklist.projector.undo') : t('checklist.projector.mark')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
