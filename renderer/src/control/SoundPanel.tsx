import { useI18n } from '../i18n';
import type { ChimeSettings } from './useChimes';

export function SoundPanel({
  settings,
  update,
  test,
}: {
  settings: ChimeSettings;
  update: (change: Partial<ChimeSettings>) => void;
  test: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="card pj-sound" aria-labelledby="pj-sound-title">
      <h2 id="pj-sound-title">{t('control.sound.title')}</h2>
      <div className="pj-sound-row">
        <label className="pj-inline">
          <span>{t('control.sound.volume')}</span>
          <input
            type="range"
            min={0}
            max={100}
            value={Math.round(settings.volume * 100)}
            onChange={(e) => update({ volume: Number(e.target.value) / 100 })}
            disabled={settings.muted}
          />
        </label>
        <label className="pj-inline pj-check">
          <input
            type="checkbox"
            checked={settings.muted}
            onChange={(e) => update({ muted: e.target.checked })}
          />
          <span>{t('control.sound.mute')}</span>
        </label>
        <button type="button" className="secondary" onMouseDown={(e) => e.preventDefault()} onClick={test}>
          {t('control.sound.test')}
        </button>
      </div>
      <p className="muted small">{t('control.sound.hint')}</p>
    </section>
  );
}
