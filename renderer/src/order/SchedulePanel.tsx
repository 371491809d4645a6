import { useEffect, useState } from 'react';
import type { OrderView } from '../../../common/contract/session';
import type { Schedule } from '../../../common/order';
import { call } from '../api';
import { useI18n } from '../i18n';
import { DriftBadge } from './DriftBadge';
import { formatTime, fromTimeInput, toTimeInput } from './schedule-view';

/** Session start (on the event's first day) and the planned and estimated end. */
export function SchedulePanel({
  order,
  schedule,
  eventDate,
  onError,
}: {
  order: OrderView;
  schedule: Schedule | null;
  eventDate: string;
  onError: (error: unknown) => void;
}) {
  const { t, locale } = useI18n();
  const saved = order.startMs === null ? '' : toTimeInput(order.startMs);
  const [time, setTime] = useState(saved);
  useEffect(() => setTime(saved), [saved]);
  const invalid = time.trim() !== '' && fromTimeInput(eventDate, time) === null;
  const save = (value: string) => {
    const startMs = value === '' ? null : fromTimeInput(eventDate, value);
    if (value !== '' && startMs === null) return;
    call('session.setStart', { startMs }).catch(onError);
  };
  return (
    <section className="card pj-schedule" aria-labelledby="pj-schedule-title">
      <div className="card-head">
        <h2 id="pj-schedule-title">{t('order.schedule.title')}</h2>
        {schedule && <DriftBadge driftMs={schedule.driftMs} />}
      </div>
      <label className="field">
        <span className="field-label">{t('order.schedule.start')}</span>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="14:30"
          name="session-start"
          value={time}
          aria-invalid={invalid}
          onChange={(e) => setTime(e.target.value)}
          onBlur={(e) => {
            if (e.target.value !== saved) save(e.target.value);
          }}
        />
        <span className="field-hint small muted">{t('order.schedule.startHint')}</span>
      </label>
      {invalid && <p className="warning">{t('order.schedule.startInvalid')}</p>}
      {schedule ? (
        <>
          <p>{t('order.schedule.plannedEnd', { time: formatTime(schedule.plannedEndMs, locale) })}</p>
          {schedule.estimatedEndMs !== null && (
            <p>{t('order.schedule.estimatedEnd', { time: formatTime(schedule.estimatedEndMs, locale) })}</p>
          )}
        </>
      ) : (
        <p className="muted small">{t('order.schedule.startUnset')}</p>
      )}
    </section>
  );
}
