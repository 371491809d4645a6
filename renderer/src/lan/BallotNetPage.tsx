import { useEffect, useId, useRef, useState } from 'react';
import type { BallotPage } from '../../../common/contract/audience';
import { LAN_BALLOT_LOGIN_PATH } from '../../../common/contract/lan-protocol';
import type { Locale } from '../../../common/domain';
import { CallFailure, call } from '../api';
import { useLive } from '../hooks';
import { I18nProvider, useI18n } from '../i18n';
import { safeLocalStorage } from '../net/browser';
import type { NetBridge } from '../net/ws-bridge';
import { FormError, TextField } from '../ui/fields';
import { LanguageSwitch } from './LanguageSwitch';
import { postLogin } from './login-request';
import { LOCALE_KEY, pickLocale } from './page-locale';
import { useDeviceToken } from './useDeviceToken';
import { useNetState } from './useNetState';
import './lan.css';
import './vote.css';

/**
 * The audience's voting page (prix du public), on any phone: opened from a
 * ballot card's QR code (`#/ballot/<token>`) or by typing the card's short
 * code (`#/ballot`). One radio group of the teams and one button; the
 * laptop says which vote counts. Phone-sized (works from 320 px wide), every
 * control at least 48 px tall, labelled, with its state announced.
 */
export function BallotNetPage({ bridge, route }: { bridge: NetBridge; route: readonly string[] }) {
  const state = useNetState(bridge);
  const { token, use } = useDeviceToken('ballot', route, bridge);
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
  let content: React.ReactElement;
  if (!token) content = <CodeLogin onToken={use} />;
  else if (state.phase === 'unauthorized' || state.phase === 'revoked')
    content = <CodeLogin onToken={use} wrongLink />;
  else if (!state.hello) content = <Status text="vote.connecting" />;
  else if (state.hello.role !== 'ballot') content = <WrongRole />;
  else content = <Vote />;
  return (
    <I18nProvider locale={locale}>
      <main className="net-page net-vote">
        <LanguageSwitch locale={locale} onChange={choose} />
        {content}
        {token && state.hello && state.phase === 'offline' && <Status text="vote.offline" />}
      </main>
    </I18nProvider>
  );
}

/** A juror's or a viewer's login on this phone: not a ballot. */
function WrongRole() {
  const { t } = useI18n();
  return (
    <p className="warning" role="alert">
      {t('lan.net.wrongRole')}
    </p>
  );
}

function Status({ text }: { text: 'vote.connecting' | 'vote.offline' }) {
  const { t } = useI18n();
  return (
    <p className="muted net-wait" role="status">
      {t(text)}
    </p>
  );
}

/** The card's short code, for a phone that cannot scan (throttled on the laptop). */
function CodeLogin({
  onToken,
  wrongLink = false,
}: {
  onToken: (token: string) => void;
  wrongLink?: boolean;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(wrongLink ? t('vote.linkInvalid') : null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    const outcome = await postLogin(LAN_BALLOT_LOGIN_PATH, { code: code.trim() });
    setBusy(false);
    if (outcome.kind === 'token') onToken(outcome.token);
    else if (outcome.kind === 'throttled') setError(t('vote.codeThrottled', { seconds: outcome.seconds }));
    else if (outcome.kind === 'refused') setError(t('vote.codeWrong'));
    else setError(t('lan.offline'));
  };
  return (
    <section className="card net-login" aria-labelledby="vote-code-title">
      <h1 id="vote-code-title">{t('vote.codeTitle')}</h1>
      <FormError message={error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField
          label={t('vote.code')}
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          value={code}
          onChange={setCode}
        />
        <button type="submit" disabled={busy || !code.trim()}>
          {t('vote.codeSubmit')}
        </button>
      </form>
    </section>
  );
}

function Vote() {
  const { t } = useI18n();
  const { data, error } = useLive('vote.get', {});
  const [page, setPage] = useState<BallotPage | null>(null);
  const [choice, setChoice] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const groupId = useId();
  useEffect(() => {
    if (!data) return;
    setPage(data);
    setChoice((current) => current ?? data.teamId);
  }, [data]);
  if (!page) return error ? <FormError message={error} /> : <Status text="vote.connecting" />;

  const voted = page.teams.find((team) => team.id === page.teamId) ?? null;
  const cast = async () => {
    if (choice === null) return;
    setBusy(true);
    setFailure(null);
    setMessage(null);
    try {
      const next = await call('vote.cast', { teamId: choice });
      setPage(next);
      setMessage(t('vote.saved'));
      // The confirmation takes the focus: a screen reader says it at once.
      requestAnimationFrame(() => statusRef.current?.focus());
    } catch (failed) {
      setFailure(failed instanceof CallFailure ? failed.message : String(failed));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card vote-card" aria-labelledby={`${groupId}-title`}>
      <p className="muted vote-event">{page.eventName}</p>
      <h1 id={`${groupId}-title`}>{t('vote.title')}</h1>
      <p className="muted">{t('vote.ballot', { number: page.number })}</p>
      {page.voided ? (
        <p className="warning" role="alert" data-testid="vote-voided">
          {t('vote.voided')}
        </p>
      ) : page.state === 'closed' ? (
        <p className="vote-state" role="status" data-testid="vote-state">
          {t(page.teamId === null ? 'vote.notOpen' : 'vote.paused')}
        </p>
      ) : page.state === 'final' ? (
        <p className="vote-state" role="status" data-testid="vote-state">
          {t('vote.closed')}
        </p>
      ) : null}
      {voted && (
        <p className="vote-current" data-testid="vote-current" tabIndex={-1} ref={statusRef} role="status">
          {message ? `${message} ` : ''}
          {t('vote.yourVote', { team: voted.name })}
        </p>
      )}
      {page.state === 'open' && !page.voided && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void cast();
          }}
        >
          <fieldset className="vote-teams">
            <legend>{t('vote.choose')}</legend>
            {page.teams.map((team) => (
              <label key={team.id} className={choice === team.id ? 'vote-team chosen' : 'vote-team'}>
                <input
                  type="radio"
                  name={`${groupId}-team`}
                  value={team.id}
                  checked={choice === team.id}
                  onChange={() => setChoice(team.id)}
                />
                <span>
                  <span className="vote-team-name">{team.name}</span>
                  {team.projectTitle && <span className="vote-team-project">{team.projectTitle}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <FormError message={failure} />
          <button type="submit" disabled={busy || choice === null || choice === page.teamId}>
            {t('vote.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
