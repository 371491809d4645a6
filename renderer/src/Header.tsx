import type { AppInfo } from '../../common/contract/app';
import type { Locale } from '../../common/domain';
import type { MessageKey } from '../../common/i18n';
import { call } from './api';
import { useI18n } from './i18n';
import { useNotice } from './ui/notice';

/** Pages reachable from the top bar; later areas add theirs here. */
const PAGES: { id: string; label: MessageKey }[] = [
  { id: 'setup', label: 'nav.setup' },
  { id: 'order', label: 'nav.order' },
  { id: 'control', label: 'nav.control' },
  { id: 'scoring', label: 'nav.scoring' },
  { id: 'results', label: 'nav.results' },
  { id: 'documents', label: 'nav.documents' },
  { id: 'data', label: 'nav.data' },
  { id: 'network', label: 'nav.network' },
  { id: 'rooms', label: 'rooms.title' },
  { id: 'audience', label: 'nav.audience' },
];

export function Header({ info, page }: { info: AppInfo; page: string }) {
  const { t, locale } = useI18n();
  const notice = useNotice();
  const setLocale = (next: Locale) => void call('app.setUiLocale', { locale: next });
  const saveCopy = async () => {
    try {
      const saved = await call('file.saveCopy', {});
      if (saved) notice.show(t('file.copySaved', { path: saved.path }));
    } catch (error) {
      notice.show(error instanceof Error ? error.message : String(error), 'error');
    }
  };
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo-dot" aria-hidden="true" />
        <strong>{t('app.title')}</strong>
      </div>
      {info.eventPath && page !== 'welcome' && (
        <nav className="tabs" aria-label="Pitch Jury">
          {PAGES.map((p) => (
            <a key={p.id} href={`#/${p.id}`} className={page === p.id ? 'active' : undefined}>
              {t(p.label)}
            </a>
          ))}
        </nav>
      )}
      <div className="topbar-actions">
        {info.eventPath && (
          <>
            <a className="button ghost" href="#/welcome">
              {t('file.recent')}
            </a>
            <button type="button" className="ghost" onClick={() => void saveCopy()}>
              {t('file.saveCopy')}
            </button>
          </>
        )}
        <label className="locale-switch">
          <span className="visually-hidden">{t('app.language')}</span>
          <select
            value={locale}
            onChange={(e) => setLocale(e.target.value as Locale)}
            aria-label={t('app.language')}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {notice.element}
    </header>
  );
}
