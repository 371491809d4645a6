import { useEffect, useState } from 'react';
import type { IssuedLogin, LanInterface, LanStatus } from '../../../common/contract/lan';
import { LINK_ROLES } from '../../../common/contract/lan-roles';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { LanDevices } from './LanDevices';
import { LanJurors } from './LanJurors';
import { LanLinks } from './LanLinks';
import { LanViewers } from './LanViewers';
import { LoginCards } from './LoginCards';
import { QrImage } from './qr';
import { LINK_TEXTS } from './role-pages';
import './lan.css';

const DEFAULT_PORT = 8470;

/**
 * `#/network`, the chair's control of the local network: on/off and which
 * network, the address (text and QR code), juror logins and their cards,
 * viewer links (their own card), the links of the other link roles
 * (observers…, role-pages.tsx), connected devices. Off until the chair turns it on.
 */
export function LanPage() {
  const { t } = useI18n();
  const { data: status, error } = useLive('lan.status', {});
  const [issued, setIssued] = useState<IssuedLogin[] | null>(null);
  if (error) return <FormError message={error} />;
  if (!status) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="lan-page">
      <NetworkCard status={status} />
      {status.running && (
        <>
          <LanJurors status={status} onIssued={setIssued} />
          <LanViewers status={status} onIssued={(login) => setIssued([login])} />
          {LINK_ROLES.filter((role) => role !== 'viewer').map((role) => {
            const texts = LINK_TEXTS[role];
            return texts ? (
              <LanLinks
                key={role}
                role={role}
                texts={texts}
                status={status}
                onIssued={(login) => setIssued([login])}
              />
            ) : null;
          })}
        </>
      )}
      <LanDevices status={status} />
      {issued && <LoginCards logins={issued} onClose={() => setIssued(null)} />}
    </div>
  );
}

function interfaceLabel(t: ReturnType<typeof useI18n>['t'], i: LanInterface): string {
  return t(i.internal ? 'lan.interface.loopback' : 'lan.interface.option', {
    name: i.name,
    address: i.address,
  });
}

function NetworkCard({ status }: { status: LanStatus }) {
  const { t } = useI18n();
  const preferred =
    status.interfaces.find((i) => i.address === status.saved?.address)?.address ??
    status.interfaces.find((i) => !i.internal && i.family === 'IPv4')?.address ??
    status.interfaces[0]?.address ??
    '';
  const [address, setAddress] = useState(preferred);
  const [port, setPort] = useState(String(status.saved?.port || DEFAULT_PORT));
  const { run, message, busy } = useSubmit();
  useEffect(() => {
    if (!status.interfaces.some((i) => i.address === address)) setAddress(preferred);
  }, [status.interfaces, address, preferred]);

  const start = () => run(() => call('lan.start', { address, port: Number(port) }));
  const stop = () => run(() => call('lan.stop', {}));

  return (
    <section className="card lan-network" aria-labelledby="lan-title">
      <div className="card-head">
        <h2 id="lan-title">{t('lan.title')}</h2>
        <span className={`badge${status.running ? ' ok' : ''}`} data-testid="lan-state">
          {status.running ? t('lan.status.on') : t('lan.status.off')}
        </span>
      </div>
      <p className="muted">{t('lan.intro')}</p>
      <FormError message={message} />
      {status.running && status.url ? (
        <div className="lan-address">
          {status.urlQrSvg && <QrImage svg={status.urlQrSvg} label={status.url} size={150} />}
          <div>
            <span className="field-label">{t('lan.address')}</span>
            <p className="lan-url" data-testid="lan-url">
              {status.url}
            </p>
            <p className="muted small">{t('lan.addressHint')}</p>
            <button type="button" className="secondary" disabled={busy} onClick={() => void stop()}>
              {t('lan.stop')}
            </button>
          </div>
        </div>
      ) : status.interfaces.length === 0 ? (
        <p className="warning">{t('lan.interface.none')}</p>
      ) : (
        <form
          className="inline-form lan-form-row lan-start"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <Field label={t('lan.interface')}>
            <select value={address} onChange={(e) => setAddress(e.target.value)}>
              {status.interfaces.map((i) => (
                <option key={`${i.name}-${i.address}`} value={i.address}>
                  {interfaceLabel(t, i)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('lan.port')} hint={t('lan.portHint')}>
            <input
              inputMode="numeric"
              className="lan-port"
              value={port}
              onChange={(e) => setPort(e.target.value.replace(/\D/g, '').slice(0, 5))}
            />
          </Field>
          <button type="submit" disabled={busy || !address || port === '' || Number(port) > 65_535}>
            {t('lan.start')}
          </button>
        </form>
      )}
      <p className="muted small">{t('lan.safety')}</p>
    </section>
  );
}
