import { useState } from 'react';
import type { BackupEntry } from '../../../common/contract/data';
import type { Locale } from '../../../common/domain';
import { formatNumber, type MessageKey } from '../../../common/i18n';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';

export function formatTime(iso: string, locale: Locale, dateStyle: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle,
    timeStyle: 'medium',
  }).format(new Date(iso));
}

function useContent() {
  const { t } = useI18n();
  return (entry: BackupEntry) => {
    const s = entry.summary;
    if (!s) return '';
    return s.scores === null
      ? t('data.backup.contentNoScores', { event: s.eventName, teams: s.teams, jurors: s.jurors })
      : t('data.backup.content', { event: s.eventName, teams: s.teams, jurors: s.jurors, scores: s.scores });
  };
}

/**
 * Backups: where they go (a USB stick, per laptop), when they are taken, the
 * list with what each holds, and restore after a confirmation that shows the
 * backup's time and content, re-checked by main just before.
 */
export function BackupPanel({
  onDone,
  onError,
}: {
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}) {
  const { t, locale } = useI18n();
  const status = useLive('backup.status', {});
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const content = useContent();
  const act = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      onError(error);
    }
    status.reload();
  };

  if (!status.data) return null;
  const s = status.data;
  // After a restart only the folder knows: the newest intact backup is the last good one.
  const last = s.lastSuccessAt ?? s.backups.find((b) => b.status === 'ok')?.at ?? null;
  return (
    <section className="card pj-data-backups" aria-labelledby="pj-backup-title">
      <div className="card-head">
        <h2 id="pj-backup-title">{t('data.backup.title')}</h2>
        <button
          type="button"
          onClick={() =>
            void act(async () => {
              const entry = await call('backup.now', {});
              onDone(t('data.backup.done', { name: entry.name }));
            })
          }
        >
          {t('data.backup.now')}
        </button>
      </div>
      <p className="small muted">{t('data.backup.policy', { minutes: s.intervalMinutes, keep: s.keep })}</p>
      <div className="pj-data-folder">
        <span className="field-label">{t('data.backup.folder')}</span>
        <code data-testid="backup-folder">{s.folder}</code>
        {s.folderIsDefault && <span className="badge">{t('data.backup.folderDefault')}</span>}
        <button
          type="button"
          className="secondary small"
          onClick={() => void act(async () => void (await call('backup.chooseFolder', {})))}
        >
          {t('data.backup.chooseFolder')}
        </button>
        {!s.folderIsDefault && (
          <button
            type="button"
            className="ghost small"
            onClick={() => void act(async () => void (await call('backup.resetFolder', {})))}
          >
            {t('data.backup.resetFolder')}
          </button>
        )}
      </div>
      {(s.running || last) && (
        <p className="small" role="status">
          {s.running
            ? t('data.backup.running')
            : t('data.backup.last', { time: formatTime(last ?? '', locale) })}
        </p>
      )}
      {s.folderMissing ? (
        <p className="warning" role="alert" data-testid="backup-folder-missing">
          {t('data.backup.folderMissing', { path: s.folder, fallback: s.laptopFolder })}
        </p>
      ) : (
        s.lastWarning && <p className="warning">{s.lastWarning}</p>
      )}
      {s.lastError && <p className="warning">{t('data.backup.lastError', { message: s.lastError })}</p>}

      {confirming && (
        <div className="pj-data-confirm" role="dialog" aria-labelledby="pj-restore-title">
          <h3 id="pj-restore-title">{t('data.backup.confirmTitle')}</h3>
          <p>
            {t('data.backup.confirmText', {
              time: formatTime(confirming.at, locale),
              content: content(confirming),
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              onClick={() =>
                void act(async () => {
                  const name = confirming.name;
                  setConfirming(null);
                  const restored = await call('backup.restore', { name });
                  onDone(t('data.backup.restored', { path: restored.safetyCopy }));
                })
              }
            >
              {t('data.backup.confirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      {s.backups.length === 0 ? (
        <p className="muted">{t('data.backup.never')}</p>
      ) : (
        // A list, not a table: beside the import panel there is no room for six columns.
        <ul className="pj-backups">
          {s.backups.map((entry) => (
            <li key={entry.name} data-testid="backup-row">
              <div className="pj-backup-line">
                <strong>{formatTime(entry.at, locale, 'medium')}</strong>
                <span className="pj-backup-reason">
                  {t(`data.backup.reason.${entry.reason}` as MessageKey)}
                </span>
                {!s.folderIsDefault && entry.location === 'laptop' && (
                  <span className="badge">{t('data.backup.onLaptop')}</span>
                )}
                {entry.status === 'ok' && (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      void act(async () => {
                        // Main re-checks the file now: what the chair confirms is what is on disk.
                        const checked = await call('backup.inspect', { name: entry.name });
                        if (checked.status !== 'ok') throw new Error(t('backup.corrupt'));
                        setConfirming(checked);
                      })
                    }
                  >
                    {t('data.backup.restore')}
                  </button>
                )}
              </div>
              <p className="muted small">
                <span className={`badge ${entry.status === 'ok' ? 'ok' : 'warn'}`}>
                  {entry.status === 'ok' ? t('data.backup.ok') : t('data.backup.corrupt')}
                </span>{' '}
                {[
                  t('data.backup.sizeMb', { size: formatNumber(entry.sizeBytes / 1048576, locale, 1) }),
                  content(entry),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
