import { useState } from 'react';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { FormError, TextField } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';

/** "Who are you?": the juror picks their name, and types their PIN if they have one. */
export function JurorPicker({ onIdentified }: { onIdentified: (token: string) => void }) {
  const { t } = useI18n();
  const { data: jurors } = useLive('scoring.jurors', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const { run, message: error } = useSubmit();

  const identify = (jurorId: number, withPin: string | null) =>
    run(async () => onIdentified((await call('scoring.identify', { jurorId, pin: withPin })).token));

  if (!jurors) return <p className="muted">{t('app.loading')}</p>;
  const chosenJuror = jurors.find((j) => j.id === chosen);
  return (
    <section className="card juror-picker">
      <h1>{t('scoring.pick.title')}</h1>
      <p className="muted">{t('scoring.pick.hint')}</p>
      <FormError message={error} />
      {jurors.length === 0 && <p className="muted">{t('scoring.pick.noJurors')}</p>}
      <div className="juror-buttons">
        {jurors.map((juror) => (
          <button
            key={juror.id}
            type="button"
            className={`juror-button${chosen === juror.id ? ' active' : ''}`}
            onClick={() => {
              setChosen(juror.id);
              setPin('');
              if (!juror.hasPin) void identify(juror.id, null);
            }}
          >
            <strong>{juror.name}</strong>
            {juror.title && <span className="muted small">{juror.title}</span>}
          </button>
        ))}
      </div>
      {chosenJuror?.hasPin && (
        <form
          className="inline-form pin-form"
          onSubmit={(e) => {
            e.preventDefault();
            void identify(chosenJuror.id, pin);
          }}
        >
          <TextField
            label={t('scoring.pick.pin', { name: chosenJuror.name })}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={setPin}
          />
          <button type="submit">{t('scoring.pick.open')}</button>
        </form>
      )}
    </section>
  );
}
