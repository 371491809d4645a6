import { useEffect, useState } from 'react';
import { DISPLAY_MODES, MAX_MESSAGE_LENGTH } from '../../../common/contract/display-modes';
import type { DisplayView as DisplayData, ScreenInfo } from '../../../common/contract/session';
import { call } from '../api';
import { DisplayView } from '../display/DisplayView';
import type { FeedSnapshot, TimerFeed } from '../display/timer-feed';
import { useI18n } from '../i18n';

/**
 * The projector from the chair's seat: a live preview (the display component
 * itself, scaled to this box), what it shows, the message to the speaker, and
 * which screen it is on.
 */
export function DisplayPanel({
  data,
  feed,
  snapshot,
  onError,
  onInfo,
}: {
  data: DisplayData | null;
  feed: TimerFeed | null;
  snapshot: FeedSnapshot | null;
  onError: (error: unknown) => void;
  onInfo: (text: string) => void;
}) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const savedMessage = data?.settings.message ?? '';
  useEffect(() => setMessage(savedMessage), [savedMessage]);
  const mode = data?.settings.mode ?? 'timer';

  const setMode = (next: (typeof DISPLAY_MODES)[number]) =>
    call('display.set', { mode: next }).catch(onError);
  const showMessage = () =>
    call('display.set', { mode: 'message', message }).then(() => onInfo(t('control.messageSaved')), onError);

  return (
    <section className="card pj-display-panel" aria-labelledby="pj-preview-title">
      <h2 id="pj-preview-title">{t('control.preview')}</h2>
      <div className="pj-preview-frame">
        <DisplayView data={data} feed={feed} snapshot={snapshot} preview />
        {mode === 'blackout' && <span className="pj-preview-badge">{t('control.mode.blackout')}</span>}
      </div>
      <fieldset className="pj-modes">
        <legend>{t('control.mode')}</legend>
        {DISPLAY_MODES.map((m) => (
          <button
            key={m}
            type="button"
            className={m === mode ? 'pj-mode active' : 'pj-mode secondary'}
            aria-pressed={m === mode}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void setMode(m)}
          >
            {t(`control.mode.${m}`)}
          </button>
        ))}
      </fieldset>
      <form
        className="pj-message-form"
        onSubmit={(e) => {
          e.preventDefault();
          void showMessage();
        }}
      >
        <label className="field">
          <span className="field-label">{t('control.message')}</span>
          <textarea
            name="speaker-message"
            rows={2}
            maxLength={MAX_MESSAGE_LENGTH}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        </label>
        <button type="submit">{t('control.messageShow')}</button>
      </form>
      <ScreenPicker chosen={data?.settings.screenId ?? null} onError={onError} />
    </section>
  );
}

function ScreenPicker({ chosen, onError }: { chosen: number | null; onError: (error: unknown) => void }) {
  const { t } = useI18n();
  const [screens, setScreens] = useState<ScreenInfo[]>([]);
  const [canOpen, setCanOpen] = useState(false);
  useEffect(() => {
    call('display.listScreens', {}).then((answer) => {
      setScreens(answer.screens);
      setCanOpen(answer.canOpen);
    }, onError);
  }, [onError]);
  const displayUrl = `${window.location.href.split('#')[0]}#/display`;
  const open = (screenId: number | null) => call('display.open', { screenId }).catch(onError);

  return (
    <div className="pj-screens">
      <h3>{t('control.screen.title')}</h3>
      {screens.length > 0 && (
        <label className="field">
          <span className="field-label">{t('control.screen.choose')}</span>
          <select
            value={chosen === null ? '' : String(chosen)}
            onChange={(e) => void open(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('control.screen.auto')}</option>
            {screens.map((s) => (
              <option key={s.id} value={s.id}>
                {t(s.primary ? 'control.screen.primary' : 'control.screen.option', {
                  label: s.label,
                  width: String(s.width),
                  height: String(s.height),
                })}
              </option>
            ))}
          </select>
        </label>
      )}
      {canOpen ? (
        <div className="actions">
          <button type="button" onClick={() => void open(chosen)}>
            {t('control.screen.open')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void call('display.close', {}).catch(onError)}
          >
            {t('control.screen.close')}
          </button>
        </div>
      ) : (
        <p className="muted small">{t('control.screen.unavailable', { url: displayUrl })}</p>
      )}
    </div>
  );
}
