import { useState } from 'react';
import type { AudienceStatus, IssuedBallotView, VotingState } from '../../../common/contract/audience';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { QrImage } from '../lan/qr';
import { FormError, TextField } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import '../lan/vote.css';

/**
 * The chair's side of the audience vote (prix du public): ballots and their
 * cards, the weight declared before opening, open / pause / close for good,
 * voiding a ballot, what the projector shows, and the tally once final.
 */
export function AudiencePage() {
  const { t } = useI18n();
  const { data: status } = useLive('audience.status', {});
  const submit = useSubmit();
  if (!status) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="audience-page" data-testid="audience-page">
      <section className="card">
        <h1>{t('audience.title')}</h1>
        <p className="muted">{t('audience.intro')}</p>
        <p data-testid="audience-state">
          <strong>{t(`audience.state.${status.state}`)}</strong>
        </p>
        <p data-testid="audience-counts">{t('audience.counts', status.counts)}</p>
        {status.wrongCodes > 0 && (
          <p className="warning">{t('audience.wrongCodes', { n: status.wrongCodes })}</p>
        )}
        <FormError message={submit.message} />
        <VotingButtons state={status.state} run={submit.run} busy={submit.busy} />
      </section>
      <Weight status={status} />
      <Ballots status={status} />
      <Projector status={status} />
      <Results status={status} />
    </div>
  );
}

function VotingButtons({
  state,
  run,
  busy,
}: {
  state: VotingState;
  run: ReturnType<typeof useSubmit>['run'];
  busy: boolean;
}) {
  const { t } = useI18n();
  if (state === 'final') return null;
  const set = (next: VotingState) => void run(() => call('audience.setVoting', { state: next }));
  return (
    <div className="actions">
      {state === 'closed' ? (
        <button type="button" disabled={busy} onClick={() => set('open')}>
          {t('audience.open')}
        </button>
      ) : (
        <button type="button" className="secondary" disabled={busy} onClick={() => set('closed')}>
          {t('audience.pause')}
        </button>
      )}
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => {
          if (window.confirm(t('audience.finalConfirm'))) set('final');
        }}
      >
        {t('audience.final')}
      </button>
    </div>
  );
}

function Weight({ status }: { status: AudienceStatus }) {
  const { t, locale } = useI18n();
  const [percent, setPercent] = useState(
    status.weight === null ? '' : String(Math.round(status.weight * 100)),
  );
  const submit = useSubmit();
  const shown =
    status.weight === null ? t('audience.weightNone') : `${Math.round(status.weight * 1000) / 10} %`;
  if (status.weightFrozen) {
    return (
      <section className="card">
        <p data-testid="audience-weight">{t('audience.weightFrozenNote', { weight: shown })}</p>
      </section>
    );
  }
  const value = percent.trim() === '' ? null : Number(percent.replace(',', '.')) / 100;
  return (
    <section className="card">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit.run(() => call('audience.setWeight', { weight: value }));
        }}
      >
        <TextField
          label={t('audience.weight')}
          hint={status.weight === null ? t('audience.weightNone') : shown}
          inputMode="decimal"
          lang={locale}
          value={percent}
          onChange={setPercent}
        />
        <FormError message={submit.message} />
        <button type="submit" disabled={submit.busy || (value !== null && !Number.isFinite(value))}>
          {t('audience.weightSave')}
        </button>
      </form>
    </section>
  );
}

