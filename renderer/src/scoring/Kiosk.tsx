import { useState } from 'react';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { JurorForm } from './JurorForm';

/**
 * Juror mode (main/core/api/kiosk.ts): the whole window is this juror's form.
 * No navigation, no other page; the chair takes the laptop back with the
 * hand-over code. Main refuses every other call meanwhile.
 */
export function KioskPage({ juror, token }: { juror: { id: number; name: string }; token: string }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [code, setCode] = useState('');
  const { run, fields, message, busy } = useSubmit();
  return (
    <div className="app kiosk" data-testid="kiosk">
      <header className="topbar">
        <div className="brand">
          <span className="logo-dot" aria-hidden="true" />
          <strong>{t('kiosk.banner', { name: juror.name })}</strong>
        </div>
        <div className="topbar-actions">
          {asking ? (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void run(() => call('kiosk.exit', { code })).then((done) => {
                  if (done) setCode('');
                });
              }}
            >
              <Field label={t('kiosk.code')} error={fields.code}>
                <input
                  type="password"
                  inputMode="numeric"
                  autoComplete="off"
                  // biome-ignore lint/a11y/noAutofocus: the chair asked for this field
                  autoFocus
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </Field>
              <button type="submit" disabled={busy}>
                {t('kiosk.exit')}
              </button>
              <button type="button" className="ghost" onClick={() => setAsking(false)}>
                {t('kiosk.cancel')}
              </button>
            </form>
          ) : (
            <button type="button" className="ghost small" onClick={() => setAsking(true)}>
              {t('kiosk.takeBack')}
            </button>
          )}
        </div>
      </header>
      <main className="page">
        {asking && <FormError message={fields.code ? null : message} />}
        <JurorForm token={token} onSignOut={() => undefined} kiosk />
      </main>
    </div>
  );
}

/** On the juror-form tab: the chair hands the laptop to one juror, with a code to take it back. */
export function KioskHandOver() {
  const { t } = useI18n();
  const setup = useLive('setup.get', {});
  const [jurorId, setJurorId] = useState(0);
  const [code, setCode] = useState('');
  const { run, fields, message, busy } = useSubmit();
  const jurors = setup.data?.jurors ?? [];
  if (jurors.length === 0) return null;
  const chosen = jurorId || jurors[0]?.id || 0;
  return (
    <section className="card kiosk-handover" aria-labelledby="kiosk-title">
      <h2 id="kiosk-title">{t('kiosk.title')}</h2>
      <p className="muted small">{t('kiosk.hint')}</p>
      <FormError message={fields.code ? null : message} />
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => call('kiosk.enter', { jurorId: chosen, code }));
        }}
      >
        <Field label={t('kiosk.juror')}>
          <select value={chosen} onChange={(e) => setJurorId(Number(e.target.value))}>
            {jurors.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('kiosk.code')} error={fields.code}>
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('kiosk.enter')}
          </button>
        </div>
      </form>
    </section>
  );
}
