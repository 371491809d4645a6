import { formatClock } from '../../../common/timer';
import { LiveClock } from '../display/LiveClock';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { WHERE } from '../setup/Checklist';
import { undoLabelKey, useChair } from './ChairProvider';
import { useKeyLabel } from './KeyLegend';
import './chair-bar.css';

/**
 * The running clock on every page of the control window, small: the team on
 * stage, its phase, the time left (coloured like the projector) and the undo
 * of the last timer action. The keys work here as on the Régie page.
 */
export function ChairBar() {
  const { t } = useI18n();
  const key = useKeyLabel();
  const { feed, snapshot, undo, undoable } = useChair();
  const order = useLive('order.get', {});
  const checklist = useLive('checklist.get', {});
  const next = checklist.data?.next ?? null;
  const state = snapshot?.state ?? null;
  if (!feed || !state) return null;
  const team = order.data?.entries.find((e) => e.teamId === state.teamId) ?? null;
  return (
    <section className="pj-chair-bar" aria-label={t('chairBar.label')} data-testid="chair-bar">
      {state.status === 'empty' ? (
        <span className="muted">{t('timer.status.empty')}</span>
      ) : (
        <>
          <strong data-testid="chair-bar-team">{team?.name ?? ''}</strong>
          <span className="badge">{t(state.phase === 'pitch' ? 'timer.phase.pitch' : 'timer.phase.qa')}</span>
          <span className="badge" data-testid="chair-bar-status">
            {t(`timer.status.${state.status}`)}
          </span>
          <LiveClock feed={feed} className="pj-bar-clock" progress={false} />
          <span className="muted small">
            {t('timer.allowed', { duration: formatClock(state.durationMs) })}
          </span>
        </>
      )}
      {next && state.status === 'empty' && (
        // A button, not a link: the page's own tabs keep the only links named "Équipes", "Résultats"…
        <button
          type="button"
          className="ghost small pj-next-step"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => navigate(WHERE[next].slice(2))}
          data-testid="chair-bar-next"
        >
          {t('checklist.nextStep', { step: t(`checklist.step.${next}`) })}
        </button>
      )}
      {undoable && (
        <button
          type="button"
          className="ghost small pj-bar-undo"
          onMouseDown={(e) => e.preventDefault()}
          onClick={undo}
          data-testid="chair-undo"
        >
          {t('control.undo', { action: t(undoLabelKey(undoable.action)) })}{' '}
          <kbd>{key({ key: 'Z', shift: false, ctrl: true })}</kbd>
        </button>
      )}
    </section>
  );
}
