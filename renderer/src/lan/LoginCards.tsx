import { useState } from 'react';
import type { IssuedLogin } from '../../../common/contract/lan';
import { call } from '../api';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { QrImage } from './qr';
import { LINK_TEXTS } from './role-pages';

const NNBSP = '\u202f';

/**
 * Logins just issued, shown this once: juror cards to print (the page prints
 * only the cards) or to save as a PDF, or a link (a viewer screen, an
 * observer) to open in the device's browser.
 * Closing forgets the tokens: only their digests are kept on the laptop.
 */
export function LoginCards({ logins, onClose }: { logins: IssuedLogin[]; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { run, message } = useSubmit();
  const [saved, setSaved] = useState<string | null>(null);
  const jurors = logins.filter((l) => l.role === 'juror');
  // A link (a viewer screen, an observer): shown once, nothing to print.
  const viewer = logins.find((l) => LINK_TEXTS[l.role] !== undefined);
  const linkTexts = viewer ? LINK_TEXTS[viewer.role] : undefined;

  const savePdf = () =>
    run(async () => {
      const result = await call('lan.saveLoginCards', {
        logins: jurors.map(({ credentialId, token, pin }) => ({ credentialId, token, pin })),
        locale,
      });
      if (result) setSaved(result.path);
    });
  const close = () => {
    if (viewer || window.confirm(t('lan.cards.closeConfirm'))) onClose();
  };

  return (
    <div className="login-cards-overlay" role="dialog" aria-modal="true" aria-labelledby="cards-title">
      <div className="login-cards-panel">
        <div className="card-head login-cards-head">
          <h2 id="cards-title">
            {viewer && linkTexts ? t(linkTexts.linkTitle, { name: viewer.name }) : t('lan.cards.title')}
          </h2>
          <div className="actions">
            {!viewer && (
              <>
                <button type="button" onClick={() => window.print()}>
                  {t('lan.cards.print')}
                </button>
                <button type="button" className="secondary" onClick={() => void savePdf()}>
                  {t('lan.cards.savePdf')}
                </button>
              </>
            )}
            <button type="button" className="ghost" onClick={close}>
              {t('lan.cards.close')}
            </button>
          </div>
        </div>
        <p className="warning login-cards-note">{linkTexts ? t(linkTexts.linkHint) : t('lan.cards.once')}</p>
        <FormError message={message} />
        {saved && <p className="muted small">{t('lan.cards.saved', { path: saved })}</p>}
        <div className="login-cards">
          {logins.map((login) => (
            <article key={login.credentialId} className="login-card" data-testid="login-card">
              <strong className="login-card-name">{login.name}</strong>
              <QrImage svg={login.qrSvg} label={login.url} size={160} />
              {login.role === 'juror' ? (
                <div className="login-card-text small">
                  <p>{t('lan.cards.scan')}</p>
                  <p>
                    <strong>{t('lan.cards.fallback')}</strong>
                    <br />
                    {t('lan.cards.open', { address: login.address })}
                    <br />
                    {t('lan.cards.code', { code: login.code })}
                    <br />
                    <strong>
                      {t('lan.cards.pin', { pin: `${login.pin?.slice(0, 3)}${NNBSP}${login.pin?.slice(3)}` })}
                    </strong>
                  </p>
                  <p className="muted">{t('lan.cards.personal')}</p>
                </div>
              ) : null}
              <a
                className="login-card-url small"
                href={login.url}
                data-testid="login-url"
                onClick={(e) => e.preventDefault()}
              >
                {login.url}
              </a>
            </article>
          ))}
        </div>
      </div>
    </div>
  );
}
