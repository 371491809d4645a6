import { useCallback } from 'react';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';
import { useNotice } from '../ui/notice';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './data.css';

/** `#/data`: imports, exports, the event as JSON, backups and restore. */
export function DataPage() {
  const { t } = useI18n();
  const notice = useNotice();
  const done = useCallback((message: string) => notice.show(message), [notice.show]);
  const failed = useCallback(
    (error: unknown) => notice.show(fieldErrorsOf(error).message, 'error'),
    [notice.show],
  );
  return (
    <div className="pj-data">
      {notice.element}
      <h1>{t('data.title')}</h1>
      <div className="pj-data-grid">
        <div>
          <ImportPanel onDone={done} />
          <ExportPanel onDone={done} onError={failed} />
        </div>
        <BackupPanel onDone={done} onError={failed} />
      </div>
    </div>
  );
}
