import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../common/contract';
import { subscribe } from '../api';
import { useI18n } from '../i18n';

export type ImportProgressPush = EventPayload<'import.progress'>;

/**
 * The last `import.progress` push while `active` (a file being opened, a
 * preview or the import running); forgotten when it ends, so the next one
 * starts from an empty bar.
 */
export function useImportProgress(active: boolean): ImportProgressPush | null {
  const [progress, setProgress] = useState<ImportProgressPush | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    return subscribe('import.progress', setProgress);
  }, [active]);
  return progress;
}

/**
 * What the import's worker is doing: a bar (indeterminate while the file's
 * size in rows is still unknown) and a sentence; while the file is read, a
 * button that stops it.
 */
export function ImportProgress({
  progress,
  onStop,
}: {
  progress: ImportProgressPush | null;
  onStop: (() => void) | null;
}) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const done = progress?.done ?? 0;
  const total = progress?.total ?? null;
  const text =
    progress === null
      ? t('data.import.progress.reading', { done: number.format(0) })
      : progress.phase === 'reading'
        ? total === null
          ? t('data.import.progress.reading', { done: number.format(done) })
          : t('data.import.progress.read', { total: number.format(total) })
        : t(
            progress.phase === 'checking' ? 'data.import.progress.checking' : 'data.import.progress.writing',
            {
              done: number.format(done),
              total: number.format(total ?? done),
            },
          );
  return (
    <div className="pj-import-progress" data-testid="import-progress">
      {total === null ? (
        <progress aria-label={t('data.import.progress.label')} />
      ) : (
        <progress max={Math.max(total, 1)} value={done} aria-label={t('data.import.progress.label')} />
      )}
      <p className="small" role="status" data-phase={progress?.phase ?? 'reading'}>
        {text}
      </p>
      {onStop && (
        <button type="button" className="ghost danger" onClick={onStop}>
          {t('data.import.progress.stop')}
        </button>
      )}
    </div>
  );
}
