import { useState } from 'react';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';

/** Optional juror PINs, set by the chair (only a salted hash is kept in the event file). */
export function PinsPanel() {
  const { t } = useI18n();
  const jurors = useLive('scoring.jurors', {});
  const [pins, setPins] = useState<Record<number, string>>({});
  const { run, message } = useSubmit();
  if (!jurors.data) return null;
  const setPin = (jurorId: number, pin: string | null) =>
    run(async () => {
      await call('scoring.setPin', { jurorId, pin });
      setPins(({ [jurorId]: _done, ...rest }) => rest);
    });
  return (
    <section className="card" aria-labelledby="pins-title">
      <h2 id="pins-title">{t('scoring.pins.title')}</h2>
      <p className="muted small">{t('scoring.pins.hint')}</p>
      <FormError message={message} />
      <ul className="pin-list">
        {jurors.data.map((j) => (
          <li key={j.id}>
            <strong>{j.name}</strong>
            <span className={`badge${j.hasPin ? ' ok' : ''}`}>
              {j.hasPin ? t('scoring.pins.set') : t('scoring.pins.none')}
            </span>
            <input
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              aria-label={t('scoring.pins.new', { name: j.name })}
              value={pins[j.id] ?? ''}
              onChange={(e) => setPins({ ...pins, [j.id]: e.target.value })}
            />
            <button type="button" className="small" onClick={() => void setPin(j.id, pins[j.id] ?? '')}>
              {t('scoring.pins.save')}
            </button>
            {j.hasPin && (
              <button type="button" className="ghost small danger" onClick={() => void setPin(j.id, null)}>
                {t('scoring.pins.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
