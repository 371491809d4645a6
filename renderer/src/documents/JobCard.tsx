import type { DocumentJobView } from '../../../common/contract/documents';
import type { MessageKey } from '../../../common/i18n';
import { call } from '../api';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';

const STATE_LABEL: Record<DocumentJobView['state'], MessageKey> = {
  running: 'documents.job.running',
  done: 'documents.job.done',
  failed: 'documents.job.failed',
  cancelled: 'documents.job.cancelled',
};

/** One generated (or generating) document: progress and cancel, then save / open / print. */
export function JobCard({
  job,
  notify,
}: {
  job: DocumentJobView;
  notify: (text: string, kind?: 'info' | 'error') => void;
}) {
  const { t } = useI18n();
  const act = async (run: () => Promise<string | null>) => {
    try {
      const message = await run();
      if (message) notify(message);
    } catch (error) {
      notify(fieldErrorsOf(error).message, 'error');
    }
  };
  const save = () =>
    act(async () => {
      const saved = await call('documents.save', { jobId: job.id });
      return saved ? t('documents.saved', { path: saved.path }) : null;
    });
  const open = () =>
    act(async () => {
      await call('documents.open', { jobId: job.id });
      return t('documents.opened');
    });
  const print = () =>
    act(async () => {
      await call('documents.print', { jobId: job.id });
      return t('documents.printSent');
    });
  const cancel = () =>
    act(async () => {
      await call('documents.cancel', { jobId: job.id });
      return null;
    });

  return (
    <li className={`doc-job ${job.state}`} data-testid="document-job" data-state={job.state}>
      <div className="doc-job-head">
        <strong className="doc-job-name">{job.fileName}</strong>
        <span className={`badge${job.state === 'done' ? ' ok' : job.state === 'failed' ? ' warn' : ''}`}>
          {job.state === 'running'
            ? t('documents.job.running', { done: job.done, total: job.total })
            : t(STATE_LABEL[job.state])}
        </span>
      </div>
      {job.state === 'running' && (
        <div className="doc-job-progress">
          <progress
            max={Math.max(job.total, 1)}
            value={job.done}
            aria-label={t('documents.job.progress', { file: job.fileName })}
          />
          <button type="button" className="ghost danger" onClick={() => void cancel()}>
            {t('documents.cancel')}
          </button>
        </div>
      )}
      {job.state === 'done' && (
        <div className="actions">
          <button type="button" onClick={() => void save()}>
            {t('documents.save')}
          </button>
          <button type="button" className="secondary" onClick={() => void open()}>
            {t('documents.open')}
          </button>
          <button type="button" className="secondary" onClick={() => void print()}>
            {t('documents.print')}
          </button>
        </div>
      )}
      {job.state === 'failed' && job.error && (
        <div className="form-error" role="alert">
          <p>{job.error.message}</p>
          {job.error.details.length > 0 && (
            <ul>
              {job.error.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
