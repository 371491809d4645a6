import { useEffect, useRef, useState } from 'react';
import type { ImportColumnMapping, ImportIssueView, ImportView } from '../../../common/contract/data';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { ImportPreview } from './ImportPreview';
import { ImportProgress, useImportProgress } from './ImportProgress';

type Unreadable = { fileName: string; errors: ImportIssueView[] };

/**
 * The import wizard: choose a file (main shows the dialog and reads it), see
 * what would be imported and every problem with its row, fix the column
 * mapping, then import — all or nothing.
 */
export function ImportPanel({ onDone }: { onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const help = useLive('import.help', {});
  const [view, setView] = useState<ImportView | null>(null);
  const [unreadable, setUnreadable] = useState<Unreadable | null>(null);
  const [refused, setRefused] = useState(false);
  const { run, message, busy } = useSubmit();
  // Pushed by main while the import's worker reads, checks or saves (only once a file was picked).
  const progress = useImportProgress(busy);
  const [opening, setOpening] = useState(false);
  const stopped = useRef(false);

  const choose = () =>
    run(async () => {
      stopped.current = false;
      setOpening(true);
      const opened = await call('import.open', {}).finally(() => setOpening(false));
      if (stopped.current) {
        // Stopped while reading: main dropped this file and the previous preview with it.
        setView(null);
        setUnreadable(null);
        setRefused(false);
        return;
      }
      if (!opened) return;
      setRefused(false);
      if (opened.status === 'unreadable') {
        setView(null);
        setUnreadable({ fileName: opened.fileName, errors: opened.errors });
      } else {
        setUnreadable(null);
        setView(opened.view);
      }
    });

  const preview = (next: {
    kind?: ImportView['kind'];
    mapping?: ImportColumnMapping | null;
    sheetName?: string;
  }) =>
    view &&
    run(async () => {
      setRefused(false);
      setView(
        await call('import.preview', {
          token: view.token,
          kind: next.kind ?? view.kind,
          mapping: next.mapping === undefined ? view.mapping : next.mapping,
          sheetName: next.sheetName ?? view.sheetName,
        }),
      );
    });

  // Messages are worded in main: ask again in the new language when it changes.
  const lastLocale = useRef(locale);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of language re-asks.
  useEffect(() => {
    if (lastLocale.current !== locale && view) void preview({});
    lastLocale.current = locale;
  }, [locale]);

  const commit = () =>
    view &&
    run(async () => {
      const result = await call('import.commit', {
        token: view.token,
        kind: view.kind,
        mapping: view.mapping,
        sheetName: view.sheetName,
      });
      if (result.status === 'refused') {
        setView(result.view);
        setRefused(true);
        return;
      }
      setView(null);
      onDone(
        result.kind === 'teams'
          ? t('data.import.doneTeams', { teams: result.teams, members: result.members })
          : t('data.import.doneJurors', { jurors: result.jurors }),
      );
    });

  const stopReading = () => {
    stopped.current = true;
    void call('import.cancel', {});
  };

  const cancel = () => {
    if (view) void call('import.discard', { token: view.token });
    setView(null);
    setUnreadable(null);
    setRefused(false);
  };

  return (
    <section className="card pj-data-import" aria-labelledby="pj-import-title">
      <div className="card-head">
        <h2 id="pj-import-title">{t('data.import.title')}</h2>
        <button type="button" onClick={() => void choose()} disabled={busy}>
          {view || unreadable ? t('data.import.chooseOther') : t('data.import.choose')}
        </button>
      </div>
      {!view && (
        <ul className="pj-data-help small muted">
          {(help.data ?? []).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {busy && progress && (
        <ImportProgress
          progress={progress}
          onStop={opening && progress.phase === 'reading' && progress.total === null ? stopReading : null}
        />
      )}
      <FormError message={message} />
      {unreadable && (
        <div role="alert" className="pj-data-unreadable">
          <p>
            <strong>{t('data.import.file', { name: unreadable.fileName })}</strong>
          </p>
          {unreadable.errors.map((e) => (
            <p key={e.message} className="form-error" data-testid="import-error">
              {e.message}
            </p>
          ))}
        </div>
      )}
      {view && (
        <ImportPreview
          view={view}
          refused={refused}
          busy={busy}
          onKind={(kind) => void preview({ kind, mapping: null })}
          onSheet={(sheetName) => void preview({ sheetName, mapping: null })}
          onMapping={(mapping) => void preview({ mapping })}
          onCommit={() => void commit()}
          onCancel={cancel}
        />
      )}
    </section>
  );
}
