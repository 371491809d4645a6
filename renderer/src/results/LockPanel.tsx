import { useState } from 'react';
import type { LockCheckView, LockView, MissingSheetView } from '../../../common/contract/results';
import type { ChainVerificationView } from '../../../common/contract/scoring';
import type { EventSetup } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { type Names, namesOf } from '../scoring/labels';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { useTrackId } from './track-context';

function dateTime(iso: string, locale: 'fr' | 'en'): string {
  return new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

/** Missing sheets grouped by team, in the order main listed them: "Team: juror, juror". */
function missingLines(
  missing: readonly MissingSheetView[],
  names: Names,
): { team: string; jurors: string }[] {
  const byTeam = new Map<number, number[]>();
  for (const m of missing) byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m.jurorId]);
  return [...byTeam].map(([teamId, jurors]) => ({
    team: names.team(teamId),
    jurors: names.list(jurors, names.juror),
  }));
}

/**
 * Locking with sheets missing: the list of what is missing, by team and juror,
 * and an explicit confirmation that names the count; main refuses a lock whose
 * confirmation does not list exactly the sheets still missing.
 */
function MissingConfirmation({
  check,
  names,
  onConfirm,
  onCancel,
}: {
  check: LockCheckView;
  names: Names;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  const count = check.missing.length;
  return (
    <div
      className="warning missing-sheets"
      role="alertdialog"
      aria-labelledby="missing-title"
      data-testid="lock-missing"
    >
      <p id="missing-title">
        <strong>
          {t('results.lock.missingTitle', { count, received: check.received, expected: check.expected })}
        </strong>
      </p>
      <p className="small">{t('results.lock.missingExplain')}</p>
      <ul>
        {missingLines(check.missing, names).map((line) => (
          <li key={line.team}>{t('results.lock.missingLine', line)}</li>
        ))}
      </ul>
      <label className="inline-row">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {t('results.lock.missingConfirm', { count })}
      </label>
      <div className="actions">
        <button type="button" disabled={!confirmed} onClick={onConfirm}>
          {t('results.lock.lockAnyway')}
        </button>
        <button type="button" className="ghost" onClick={onCancel}>
          {t('results.lock.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * Locking freezes the results (no score, recusal, setting or award can change)
 * and shows their SHA-256, the fingerprint printed on the documents.
 * Unlocking needs a reason and stays in the history. Also checks the score log.
 */
export function LockPanel({ lock, setup }: { lock: LockView; setup: EventSetup }) {
  const { t, locale } = useI18n();
  const names = namesOf(setup);
  const [pending, setPending] = useState<LockCheckView | null>(null);
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [verification, setVerification] = useState<ChainVerificationView | null>(null);
  const { run, fields, message, busy } = useSubmit();
  const trackId = useTrackId();
  const lockOrUnlock = async (action: () => Promise<unknown>) => {
    if (await run(action)) setReason('');
  };
  const verify = () => run(async () => setVerification(await call('scores.verify', {})));
  // Ask main what is missing first: with nothing missing the lock goes through at once.
  const startLock = () =>
    run(async () => {
      const check = await call('results.lockCheck', { trackId });
      if (check.missing.length === 0) await call('results.lock', { trackId, lockedBy: name });
      else setPending(check);
    });
  const lockWithMissing = (check: LockCheckView) =>
    lockOrUnlock(async () => {
      await call('results.lock', { trackId, lockedBy: name, confirmedMissing: check.missing });
      setPending(null);
    });

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
          <p className="small" data-testid="lock-sheets">
            {t('results.lock.sheetsReceived', {
              received: lock.current.received,
              expected: lock.current.expected,
            })}
          </p>
          {lock.current.missing.length > 0 && (
            <p className="warning small">
              {t('results.lock.lockedWithMissing', {
                count: lock.current.missing.length,
                list: missingLines(lock.current.missing, names)
                  .map((line) => t('results.lock.missingLine', line))
                  .join(' ; '),
              })}
            </p>
          )}
          {!lock.current.matchesCurrent && <p className="warning">{t('results.lock.setupChanged')}</p>}
          <form
            className="form-grid"
            onSubmit={(e) => {
              e.preventDefault();
              void lockOrUnlock(() => call('results.unlock', { trackId, reason, actor: name }));
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
            void startLock();
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
      {pending && !lock.current && (
        <MissingConfirmation
          check={pending}
          names={names}
          onConfirm={() => void lockWithMissing(pending)}
          onCancel={() => setPending(null)}
        />
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
