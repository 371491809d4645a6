import type { OrderView } from '../../../common/contract/session';
import { call } from '../api';
import type { FeedSnapshot, TimerFeed } from '../display/timer-feed';
import { useI18n } from '../i18n';
import { DriftBadge } from '../order/DriftBadge';
import { formatTime, scheduleOf, useNow } from '../order/schedule-view';

const SHOWN = 3;

/** The next teams to call, their estimated slots, and how far behind the session runs. */
export function UpNext({
  order,
  snapshot,
  feed,
  onCall,
}: {
  order: OrderView;
  snapshot: FeedSnapshot | null;
  feed: TimerFeed;
  onCall: (teamId: number) => void;
}) {
  const { t, locale } = useI18n();
  const now = useNow(5_000, feed.now);
  const schedule = scheduleOf(order, snapshot?.state ?? null, now);
  const slots = new Map(schedule?.teams.map((s) => [s.teamId, s]) ?? []);
  const waiting = order.entries.filter((e) => e.status === 'waiting').slice(0, SHOWN);
  const over =
    order.entries.some((e) => e.status === 'done') &&
    !order.entries.some((e) => e.status === 'waiting' || e.status === 'on_stage');
  return (
    <section className="card pj-upnext" aria-labelledby="pj-upnext-title">
      <div className="card-head">
        <h2 id="pj-upnext-title">{t('control.upNext')}</h2>
        {schedule && <DriftBadge driftMs={schedule.driftMs} />}
      </div>
      {over ? (
        // After the last team the chair's next moves are the logo and the ceremony.
        <div className="pj-session-over" data-testid="session-over">
          <p>{t('control.sessionOver')}</p>
          <div className="pj-buttons">
            <button
              type="button"
              className="secondary"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void call('display.set', { mode: 'logo' }).catch(() => undefined)}
            >
              {t('control.showLogo')}
            </button>
            <a className="button secondary" href="#/results">
              {t('control.toCeremony')}
            </a>
          </div>
        </div>
      ) : waiting.length === 0 ? (
        <p className="muted">{t('control.nobodyNext')}</p>
      ) : (
        <ol className="pj-upnext-list">
          {waiting.map((entry) => {
            const slot = slots.get(entry.teamId)?.estimated;
            return (
              <li key={entry.teamId}>
                <span className="pj-upnext-name">{entry.name}</span>
                {slot && <span className="muted small">{formatTime(slot.startMs, locale)}</span>}
                <button
                  type="button"
                  className="ghost small"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onCall(entry.teamId)}
                >
                  {t('order.call')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
