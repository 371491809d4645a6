import type { ObserverView } from '../../../common/contract/observer';
import { useLive } from '../hooks';
import { I18nProvider, useI18n } from '../i18n';
import type { NetBridge } from '../net/ws-bridge';
import { FormError } from '../ui/fields';
import { ConnectionBanner } from './ConnectionBanner';
import { pickLocale } from './page-locale';
import { useDeviceToken } from './useDeviceToken';
import { useNetState } from './useNetState';
import './lan.css';
import './observer.css';

/**
 * An independent observer's browser (a phone or a laptop on the venue
 * network): progress, the score log's verification, the locked results'
 * fingerprint, and the score log once the results are locked. Read-only:
 * the login reaches one read (common/contract/lan-roles/observer.ts).
 */
export function ObserverNetPage({ bridge, route }: { bridge: NetBridge; route: readonly string[] }) {
  const state = useNetState(bridge);
  const { token } = useDeviceToken('observer', route, bridge);
  const locale = pickLocale(null, navigator.languages ?? [navigator.language], state.hello?.locale ?? null);
  return (
    <I18nProvider locale={locale}>
      <main className="net-page net-observer" data-testid="observer-page">
        <ObserverContent state={state} token={token} />
        <ConnectionBanner state={state} onDismiss={() => bridge.dismissRefusedReplay()} />
      </main>
    </I18nProvider>
  );
}

function ObserverContent({ state, token }: { state: ReturnType<typeof useNetState>; token: string | null }) {
  const { t } = useI18n();
  if (!token) return <p className="warning">{t('observer.noToken')}</p>;
  if (state.phase === 'unauthorized') return <p className="warning">{t('lan.net.unauthorized')}</p>;
  if (state.phase === 'revoked') return <p className="warning">{t('lan.net.revoked')}</p>;
  if (!state.hello) return <p className="muted net-wait">{t('lan.net.connecting')}</p>;
  if (state.hello.role !== 'observer') return <p className="warning">{t('lan.net.wrongRole')}</p>;
  return <ObserverReport />;
}

function ObserverReport() {
  const { t } = useI18n();
  const { data, error } = useLive('observer.view', {});
  if (error) return <FormError message={error} />;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <header className="observer-head">
        <h1>{data.eventName}</h1>
        <p className="muted">
          {t('observer.title')} · {t('observer.readOnly')}
        </p>
      </header>
      <Progress view={data} />
      <Verification view={data} />
      <Results view={data} />
      {data.log && <ScoreLog log={data.log} />}
    </>
  );
}

function Progress({ view }: { view: ObserverView }) {
  const { t } = useI18n();
  const { progress } = view;
  return (
    <section className="card" aria-labelledby="observer-progress">
      <h2 id="observer-progress">{t('observer.progress')}</h2>
      <p data-testid="observer-total">
        {t('observer.progressTotal', {
          submitted: progress.submittedTotal,
          expected: progress.expectedTotal,
        })}
      </p>
      <div className="observer-tables">
        <ProgressTable
          caption={t('observer.byTeam')}
          column={t('observer.team')}
          rows={progress.teams.map((team) => ({ key: team.teamId, ...team }))}
        />
        <ProgressTable
          caption={t('observer.byJuror')}
          column={t('observer.juror')}
          rows={progress.jurors.map((juror) => ({ key: juror.jurorId, ...juror }))}
        />
      </div>
    </section>
  );
}

/** Sheets received against expected, one row per team or per juror: the same table twice. */
function ProgressTable({
  caption,
  column,
  rows,
}: {
  caption: string;
  column: string;
  rows: { key: number; name: string; submitted: number; expected: number }[];
}) {
  const { t } = useI18n();
  return (
    <table className="lan-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col">{t('observer.received')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td>
              {row.submitted} / {row.expected}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Verification({ view }: { view: ObserverView }) {
  const { t } = useI18n();
  const v = view.verification;
  return (
    <section className="card" aria-labelledby="observer-verification">
      <h2 id="observer-verification">{t('observer.verification')}</h2>
      {v.ok ? (
        <>
          <p data-testid="observer-verified">{t('observer.verified', { count: v.count })}</p>
          <p className="small">{t('observer.lastHash')}</p>
          <code className="observer-hash">{v.lastHash}</code>
        </>
      ) : (
        <p className="warning" role="alert">
          {t('observer.broken', { seq: v.brokenAtSeq, reason: v.reason })}
        </p>
      )}
    </section>
  );
}

function Results({ view }: { view: ObserverView }) {
  const { t, locale } = useI18n();
  const { lock } = view;
  const at = lock.atUtc
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' }).format(new Date(lock.atUtc))
    : '';
  return (
    <section className="card" aria-labelledby="observer-results">
      <h2 id="observer-results">{t('observer.results')}</h2>
      {lock.locked ? (
        <>
          <p>{t('observer.locked', { at, by: lock.by ?? '' })}</p>
          <p className="small">{t('observer.fingerprint')}</p>
          <code className="observer-hash" data-testid="observer-fingerprint">
            {lock.fingerprint}
          </code>
        </>
      ) : (
        <p className="muted" data-testid="observer-not-locked">
          {t('observer.notLocked')}
        </p>
      )}
    </section>
  );
}

function ScoreLog({ log }: { log: NonNullable<ObserverView['log']> }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const detail = (e: (typeof log)[number]) => {
    const who = `${e.jurorName} → ${e.teamName}`;
    if (e.kind === 'score')
      return `${who} · ${e.criterionName ?? ''} ${e.value === null ? '' : number.format(e.value)}`;
    if (e.kind === 'comment') return `${who} · « ${e.comment ?? ''} »`;
    if (e.kind === 'reopen') return `${who} · ${e.reason ?? ''}`;
    return who;
  };
  return (
    <section className="card" aria-labelledby="observer-log">
      <h2 id="observer-log">{t('observer.log')}</h2>
      <div className="observer-log-scroll">
        <table className="lan-table observer-log" data-testid="observer-log">
          <thead>
            <tr>
              <th scope="col">{t('observer.log.seq')}</th>
              <th scope="col">{t('observer.log.at')}</th>
              <th scope="col">{t('observer.log.kind')}</th>
              <th scope="col">{t('observer.log.detail')}</th>
              <th scope="col">{t('observer.log.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td className="small">{e.atUtc}</td>
                <td>{t(`observer.kind.${e.kind}`)}</td>
                <td>{detail(e)}</td>
                <td>
                  <code className="observer-hash small" title={e.hash}>
                    {e.hash.slice(0, 12)}…
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
