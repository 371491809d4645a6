import { useCallback } from 'react';
import { call } from '../api';
import { useFeedSnapshot, useTimerFeed } from '../display/useTimerFeed';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';
import { useNotice } from '../ui/notice';
import { SortableList } from '../ui/SortableList';
import { DrawPanel } from './DrawPanel';
import { OrderRow } from './OrderRow';
import { SchedulePanel } from './SchedulePanel';
import { scheduleOf, useNow } from './schedule-view';
import './order.css';

/**
 * `#/order`: the running order. Drag and drop or ↑/↓, the transparent draw,
 * statuses, late teams to the end, per-team durations, and the schedule with
 * estimated slots that follow the live timer.
 */
export function OrderPage() {
  const { t } = useI18n();
  const notice = useNotice();
  const order = useLive('order.get', {});
  const setup = useLive('setup.get', {});
  const feed = useTimerFeed();
  const snapshot = useFeedSnapshot(feed);
  const now = useNow(10_000);
  const onError = useCallback(
    (error: unknown) => notice.show(fieldErrorsOf(error).message, 'error'),
    [notice.show],
  );

  if (order.error) return <p className="form-error">{order.error}</p>;
  if (!order.data) return <p className="muted">{t('app.loading')}</p>;
  const view = order.data;
  const schedule = scheduleOf(view, snapshot?.state ?? null, now);
  const slots = new Map(schedule?.teams.map((s) => [s.teamId, s]) ?? []);
  const items = view.entries.map((entry) => ({ ...entry, id: entry.teamId }));

  return (
    <div className="pj-order">
      {notice.element}
      <section
        className={`pj-order-main card${schedule?.teams.some((slot) => slot.estimated) ? ' has-slots' : ''}`}
        aria-labelledby="pj-order-title"
      >
        <div className="card-head">
          <h1 id="pj-order-title">{t('nav.order')}</h1>
        </div>
        {items.length === 0 ? (
          <p className="muted">{t('order.empty')}</p>
        ) : (
          <SortableList
            items={items}
            label={(item) => item.name}
            onReorder={(teamIds) => void call('order.reorder', { teamIds }).catch(onError)}
            render={(item, index) => (
              <OrderRow
                entry={item}
                place={index + 1}
                showId={view.draw !== null}
                slot={slots.get(item.teamId) ?? null}
                defaults={view.defaults}
                started={snapshot?.state.teamId === item.teamId && snapshot.state.teamStartedAt !== null}
                onError={onError}
              />
            )}
          />
        )}
      </section>
      <aside className="pj-order-side">
        <SchedulePanel
          order={view}
          schedule={schedule}
          eventDate={setup.data?.event.startDate ?? new Date().toISOString().slice(0, 10)}
          onError={onError}
        />
        <DrawPanel order={view} onError={onError} />
      </aside>
    </div>
  );
}
