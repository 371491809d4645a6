import { useCallback } from 'react';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { TeamProgress } from '../scoring/TeamProgress';
import { fieldErrorsOf } from '../ui/fields';
import { useNotice } from '../ui/notice';
import { useChair } from './ChairProvider';
import { DisplayPanel } from './DisplayPanel';
import { KeyLegend } from './KeyLegend';
import { SoundPanel } from './SoundPanel';
import { TimerPanel } from './TimerPanel';
import { UpNext } from './UpNext';
import { useChimes } from './useChimes';
import './control.css';

/**
 * `#/control`, the chair's room: the clock and its buttons, the keyboard,
 * what comes next and how late the session runs, the chimes, and the
 * projector with its live preview. Every action is a contract call; the
 * screen follows main's pushes like every other window.
 */
export function ControlPage() {
  const { t } = useI18n();
  const notice = useNotice();
  // The feed, the keys, the questions and the undo live in ChairProvider (every page of the window).
  const { feed, snapshot, run } = useChair();
  const order = useLive('order.get', {});
  const display = useLive('display.get', {});
  const chimes = useChimes(feed);

  const onError = useCallback(
    (error: unknown) => notice.show(fieldErrorsOf(error).message, 'error'),
    [notice.show],
  );

  return (
    <div className="pj-control">
      <h1 className="visually-hidden">{t('control.title')}</h1>
      {notice.element}
      <div className="pj-control-main">
        {feed && <TimerPanel feed={feed} snapshot={snapshot} order={order.data} run={run} />}
        {order.data && feed && (
          <UpNext
            order={order.data}
            snapshot={snapshot}
            feed={feed}
            onCall={(teamId) => run({ type: 'callTeam', teamId })}
          />
        )}
        {/* Scoring progress of the team on stage or that just pitched (scoring area). */}
        <TeamProgress className="card" />
        <KeyLegend />
      </div>
      <div className="pj-control-side">
        <DisplayPanel
          data={display.data}
          feed={feed}
          snapshot={snapshot}
          onError={onError}
          onInfo={(text) => notice.show(text)}
        />
        <SoundPanel settings={chimes.settings} update={chimes.update} test={chimes.test} />
      </div>
    </div>
  );
}
