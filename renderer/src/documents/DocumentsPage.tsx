import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { useNotice } from '../ui/notice';
import { SubTabs } from '../ui/SubTabs';
import { GeneratePanel } from './GeneratePanel';
import { JobCard } from './JobCard';
import { SignatoriesEditor } from './SignatoriesEditor';
import { useJobs } from './useJobs';
import { VerifyPanel } from './VerifyPanel';
import './documents.css';

/**
 * `#/documents`: generate each document in the background (progress, cancel),
 * then save, open or print it; the certificates' signatories.
 * `#/documents/verify`: the verification screen for a certificate's code.
 */
export function DocumentsPage({ section }: { section: string }) {
  const { t } = useI18n();
  const notice = useNotice();
  const overview = useLive('documents.overview', {});
  const signatories = useLive('signatories.list', {});
  const { jobs, error } = useJobs();
  const problem = overview.error ?? signatories.error ?? error;
  const busy = jobs?.some((j) => j.state === 'running') ?? true;
  return (
    <div className="documents">
      <SubTabs
        label={t('documents.title')}
        tabs={[
          { href: '#/documents', label: t('documents.title'), active: section !== 'verify' },
          { href: '#/documents/verify', label: t('documents.verify.title'), active: section === 'verify' },
        ]}
      />
      {notice.element}
      {problem && <p className="form-error">{problem}</p>}
      {section === 'verify' ? (
        <VerifyPanel />
      ) : (
        <div className="doc-columns">
          <section>
            <h1>{t('documents.title')}</h1>
            <p className="lede">{t('documents.lead')}</p>
            {overview.data ? (
              <GeneratePanel overview={overview.data} busy={busy} notify={notice.show} />
            ) : (
              <p className="muted">{t('app.loading')}</p>
            )}
          </section>
          <aside>
            <div className="card">
              <h2>{t('documents.jobs.title')}</h2>
              {jobs && jobs.length === 0 && <p className="muted">{t('documents.jobs.empty')}</p>}
              <ul className="doc-jobs">
                {jobs?.map((job) => (
                  <JobCard key={job.id} job={job} notify={notice.show} />
                ))}
              </ul>
            </div>
            {signatories.data && <SignatoriesEditor signatories={signatories.data} />}
          </aside>
        </div>
      )}
    </div>
  );
}
