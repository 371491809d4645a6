import { useState } from 'react';
import { LAN_PIN_LOGIN_PATH } from '../../../common/contract/lan-protocol';
import { useI18n } from '../i18n';
import { FormError, TextField } from '../ui/fields';
import { postLogin } from './login-request';

/** The card's fallback: its code and 6-digit PIN, for a phone that cannot scan the QR code. */
export function PinLogin({ onToken, notice }: { onToken: (token: string) => void; notice?: string | null }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    const outcome = await postLogin(LAN_PIN_LOGIN_PATH, { code: code.trim(), pin: pin.replace(/\s/g, '') });
    setBusy(false);
    if (outcome.kind === 'token') onToken(outcome.token);
    else if (outcome.kind === 'throttled') setError(t('lan.pin.throttled', { seconds: outcome.seconds }));
    else if (outcome.kind === 'refused' && (outcome.status === 401 || outcome.status === 400))
      setError(t('lan.pin.wrong'));
    else setError(t('lan.pin.failed'));
  };

  return (
    <section className="card net-login" aria-labelledby="pin-title">
      <h1 id="pin-title">{t('lan.pin.title')}</h1>
      {notice && <p className="warning">{notice}</p>}
      <p className="muted">{t('lan.pin.hint')}</p>
      <FormError message={error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('lan.pin.code')}
          inputMode="text"
          autoComplete="off"
          value={code}
          onChange={setCode}
        />
        <TextField
          label={t('lan.pin.pin')}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          onChange={setPin}
        />
        <button type="submit" disabled={busy || !code.trim() || !pin.trim()}>
          {t('lan.pin.submit')}
        </button>
      </form>
    </section>
  );
}
