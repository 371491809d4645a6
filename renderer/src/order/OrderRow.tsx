import { useState } from 'react';
import type { OrderViewEntry, SettableStatus } from '../../../common/contract/session';
import { formatDuration, parseDuration } from '../../../common/i18n';
import type { ScheduledTeam } from '../../../common/order';
import { call } from '../api';
import { useChair } from '../control/ChairProvider';
import { useI18n } from '../i18n';
import { formatTime } from './schedule-view';

const SETTABLE: SettableStatus[] = ['waiting', 'done', 'absent', 'withdrawn'];

/** One team of the running order: place, number, slot, status and the chair's actions. */
export function OrderRow({
  entry,
  place,
  showId,
  slot,
  defaults,
  started,
  onError,
}: {
  entry: OrderViewEntry;
  place: number;
  showId: boolean;
  /** The team's clock has run: on stage, it can only be ended with "next team". */
  started: boolean;
  slot: ScheduledTeam | null;
  defaults: { pitchMs: number; qaMs: number };
  onError: (error: unknown) => void;
}) {
  const { t, locale } = useI18n();
  const chair = useChair();
  const [editing, setEditing] = useState(false);
  const onStage = entry.status === 'on_stage';
  const custom = entry.pitchOverrideMs !== null || entry.qaOverrideMs !== null;
  const movable = entry.status === 'waiting' || entry.status === 'absent' || (onStage && !started);
  const callable = entry.status === 'waiting' || entry.status === 'absent' || entry.status === 'done';
  const late = slot?.lateByMs ? Math.round(slot.lateByMs / 60_000) : 0;

  return (
    <div
      className={`pj-order-row status-${entry.status}`}
      data-testid="order-row"
      data-team-id={entry.teamId}
    >
      <span className="pj-place">{place}</span>
      <div className="pj-order-team">
        <p>
          <strong>{entry.name}</strong>{' '}
          {showId && (
            <span className="badge" data-testid="team-id">
              {t('order.teamId', { id: entry.teamId })}
            </span>
          )}
          {custom && <span className="badge warn">{t('order.custom')}</span>}
        </p>
        {entry.projectTitle && <p className="muted small">{entry.projectTitle}</p>}
      </div>
      <div className="pj-slot small">
        {slot?.estimated && (
          <span>
            {t('order.schedule.slot', {
              start: formatTime(slot.estimated.startMs, locale),
              end: formatTime(slot.estimated.endMs, locale),
            })}
          </span>
        )}
        {slot?.planned && late !== 0 && !slot.recorded && (
          <span className="muted">
            {' '}
            {t('order.schedule.planned', { time: formatTime(slot.planned.startMs, locale) })}
          </span>
        )}
      </div>
      <select
        aria-label={t('order.statusLabel', { name: entry.name })}
        value={entry.status}
        disabled={onStage}
        onChange={(e) =>
          void call('order.setStatus', {
            teamId: entry.teamId,
            status: e.target.value as SettableStatus,
          }).catch(onError)
        }
      >
        {onStage && <option value="on_stage">{t('order.status.on_stage')}</option>}
        {SETTABLE.map((status) => (
          <option key={status} value={status}>
            {t(`order.status.${status}`)}
          </option>
        ))}
      </select>
      <div className="pj-row-actions">
        {movable && (
          <button
            type="button"
            className="ghost small"
            onClick={() => void call('order.moveToEnd', { teamId: entry.teamId }).catch(onError)}
          >
            {t('order.moveToEnd')}
          </button>
        )}
        {callable && (
          <button
            type="button"
            className="ghost small"
            onClick={() => chair.run({ type: 'callTeam', teamId: entry.teamId })}
          >
            {t('order.call')}
          </button>
        )}
        <button
          type="button"
          className="ghost small"
          aria-expanded={editing}
          aria-label={t('order.durationsOf', { name: entry.name })}
          onClick={() => setEditing(!editing)}
        >
          {t('order.durations')}
        </button>
      </div>
      {editing && (
        <Overrides entry={entry} defaults={defaults} onDone={() => setEditing(false)} onError={onError} />
      )}
    </div>
  );
}

function Overrides({
  entry,
  defaults,
  onDone,
  onError,
}: {
  entry: OrderViewEntry;
  defaults: { pitchMs: number; qaMs: number };
  onDone: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const text = (ms: number | null) => (ms === null ? '' : formatDuration(ms));
  const [pitch, setPitch] = useState(text(entry.pitchOverrideMs));
  const [qa, setQa] = useState(text(entry.qaOverrideMs));
  const [invalid, setInvalid] = useState(false);
  const save = () => {
    const pitchMs = pitch.trim() === '' ? null : parseDuration(pitch);
    const qaMs = qa.trim() === '' ? null : parseDuration(qa);
    if ((pitch.trim() !== '' && !pitchMs) || (qa.trim() !== '' && qaMs === null)) {
      setInvalid(true);
      return;
    }
    call('order.setOverrides', { teamId: entry.teamId, pitchMs, qaMs }).then(onDone, onError);
  };
  return (
    <form
      className="pj-overrides"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="field">
        <span className="field-label">{t('order.pitchOverride')}</span>
        <input name="pitch-override" value={pitch} onChange={(e) => setPitch(e.target.value)} />
        <span className="field-hint">
          {t('order.defaultHint', { duration: formatDuration(defaults.pitchMs) })}
        </span>
      </label>
      <label className="field">
        <span className="field-label">{t('order.qaOverride')}</span>
        <input name="qa-override" value={qa} onChange={(e) => setQa(e.target.value)} />
        <span className="field-hint">
          {t('order.defaultHint', { duration: formatDuration(defaults.qaMs) })}
        </span>
      </label>
      {invalid && (
        <p className="form-error" role="alert">
          {t('validation.duration')}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
