import { useState } from 'react';
import type { LockView } from '../../../common/contract/results';
import type { ChainVerificationView } from '../../../common/contract/scoring';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';

function dateTime(iso: string, locale: 'fr' | 'en'): string {
  return new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

/**
 * Locking freezes the results (no score, recusal, setting or award can change)
 * and shows their SHA-256, the fingerprint printed on the documents.
 * Unlocking needs a reason and stays in the history. Also checks the score log.
 */
export function LockPanel({ lock }: { lock: LockView }) {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [verification, setVerification] = useState<ChainVerificationView | null>(null);
  const { run, fields, message, busy } = useSubmit();
  const lockOrUnlock = async (action: () => Promise<unknown>) => {
    if (await run(action)) setReason('');
  };
  const verify = () => run(async () => setVerification(await call('scores.verify', {})));

  return (
    <section className="card lock-panel" aria-labelledby="lock-title">
      <div className="card-head">
        <h2 id="lock-title">{t('results.lock.title')}</h2>
        <span className={`badge${lock.locked ? ' ok' : ''}`} data-testid="lock-state">
          {lock.locked ? t('results.lock.locked') : t('results.lock.unlocked')}
        </span>
      </div>
      <FormError message={message} />
      {lock.current ? (
        <>
          <p>
            {t('results.lock.lockedBy', {
              name: lock.current.lockedBy,
              date: dateTime(lock.current.atUtc, locale),
            })}
          </p>
          <p className="field-label">{t('results.lock.hash')}</p>
          <code className="hash" data-testid="results-hash">
            {lock.current.hash}
          </code>
          <p className="muted small">{t('results.lock.scoreLog', { count: lock.current.scoreCount })}</p>
          {!lock.current.matchesCurrent && <p className="warning">{t('results.lock.setupChanged')}</p>}
          <form
            className="form-grid"
            onSubmit={(e) => {
              e.preventDefault();
              void lockOrUnlock(() => call('results.unlock', { reason, actor: name }));
            }}
          >
            <Field label={t('results.lock.unlockReason')} error={fields.reason}>
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
            <Field label={t('results.lock.who')} error={fields.actor}>
              <input value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
            <div className="actions">
              <button type="submit" className="secondary">
                {t('results.lock.unlock')}
              </button>
            </div>
          </form>
        </>
      ) : (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void lockOrUnlock(() => call('results.lock', { lockedBy: name }));
          }}
        >
          <p className="muted small wide">{t('results.lock.explain')}</p>
          <Field label={t('results.lock.who')} error={fields.lockedBy}>
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t('results.lock.lock')}
            </button>
          </div>
        </form>
      )}
      <div className="inline-row">
        <button type="button" className="ghost" onClick={() => void verify()}>
          {t('results.lock.verify')}
        </button>
        {verification && (
          <span
            role="status"
            className={verification.ok ? 'badge ok' : 'warning'}
            data-testid="verify-result"
          >
            {verification.ok
              ? t('results.lock.chainOk', { count: verification.count })
              : t(verification.reason, { seq: verification.brokenAtSeq })}
          </span>
        )}
      </div>
      {lock.history.length > 0 && (
        <details>
          <summary>{t('results.lock.history')}</summary>
          <ul className="lock-history">
            {lock.history.map((entry) => (
              <li key={entry.id}>
                {entry.action === 'lock'
                  ? t('results.lock.historyLock', { name: entry.actor, date: dateTime(entry.atUtc, locale) })
                  : t('results.lock.historyUnlock', {
                      name: entry.actor,
                      date: dateTime(entry.atUtc, locale),
                      reason: entry.reason ?? '',
                    })}
                {entry.hash && <code className="hash small"> {entry.hash.slice(0, 16)}…</code>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
