import type { ReactNode } from 'react';
import type { CallInput } from '../../../common/contract';
import type { DocumentsOverview } from '../../../common/contract/documents';
import { call } from '../api';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';

type Request = CallInput<'documents.generate'>;

function Row({
  label,
  hint,
  request,
  disabled,
  testId,
  onStart,
}: {
  label: string;
  hint?: ReactNode;
  request: Request;
  disabled: boolean;
  testId: string;
  onStart: (request: Request) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="doc-row">
      <div>
        <span className="doc-row-label">{label}</span>
        {hint}
      </div>
      <button type="button" data-testid={testId} disabled={disabled} onClick={() => onStart(request)}>
        {t('documents.generate')}
      </button>
    </div>
  );
}

/** One card per kind of document, each saying what it will contain and why a choice is unavailable. */
export function GeneratePanel({
  overview,
  busy,
  notify,
}: {
  overview: DocumentsOverview;
  busy: boolean;
  notify: (text: string, kind?: 'info' | 'error') => void;
}) {
  const { t } = useI18n();
  const start = (request: Request) => {
    call('documents.generate', request).catch((error: unknown) =>
      notify(fieldErrorsOf(error).message, 'error'),
    );
  };
  const row = { onStart: start };
  return (
    <>
      <p className="muted">
        {t('documents.language', { language: t(`documents.language.${overview.locale}`) })}
      </p>
      <div className="card">
        <h2>{t('documents.kind.certificates')}</h2>
        {overview.signatories === 0 && <p className="warning">{t('documents.certificates.noSignatory')}</p>}
        <Row
          {...row}
          label={t('documents.certificates.participation', { count: overview.participationCertificates })}
          request={{ kind: 'certificates', which: 'participation' }}
          disabled={busy || overview.participationCertificates === 0}
          testId="generate-participation"
        />
        <Row
          {...row}
          label={
            overview.awardCertificates === null
              ? t('documents.certificates.awardsLocked')
              : t('documents.certificates.awards', { count: overview.awardCertificates })
          }
          request={{ kind: 'certificates', which: 'awards' }}
          disabled={busy || !overview.awardCertificates}
          testId="generate-awards"
        />
      </div>
      <div className="card">
        <h2>{t('documents.kind.results')}</h2>
        <p className={overview.resultsLocked ? 'muted small doc-hash' : 'warning'}>
          {overview.resultsLocked
            ? t('documents.results.locked', { hash: overview.resultsHash ?? '' })
            : t('documents.results.notLocked')}
        </p>
        <Row
          {...row}
          label={t('documents.results.final')}
          request={{ kind: 'results' }}
          disabled={busy || !overview.resultsLocked}
          testId="generate-results"
        />
        <Row
          {...row}
          label={t('documents.results.draft')}
          request={{ kind: 'results', draft: true }}
          disabled={busy}
          testId="generate-results-draft"
        />
      </div>
      <div className="card">
        <h2>{t('documents.kind.forms')}</h2>
        <Row
          {...row}
          label={t('documents.forms.hint', { jurors: overview.jurors })}
          request={{ kind: 'forms' }}
          disabled={busy || overview.jurors === 0}
          testId="generate-forms"
        />
      </div>
      <div className="card">
        <h2>{t('documents.kind.order')}</h2>
        {!overview.sessionStartSet && <p className="warning">{t('documents.order.startAssumed')}</p>}
        <Row
          {...row}
          label={t('documents.order.hint', { teams: overview.teams })}
          request={{ kind: 'order' }}
          disabled={busy || overview.teams === 0}
          testId="generate-order"
        />
      </div>
    </>
  );
}
