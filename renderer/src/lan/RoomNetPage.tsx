import { I18nProvider, useI18n } from '../i18n';
import type { NetBridge } from '../net/ws-bridge';
import { pickLocale } from './page-locale';
import './lan.css';

/**
 * A room login opened in a browser: it has no page of its own (the room
 * laptop pushes over HTTP from its Rooms page), so it says where to use it.
 */
export function RoomNetPage(_props: { bridge: NetBridge; route: readonly string[] }) {
  const locale = pickLocale(null, navigator.languages ?? [navigator.language], null);
  return (
    <I18nProvider locale={locale}>
      <RoomNetText />
    </I18nProvider>
  );
}

function RoomNetText() {
  const { t } = useI18n();
  return <p className="lan-page">{t('roomPush.browserHint')}</p>;
}
