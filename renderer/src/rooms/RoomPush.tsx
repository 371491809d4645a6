import { useState } from 'react';
import type { IssuedRoomLinkView, RoomPushStatusView } from '../../../common/contract/room-push';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { QrImage } from '../lan/qr';
import { fieldErrorsOf } from '../ui/fields';

/**
 * Network role `room` (issue 15) on the Rooms page.
 * Room laptop: where it pushes, "last sent" or "failed, retrying", the
 * settings (filled from the room file when the head wrote them) and "send now".
 * Head laptop: a room's code, issued on demand and shown once.
 */
export function RoomPushPanel() {
  const { t, locale } = useI18n();
  const { data, reload } = useLive('roomPush.status', {});
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!data?.isRoom) return null;
  const at = (iso: string) => new Date(iso).toLocaleString(locale);
  /** What the head acknowledged with the last push: " (24 score entries, results locked)". */
  const receipt = (status: RoomPushStatusView) =>
    status.pushedEvents === null
      ? ''
      : ` (${t('roomPush.receipt.events', { n: status.pushedEvents })}, ${t(
          status.pushedLocked ? 'roomPush.receipt.locked' : 'roomPush.receipt.unlocked',
        )})`;
  const attempt = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      reload();
    } catch (failure) {
      setError(fieldErrorsOf(failure).message);
    }
  };
  return (
    <section className="card" aria-labelledby="pj-room-push-title">
      <h2 id="pj-room-push-title">{t('roomPush.title')}</h2>
      {data.configured && <p className="small">{data.headAddress}</p>}
      <p className="small" aria-live="polite" data-testid="room-push-status">
        {data.lastFailedAtUtc
          ? `${data.lastError ?? ''} ${t('roomPush.fail.retrying', { seconds: data.retrySeconds })}`
          : data.lastPushedAtUtc
            ? `${t('roomPush.lastPushed', { at: at(data.lastPushedAtUtc) })}${receipt(data)}`
            : t('roomPush.never')}
        {data.configured && ` · ${data.pending ? t('roomPush.pending') : t('roomPush.upToDate')}`}
      </p>
      {data.lastFailedAtUtc && data.lastErrorDetail && (
        <p className="muted small" data-testid="room-push-detail">
          {t('roomPush.fail.detail', { detail: data.lastErrorDetail })}
        </p>
      )}
      {data.configured && (
        <button type="button" onClick={() => void attempt(() => call('roomPush.pushNow', {}))}>
          {t('roomPush.sendNow')}
        </button>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(() => call('roomPush.configure', { headAddress: address, token }));
        }}
      >
        <label>
          {t('roomPush.address')}
          <input value={address} maxLength={200} onChange={(e) => setAddress(e.target.value)} />
        </label>
        <label>
          {t('roomPush.code')}
          <input value={token} maxLength={64} autoComplete="off" onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="submit">{t('roomPush.save')}</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** The head's button on a room's card: a new room code (the previous one stops working), shown once. */
export function RoomLinkIssue({ poolId }: { poolId: number }) {
  const { t } = useI18n();
  const [issued, setIssued] = useState<IssuedRoomLinkView | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="pj-room-link">
      <button
        type="button"
        className="small"
        onClick={() =>
          void call('roomPush.issueLink', { poolId })
            .then((link) => {
              setIssued(link);
              setError(null);
            })
            .catch((failure) => setError(fieldErrorsOf(failure).message))
        }
      >
        {t('roomPush.issue')}
      </button>
      {issued && (
        <div className="small" aria-live="polite">
          <p>{t('roomPush.issuedHint')}</p>
          <p>
            {t('roomPush.address')}: <code>{issued.headAddress ?? t('roomPush.noServer')}</code>
          </p>
          <p>
            {t('roomPush.code')}: <code data-testid="room-code">{issued.token}</code>
          </p>
          <QrImage svg={issued.qrSvg} label={t('roomPush.code')} size={150} />
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
