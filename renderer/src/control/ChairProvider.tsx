import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ChairCommand, TimerSnapshot } from '../../../common/contract/session';
import type { MessageKey } from '../../../common/i18n';
import { type DiscardedTime, formatClock, timeDiscardedBy } from '../../../common/timer';
import { call } from '../api';
import type { FeedSnapshot, TimerFeed } from '../display/timer-feed';
import { useFeedSnapshot, useTimerFeed } from '../display/useTimerFeed';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';
import { useNotice } from '../ui/notice';
import { useChairKeys } from './useChairKeys';

type Undo = NonNullable<TimerSnapshot['undo']>;

interface Chair {
  feed: TimerFeed | null;
  snapshot: FeedSnapshot | null;
  /** Runs a timer action, after asking when it would discard time (common/timer/guard.ts). */
  run: (command: ChairCommand) => void;
  undo: () => void;
  /** The last timer action while it can be undone. */
  undoable: Undo | null;
}

const ChairContext = createContext<Chair | null>(null);

export function useChair(): Chair {
  const chair = useContext(ChairContext);
  if (!chair) throw new Error('useChair outside ChairProvider');
  return chair;
}

const UNDO_LABEL: Record<string, MessageKey> = {
  start: 'control.undo.toggle',
  pause: 'control.undo.toggle',
  resume: 'control.undo.toggle',
  toggle: 'control.undo.toggle',
  adjust: 'control.undo.adjust',
  nextPhase: 'control.nextPhase',
  nextTeam: 'control.nextTeam',
  callTeam: 'control.undo.callTeam',
  resetPhase: 'control.resetPhase',
};

export function undoLabelKey(action: string): MessageKey {
  return UNDO_LABEL[action] ?? 'control.undo.toggle';
}

/**
 * The chair's timer on every page of the control window: one feed, the keys
 * (Space, N, T, arrows, B, Ctrl+Z) wherever the chair is — never while typing
 * in a field — a question before an action that throws away time, and the
 * undo of the last action. Pages and the compact bar use it through
 * `useChair`, so a button, a key and the bar behave the same.
 */
export function ChairProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const notice = useNotice();
  const feed = useTimerFeed();
  const snapshot = useFeedSnapshot(feed);
  const order = useLive('order.get', {});
  const [asking, setAsking] = useState<{ command: ChairCommand; discarded: DiscardedTime } | null>(null);
  const [undoable, setUndoable] = useState<Undo | null>(null);
  const pending = useRef(false);

  const onError = useCallback(
    (error: unknown) => notice.show(fieldErrorsOf(error).message, 'error'),
    [notice.show],
  );
  // Whether an undo is on offer is main's to say: re-read it after every transition.
  const revision = snapshot?.revision;
  useEffect(() => {
    if (revision === undefined) return;
    call('timer.get', {}).then(
      (s) => setUndoable(s.undo ?? null),
      () => setUndoable(null),
    );
  }, [revision]);

  const execute = useCallback(
    (command: ChairCommand) => {
      call('timer.command', command).then((s) => setUndoable(s.undo ?? null), onError);
    },
    [onError],
  );
  const run = useCallback(
    (command: ChairCommand) => {
      const current = feed?.current();
      const discarded = current && feed ? timeDiscardedBy(current.state, command, feed.now()) : null;
      if (discarded) setAsking({ command, discarded });
      else execute(command);
    },
    [feed, execute],
  );
  const undo = useCallback(() => {
    if (pending.current) return;
    pending.current = true;
    call('timer.undo', {})
      .then((s) => setUndoable(s.undo ?? null), onError)
      .finally(() => {
        pending.current = false;
      });
  }, [onError]);

  useChairKeys((action) => {
    if (asking) return; // the question has the keyboard (Esc, Tab, Enter)
    if (action.type === 'blackoutToggle') call('display.toggleBlackout', {}).catch(onError);
    else if (action.type === 'undo') undo();
    else run(action);
  });

  const teamName = (teamId: number) => order.data?.entries.find((e) => e.teamId === teamId)?.name ?? '';

  return (
    <ChairContext.Provider value={{ feed, snapshot, run, undo, undoable }}>
      {notice.element}
      {children}
      {asking && (
        <ConfirmDiscard
          text={t(`control.confirm.${asking.discarded.action}`, {
            team: teamName(asking.discarded.teamId),
            used: formatClock(asking.discarded.usedMs),
          })}
          confirmLabel={t(
            asking.discarded.action === 'callTeam'
              ? 'control.confirm.callTeamButton'
              : asking.discarded.action === 'nextTeam'
                ? 'control.nextTeam'
                : 'control.resetPhase',
          )}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            execute(asking.command);
          }}
        />
      )}
    </ChairContext.Provider>
  );
}

/** A modal question; the safe answer has the focus, Esc cancels. */
function ConfirmDiscard({
  text,
  confirmLabel,
  onCancel,
  onConfirm,
}: {
  text: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="pj-modal-backdrop">
      <div
        className="pj-modal card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pj-confirm-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <p id="pj-confirm-text">{text}</p>
        <p className="muted small">{t('control.confirm.hint')}</p>
        <div className="actions">
          {/* biome-ignore lint/a11y/noAutofocus: the safe answer takes the focus, so a reflex Enter changes nothing */}
          <button type="button" className="secondary" autoFocus onClick={onCancel}>
            {t('control.confirm.cancel')}
          </button>
          <button type="button" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
