import type { ReactNode } from 'react';
import type { ChairCommand, OrderView } from '../../../common/contract/session';
import { ADJUST_LARGE_MS, ADJUST_SMALL_MS, formatClock } from '../../../common/timer';
import { LiveClock } from '../display/LiveClock';
import type { FeedSnapshot, TimerFeed } from '../display/timer-feed';
import { useI18n } from '../i18n';
import { useKeyLabel } from './KeyLegend';

/**
 * The chair's clock and buttons. Buttons never take focus on click (a later
 * Space must not "click" them again) and show the key that does the same.
 */
export function TimerPanel({
  feed,
  snapshot,
  order,
  run,
}: {
  feed: TimerFeed;
  snapshot: FeedSnapshot | null;
  order: OrderView | null;
  run: (command: ChairCommand) => void;
}) {
  const { t } = useI18n();
  const key = useKeyLabel();
  const state = snapshot?.state ?? null;
  const status = state?.status ?? 'empty';
  const team = order?.entries.find((e) => e.teamId === state?.teamId) ?? null;
  const toggleLabel =
    status === 'running'
      ? t('control.pause')
      : status === 'paused'
        ? t('control.resume')
        : t('control.start');

  return (
    <section className="card pj-timer-panel" aria-labelledby="pj-on-stage">
      <div className="pj-stage-head">
        <div className="pj-stage-team">
          <p className="muted small" id="pj-on-stage">
            {t('control.onStage')}
          </p>
          <h2 data-testid="control-team">{team ? team.name : t('timer.status.empty')}</h2>
          {team?.projectTitle && <p className="muted">{team.projectTitle}</p>}
        </div>
        {state && status !== 'empty' && (
          <div className="pj-stage-phase">
            <span className="badge">
              {t(state.phase === 'pitch' ? 'timer.phase.pitch' : 'timer.phase.qa')}
            </span>
            <span className="badge" data-testid="control-status">
              {t(`timer.status.${status}`)}
            </span>
            <span className="muted small">
              {t('timer.allowed', { duration: formatClock(state.durationMs) })}
            </span>
          </div>
        )}
      </div>
      <LiveClock feed={feed} className="pj-control-clock" />
      <div className="pj-buttons">
        <ChairButton
          hint={key({ key: 'Space', shift: false })}
          onPress={() => run({ type: 'toggle' })}
          disabled={status === 'empty'}
          primary
        >
          {toggleLabel}
        </ChairButton>
        <ChairButton
          hint={key({ key: 'N', shift: false })}
          onPress={() => run({ type: 'nextPhase' })}
          disabled={status === 'empty' || state?.phase !== 'pitch'}
        >
          {t('control.nextPhase')}
        </ChairButton>
        <ChairButton hint={key({ key: 'T', shift: false })} onPress={() => run({ type: 'nextTeam' })}>
          {status === 'empty' ? t('control.callFirst') : t('control.nextTeam')}
        </ChairButton>
      </div>
      <div className="pj-buttons pj-adjust">
        <ChairButton
          hint={key({ key: 'ArrowDown', shift: true })}
          onPress={() => run({ type: 'adjust', deltaMs: -ADJUST_LARGE_MS })}
          disabled={status === 'empty'}
        >
          {t('control.remove1min')}
        </ChairButton>
        <ChairButton
          hint={key({ key: 'ArrowDown', shift: false })}
          onPress={() => run({ type: 'adjust', deltaMs: -ADJUST_SMALL_MS })}
          disabled={status === 'empty'}
        >
          {t('control.remove10s')}
        </ChairButton>
        <ChairButton
          hint={key({ key: 'ArrowUp', shift: false })}
          onPress={() => run({ type: 'adjust', deltaMs: ADJUST_SMALL_MS })}
          disabled={status === 'empty'}
        >
          {t('control.add10s')}
        </ChairButton>
        <ChairButton
          hint={key({ key: 'ArrowUp', shift: true })}
          onPress={() => run({ type: 'adjust', deltaMs: ADJUST_LARGE_MS })}
          disabled={status === 'empty'}
        >
          {t('control.add1min')}
        </ChairButton>
        <ChairButton
          onPress={() => run({ type: 'resetPhase' })}
          disabled={status === 'empty' || status === 'idle'}
        >
          {t('control.resetPhase')}
        </ChairButton>
      </div>
    </section>
  );
}

function ChairButton({
  children,
  hint,
  onPress,
  disabled = false,
  primary = false,
}: {
  children: ReactNode;
  hint?: string;
  onPress: () => void;
  disabled?: boolean;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className={primary ? 'pj-chair-button' : 'pj-chair-button secondary'}
      disabled={disabled}
      // Keep focus where it was: Space must reach the page's key handler, not this button.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPress}
    >
      <span>{children}</span>
      {hint && <kbd>{hint}</kbd>}
    </button>
  );
}
