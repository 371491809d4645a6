import { useState } from 'react';
import type { VerificationView } from '../../../common/contract/documents';
import { formatDate } from '../../../common/i18n';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';

/** Type the code printed under a certificate's QR code; the event file's register answers. */
export function VerifyPanel() {
  const { t, locale } = useI18n();
  const [code, setCode] = useState('');
  const [answer, setAnswer] = useState<VerificationView | null>(null);
  const { run, message: error } = useSubmit();
  const verify = () => run(async () => setAnswer(await call('documents.verify', { code })));
  return (
    <div className="card doc-verify">
      <h2>{t('documents.verify.title')}</h2>
      <p className="muted">{t('documents.verify.hint')}</p>
      <form
        className="doc-verify-form"
        onSubmit={(e) => {
          e.preventDefault();
          void verify();
        }}
      >
        <Field label={t('documents.verify.code')}>
          <input
            name="verification-code"
            value={code}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setCode(e.target.value);
              setAnswer(null);
            }}
          />
        </Field>
        <button type="submit" disabled={code.trim() === ''}>
          {t('documents.verify.submit')}
        </button>
      </form>
      <FormError message={error} />
      {answer && (
        <div
          className={`doc-verdict ${answer.status === 'issued' ? 'ok' : 'bad'}`}
          role="status"
          data-testid="verification-answer"
        >
          {answer.status === 'issued' ? (
            <>
              <p className="doc-verdict-head">
                {answer.certificate.code} — {t('documents.verify.issued')}
              </p>
              <p>
                {answer.certificate.kind === 'award'
                  ? t('documents.verify.award', { award: answer.certificate.award ?? '' })
                  : t('documents.verify.participation')}
              </p>
              <dl>
                <dt>{t('documents.verify.recipient')}</dt>
                <dd>{answer.certificate.recipient}</dd>
                <dt>{t('documents.verify.team')}</dt>
                <dd>{answer.certificate.teamName}</dd>
                <dt>{t('documents.verify.project')}</dt>
                <dd>{answer.certificate.projectTitle}</dd>
                <dt>{t('documents.verify.event')}</dt>
                <dd>
                  {answer.certificate.eventName} ({formatDate(answer.certificate.startDate, locale)})
                </dd>
                <dt>{t('documents.verify.issuedAt')}</dt>
                <dd>{formatDate(answer.certificate.issuedAt.slice(0, 10), locale)}</dd>
              </dl>
            </>
          ) : (
            <p className="doc-verdict-head">
              {answer.status === 'notIssued'
                ? t('documents.verify.notIssued', { code: answer.code })
                : answer.status === 'checksumMismatch'
                  ? t('documents.verify.checksum')
                  : t('documents.verify.malformed')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
