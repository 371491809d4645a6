import { useState } from 'react';
import type { AppInfo } from '../../common/contract/app';
import type { Locale } from '../../common/domain';
import { call } from './api';
import { useLive } from './hooks';
import { useI18n } from './i18n';
import { navigate } from './router';
import { Field, FormError } from './ui/fields';
import { useSubmit } from './ui/useSubmit';

function openedAt(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** "hackathon-2026-12-07.sqlite — events": the file and the folder it is in, never a bare suffix alone. */
function fileAndFolder(path: string): string {
  const parts = path.split(/[\\/]/);
  const file = parts.at(-1) ?? path;
  const folder = parts.at(-2);
  return folder ? `${file} — ${folder}` : file;
}

/** First screen: new event, open a file, recent events, or the demo in one click. */
export function Welcome({ info }: { info: AppInfo }) {
  const { t, locale } = useI18n();
  const recent = useLive('file.recent', {});
  const [name, setName] = useState('');
  const { run: submit, message: error } = useSubmit();
  const run = (action: () => Promise<unknown>) =>
    submit(async () => {
      if (await action()) navigate('setup/event');
    });
  return (
    <section className="welcome">
      <h1>{t('app.title')}</h1>
      <p className="lede">{t('app.tagline')}</p>
      <FormError message={error} />
      <div className="welcome-grid">
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('file.new', { name }));
          }}
        >
          <h2>{t('file.new')}</h2>
          <Field label={t('file.newName')}>
            <input value={name} onChange={(e) => setName(e.target.value)} name="new-event-name" />
          </Field>
          <button type="submit" disabled={!name.trim()}>
            {t('common.add')}
          </button>
        </form>
        <div className="card">
          <h2>{t('file.open')}</h2>
          <button type="button" onClick={() => void run(() => call('file.open', {}))}>
            {t('file.open')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void run(() => call('file.loadDemo', {}))}
          >
            {t('file.loadDemo')}
          </button>
          <button
            type="button"
            className="secondary"
            name="load-demo-cpa"
            onClick={() => void run(() => call('file.loadDemo', { demo: 'cpa' }))}
          >
            {t('demos.loadCpa')}
          </button>
        </div>
        <div className="card">
          <h2>{t('file.recent')}</h2>
          {recent.data && recent.data.length > 0 ? (
            <ul className="recent">
              {recent.data.map((r) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => void run(() => call('file.openRecent', { path: r.path }))}
                  >
                    {r.name}
                  </button>
                  {r.importedFrom && (
                    <span className="recent-origin">{t('file.importedFrom', { file: r.importedFrom })}</span>
                  )}
                  <small title={r.path}>
                    {r.path === info.eventPath ? `● ${t('file.openNow')} · ` : ''}
                    {t('file.lastOpened', { date: openedAt(r.openedAt, locale) })} · {fileAndFolder(r.path)}
                  </small>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('file.noRecent')}</p>
          )}
        </div>
      </div>
      {info.eventPath && <p className="muted small">{t('file.current', { path: info.eventPath })}</p>}
    </section>
  );
}