function Ballots({ status }: { status: AudienceStatus }) {
  const { t, locale } = useI18n();
  const [count, setCount] = useState('100');
  const [issued, setIssued] = useState<IssuedBallotView[]>([]);
  const [toVoid, setToVoid] = useState('');
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const create = () =>
    void submit.run(async () => {
      const { ballots } = await call('audience.createBallots', { count: Number(count) });
      setIssued(ballots);
    });
  const print = () =>
    void submit.run(() =>
      call('audience.saveBallotCards', {
        ballots: issued.map(({ ballotId, token, code }) => ({ ballotId, token, code })),
        locale,
      }),
    );
  const voidIt = () => {
    const ballot = status.ballots.find((b) => b.number === Number(toVoid));
    void submit.run(async () => {
      if (!ballot) throw new Error(t('error.notFound'));
      await call('audience.voidBallot', { ballotId: ballot.ballotId, reason });
      setToVoid('');
      setReason('');
    });
  };
  return (
    <section className="card">
      <h2>{t('audience.create')}</h2>
      {!status.votingUrl && <p className="warning">{t('audience.needsNetwork')}</p>}
      <FormError message={submit.message} />
      {status.state !== 'final' && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
        >
          <TextField
            label={t('audience.createCount')}
            inputMode="numeric"
            value={count}
            onChange={setCount}
          />
          <button type="submit" disabled={submit.busy || !status.votingUrl}>
            {t('audience.create')}
          </button>
        </form>
      )}
      {issued.length > 0 && (
        <p>
          {t('audience.created', { n: issued.length })}{' '}
          <button type="button" onClick={print} disabled={submit.busy}>
            {t('audience.printCards')}
          </button>
        </p>
      )}
      {status.state !== 'final' && status.ballots.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            voidIt();
          }}
        >
          <TextField
            label={t('audience.ballotNumber', { number: '' }).trim()}
            inputMode="numeric"
            value={toVoid}
            onChange={setToVoid}
          />
          <TextField
            label={t('audience.voidReason', { number: toVoid })}
            value={reason}
            onChange={setReason}
            maxLength={200}
          />
          <button type="submit" className="danger" disabled={submit.busy || !toVoid.trim()}>
            {t('audience.void')}
          </button>
        </form>
      )}
    </section>
  );
}

function Projector({ status }: { status: AudienceStatus }) {
  const { t } = useI18n();
  const submit = useSubmit();
  const set = (next: { onProjector: boolean; showCount: boolean }) =>
    void submit.run(() => call('audience.setProjector', next));
  return (
    <section className="card">
      <label className="check">
        <input
          type="checkbox"
          checked={status.onProjector}
          onChange={(e) => set({ onProjector: e.target.checked, showCount: status.showCount })}
        />
        {t('audience.projector')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={status.showCount}
          onChange={(e) => set({ onProjector: status.onProjector, showCount: e.target.checked })}
        />
        {t('audience.showCount')}
      </label>
      <FormError message={submit.message} />
      {status.votingUrl && status.votingQrSvg && (
        <div className="audience-qr">
          <QrImage svg={status.votingQrSvg} label={status.votingUrl} />
          <p>{status.votingUrl}</p>
        </div>
      )}
    </section>
  );
}

function Results({ status }: { status: AudienceStatus }) {
  const { t } = useI18n();
  const submit = useSubmit();
  if (!status.tally) {
    return (
      <section className="card">
        <h2>{t('audience.tally')}</h2>
        <p className="muted">{t('audience.tallyHidden')}</p>
      </section>
    );
  }
  return (
    <section className="card">
      <h2>{t('audience.tally')}</h2>
      <table data-testid="audience-tally">
        <tbody>
          {status.tally.map((row) => (
            <tr key={row.teamId}>
              <th scope="row">{row.name}</th>
              <td>{t('audience.votes', { n: row.votes })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.combined && status.weight !== null && (
        <>
          <h3>{t('audience.combined', { weight: `${Math.round(status.weight * 1000) / 10} %` })}</h3>
          <table data-testid="audience-combined">
            <tbody>
              {status.combined.map((row) => (
                <tr key={row.teamId}>
                  <td>{row.rank ?? '–'}</td>
                  <th scope="row">{row.name}</th>
                  <td>{row.combined === null ? '–' : row.combined.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <FormError message={submit.message} />
      <button
        type="button"
        onClick={() => void submit.run(() => call('audience.reveal', { revealed: !status.revealed }))}
      >
        {t(status.revealed ? 'audience.unreveal' : 'audience.reveal')}
      </button>
    </section>
  );
}
