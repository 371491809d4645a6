import { useState } from 'react';
import type { IssuedLogin, LanStatus } from '../../../common/contract/lan';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { shortTime } from './qr';

/** Viewer links: read-only screens showing the projector's display. */
export function LanViewers({
  status,
  onIssued,
}: {
  status: LanStatus;
  onIssued: (login: IssuedLogin) => void;
}) {
  const { t, locale } = useI18n();
  const [label, setLabel] = useState('');
  const { run, message } = useSubmit();
  const create = () =>
    run(async () => {
      onIssued(await call('lan.createViewerLink', { label }));
      setLabel('');
    });
  const revoke = (credentialId: number, name: string) => {
    if (window.confirm(t('lan.revokeConfirm', { name })))
      void run(() => call('lan.revoke', { credentialId }));
  };
  return (
    <section className="card" aria-labelledby="lan-viewers-title">
      <div className="card-head">
        <h2 id="lan-viewers-title">{t('lan.viewers.title')}</h2>
      </div>
      <p className="muted small">{t('lan.viewers.hint')}</p>
      <FormError message={message} />
      <form
        className="inline-form lan-form-row"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label={t('lan.viewers.label')}>
          <input value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <button type="submit">{t('lan.viewers.create')}</button>
      </form>
      {status.viewers.length === 0 ? (
        <p className="muted">{t('lan.viewers.none')}</p>
      ) : (
        <table className="lan-table">
          <tbody>
            {status.viewers.map((viewer) => (
              <tr key={viewer.credentialId}>
                <th scope="row">{viewer.label}</th>
                <td className="muted small">{shortTime(viewer.issuedAtUtc, locale)}</td>
                <td className="small">
                  {viewer.devices > 0 && t('lan.jurors.devices', { count: viewer.devices })}
                </td>
                <td className="lan-actions">
                  <button
                    type="button"
                    className="ghost small danger"
                    onClick={() => revoke(viewer.credentialId, viewer.label)}
                  >
                    {t('lan.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
