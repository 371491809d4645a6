import type { IssuedLogin, LanStatus } from '../../../common/contract/lan';
import { call } from '../api';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { shortTime } from './qr';

/** Juror logins: issue a card (shown once), replace it, revoke it; how many devices use it. */
export function LanJurors({
  status,
  onIssued,
}: {
  status: LanStatus;
  onIssued: (logins: IssuedLogin[]) => void;
}) {
  const { t, locale } = useI18n();
  const { run, message } = useSubmit();
  const issue = (jurorIds: number[]) =>
    run(async () => onIssued((await call('lan.issueJurorLogins', { jurorIds })).logins));
  const revoke = (credentialId: number, name: string) => {
    if (window.confirm(t('lan.revokeConfirm', { name })))
      void run(() => call('lan.revoke', { credentialId }));
  };
  const missing = status.jurors.filter((j) => j.credentialId === null).map((j) => j.jurorId);

  return (
    <section className="card" aria-labelledby="lan-jurors-title">
      <div className="card-head">
        <h2 id="lan-jurors-title">{t('lan.jurors.title')}</h2>
        {missing.length > 0 && (
          <button type="button" onClick={() => void issue(missing)}>
            {t('lan.jurors.issueMissing')}
          </button>
        )}
      </div>
      <p className="muted small">{t('lan.jurors.hint')}</p>
      <FormError message={message} />
      {status.jurors.length === 0 ? (
        <p className="muted">{t('lan.jurors.noJurors')}</p>
      ) : (
        <table className="lan-table">
          <tbody>
            {status.jurors.map((juror) => (
              <tr key={juror.jurorId} data-testid="lan-juror">
                <th scope="row">{juror.name}</th>
                <td className={juror.revokedAtUtc ? 'small lan-revoked' : 'muted small'}>
                  {juror.issuedAtUtc
                    ? t('lan.jurors.issuedAt', { time: shortTime(juror.issuedAtUtc, locale) })
                    : juror.revokedAtUtc
                      ? t('lan.jurors.revokedAt', { time: shortTime(juror.revokedAtUtc, locale) })
                      : t('lan.jurors.none')}
                </td>
                <td className="small">
                  {juror.devices > 0 && t('lan.jurors.devices', { count: juror.devices })}
                  {juror.failedPins > 0 && juror.lastFailedPinUtc && (
                    <span className="warning" role="status" data-testid="lan-failed-pins">
                      {t('lan.jurors.failedPins', {
                        count: juror.failedPins,
                        time: shortTime(juror.lastFailedPinUtc, locale),
                      })}
                    </span>
                  )}
                  {juror.legacyCode && <span className="warning">{t('lan.jurors.legacyCode')}</span>}
                </td>
                <td className="lan-actions">
                  {juror.credentialId === null ? (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => void issue([juror.jurorId])}
                    >
                      {t('lan.jurors.issue')}
                    </button>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="ghost small"
                        onClick={() => {
                          if (window.confirm(t('lan.jurors.reissueConfirm', { name: juror.name })))
                            void issue([juror.jurorId]);
                        }}
                      >
                        {t('lan.jurors.reissue')}
                      </button>
                      <button
                        type="button"
                        className="ghost small danger"
                        onClick={() => revoke(juror.credentialId as number, juror.name)}
                      >
                        {t('lan.revoke')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
