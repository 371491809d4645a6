import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../../common/domain';
import { call } from '../api';
import { I18nProvider, useI18n } from '../i18n';
import { safeLocalStorage } from '../net/browser';
import type { NetBridge } from '../net/ws-bridge';
import { JurorForm } from '../scoring/JurorForm';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { ConnectionBanner } from './ConnectionBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { PinLogin } from './PinLogin';
import { LOCALE_KEY, pickLocale } from './page-locale';
import { useDeviceToken } from './useDeviceToken';
import { useNetState } from './useNetState';
import '../scoring/scoring.css';
import './lan.css';

/**
 * A juror's own phone or tablet: the laptop's juror form (scoring/JurorForm),
 * for this juror only (the login says who; the laptop forces it), in a
 * phone-sized layout, with the state of the connection always in view.
 */
export function JurorNetPage({ bridge, route }: { bridge: NetBridge; route: readonly string[] }) {
  const state = useNetState(bridge);
  const { token, use, forget } = useDeviceToken('juror', route, bridge);
  const [chosen, setChosen] = useState(() => safeLocalStorage()?.getItem(LOCALE_KEY) ?? null);
  const locale = pickLocale(chosen, navigator.languages ?? [navigator.language], state.hello?.locale ?? null);
  useEffect(() => {
    bridge.setLocale(locale);
    document.documentElement.lang = locale;
  }, [bridge, locale]);
  const choose = (next: Locale) => {
    try {
      safeLocalStorage()?.setItem(LOCALE_KEY, next);
    } catch {
      // Storage refused: the choice lasts as long as the page.
    }
    setChosen(next);
  };
  return (
    <I18nProvider locale={locale}>
      <div className="net-page net-juror">
        <LanguageSwitch locale={locale} onChange={choose} />
        <JurorNetContent state={state} token={token} onToken={use} onForget={forget} />
        <ConnectionBanner state={state} onDismiss={() => bridge.dismissRefusedReplay()} />
      </div>
    </I18nProvider>
  );
}

function JurorNetContent({
  state,
  token,
  onToken,
  onForget,
}: {
  state: ReturnType<typeof useNetState>;
  token: string | null;
  onToken: (token: string) => void;
  onForget: () => void;
}) {
  const { t } = useI18n();
  if (!token) return <PinLogin onToken={onToken} />;
  if (state.phase === 'unauthorized')
    return <PinLogin onToken={onToken} notice={t('lan.net.unauthorized')} />;
  if (state.phase === 'revoked') return <PinLogin onToken={onToken} notice={t('lan.net.revoked')} />;
  if (!state.hello) return <p className="muted net-wait">{t('lan.net.connecting')}</p>;
  if (state.hello.role !== 'juror' || state.hello.jurorId === null) {
    return <p className="warning">{t('lan.net.wrongRole')}</p>;
  }
  return <JurorSheets jurorId={state.hello.jurorId} onForget={onForget} />;
}

function JurorSheets({ jurorId, onForget }: { jurorId: number; onForget: () => void }) {
  const { t } = useI18n();
  const [formToken, setFormToken] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const { run, message: error } = useSubmit();

  const open = useCallback(() => {
    void run(async () => {
      const { token } = await call('scoring.identify', { jurorId, pin: null });
      setFormToken(token);
      setSignedOut(false);
    });
  }, [jurorId, run]);
  useEffect(open, [open]);
  const signOut = useCallback(() => {
    setFormToken(null);
    setSignedOut(true);
  }, []);
  const forget = () => {
    if (window.confirm(t('lan.net.forgetConfirm'))) onForget();
  };

  if (signedOut) {
    return (
      <section className="card net-signed-out">
        <p>{t('lan.net.signedOut')}</p>
        <div className="actions">
          <button type="button" onClick={open}>
            {t('lan.net.reopen')}
          </button>
          <button type="button" className="ghost" onClick={forget}>
            {t('lan.net.forget')}
          </button>
        </div>
      </section>
    );
  }
  if (!formToken) return error ? <FormError message={error} /> : <p className="muted">{t('app.loading')}</p>;
  // The laptop restarted and forgot the form's session: open a new one, the login still says who this is.
  return <JurorForm token={formToken} onSignOut={signOut} onSessionExpired={open} />;
}
