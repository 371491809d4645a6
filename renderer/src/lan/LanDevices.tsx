import type { LanStatus } from '../../../common/contract/lan';
import { useI18n } from '../i18n';
import { shortTime } from './qr';
import { ROLE_BADGES } from './role-pages';

/** Who is connected right now, from where, since when. */
export function LanDevices({ status }: { status: LanStatus }) {
  const { t, locale } = useI18n();
  if (!status.running) return null;
  return (
    <section className="card" aria-labelledby="lan-devices-title">
      <div className="card-head">
        <h2 id="lan-devices-title">{t('lan.devices.title')}</h2>
        <span className="badge" data-testid="lan-device-count">
          {status.devices.length}
        </span>
      </div>
      {status.devices.length === 0 ? (
        <p className="muted">{t('lan.devices.none')}</p>
      ) : (
        <table className="lan-table">
          <tbody>
            {status.devices.map((device) => (
              <tr key={device.connectionId} data-testid="lan-device">
                <td>
                  <span className="badge">{t(ROLE_BADGES[device.role])}</span>
                </td>
                <th scope="row">{device.label}</th>
                <td className="muted small">{device.remoteAddress.replace(/^::ffff:/, '')}</td>
                <td className="muted small">
                  {t('lan.devices.since', { time: shortTime(device.connectedAtUtc, locale) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
