import type { AudienceDisplay } from '../../../common/contract/audience';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { QrImage } from '../lan/qr';
import './audience-display.css';

/**
 * The `audience` display mode (common/contract/display-modes.ts), on the
 * projector window and on every viewer screen over the network alike (the
 * viewer role reads `audience.display`, common/contract/lan-roles/viewer.ts).
 */
export function AudienceScreen() {
  const { data } = useLive('audience.display', {});
  return data ? <AudienceDisplayView data={data} /> : null;
}

/**
 * The projector during the audience vote: the voting page's QR code and
 * address, and the number of votes cast if the chair chose to show it. Never
 * who leads: `audience.display` carries no standings before the reveal, and
 * after it only the prize's winners.
 */
export function AudienceDisplayView({ data }: { data: AudienceDisplay }) {
  const { t } = useI18n();
  if (data.winners) {
    return (
      <div className="pj-audience" data-testid="display-audience-winner">
        <p className="pj-audience-title">{t('display.audience.winner')}</p>
        {data.winners.map((team) => (
          <div key={team.id} className="pj-audience-winner">
            <p className="pj-audience-team">{team.name}</p>
            {team.projectTitle && <p className="pj-audience-project">{team.projectTitle}</p>}
            <p className="pj-audience-count">{t('audience.votes', { n: team.votes })}</p>
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="pj-audience" data-testid="display-audience">
      <p className="pj-audience-title">{t('display.audience.title')}</p>
      {data.votingQrSvg && (
        <div className="pj-audience-qr">
          <QrImage svg={data.votingQrSvg} label={data.votingUrl ?? ''} size={600} />
        </div>
      )}
      {data.votingUrl && (
        <p className="pj-audience-url">{t('display.audience.scan', { url: data.votingUrl })}</p>
      )}
      {data.votesCast !== null && (
        <p className="pj-audience-count" data-testid="display-audience-count">
          {t('display.audience.count', { n: data.votesCast })}
        </p>
      )}
    </div>
  );
}
