import { useState } from 'react';
import type { IssuedLogin, LanRole, LanStatus } from '../../../common/contract/lan';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { shortTime } from './qr';
import type { LinkTexts } from './role-pages';

/** The links of one link role (an observer's…): create one with a label, see and revoke the active ones. */
export function LanLinks({
  role,
  texts,
  status,
  onIssued,
}: {
  role: LanRole;
  texts: LinkTexts;
  status: LanStatus;
  onIssued: (login: IssuedLogin) => void;
}) {
  return (
    <LinkCard
      titleId={`lan-${role}-title`}
      testId={`lan-links-${role}`}
      texts={texts}
      links={status.links.filter((l) => l.role === role)}
      create={(label) => call('lan.createLink', { role, label })}
      onIssued={onIssued}
    />
  );
}

/** One active link as the chair's card lists it (viewer links and link roles alike). */
type LinkRow = LanStatus['viewers'][number];

/**
 * The chair's card for one kind of link: create one with a label, see and
 * revoke the active ones. Shared by the viewer links and every link role, so
 * the two cards cannot drift apart.
 */
export function LinkCard({
  titleId,
  testId,
  texts,
  links,
  create: createLink,
  onIssued,
}: {
  titleId: string;
  testId?: string;
  texts: Pick<LinkTexts, 'title' | 'hint' | 'label' | 'create' | 'none'>;
  links: readonly LinkRow[];
  create: (label: string) => Promise<IssuedLogin>;
  onIssued: (login: IssuedLogin) => void;
}) {
  const { t, locale } = useI18n();
  const [label, setLabel] = useState('');
  const { run, message } = useSubmit();
  const create = () =>
    run(async () => {
      onIssued(await createLink(label));
      setLabel('');
    });
  const revoke = (credentialId: number, name: string) => {
    if (window.confirm(t('lan.revokeConfirm', { name })))
      void run(() => call('lan.revoke', { credentialId }));
  };
  return (
    <section className="card" aria-labelledby={titleId} data-testid={testId}>
      <div className="card-head">
        <h2 id={titleId}>{t(texts.title)}</h2>
      </div>
      <p className="muted small">{t(texts.hint)}</p>
      <FormError message={message} />
      <form
        className="inline-form lan-form-row"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label={t(texts.label)}>
          <input value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <button type="submit">{t(texts.create)}</button>
      </form>
      {links.length === 0 ? (
        <p className="muted">{t(texts.none)}</p>
      ) : (
        <table className="lan-table">
          <tbody>
            {links.map((link) => (
              <tr key={link.credentialId}>
                <th scope="row">{link.label}</th>
                <td className="muted small">{shortTime(link.issuedAtUtc, locale)}</td>
                <td className="small">
                  {link.devices > 0 && t('lan.jurors.devices', { count: link.devices })}
                </td>
                <td className="lan-actions">
                  <button
                    type="button"
                    className="ghost small danger"
                    onClick={() => revoke(link.credentialId, link.label)}
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
