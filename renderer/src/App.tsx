import { useEffect, useState } from 'react';
import type { CallOutput } from '../../common/contract';
import type { AppInfo } from '../../common/contract/app';
import { call, subscribe } from './api';
import { AudiencePage } from './audience/AudiencePage';
import { ChairBar } from './control/ChairBar';
import { ChairProvider } from './control/ChairProvider';
import { ControlPage } from './control/ControlPage';
import { DataPage } from './data/DataPage';
import { DisplayPage } from './display/DisplayPage';
import { DocumentsPage } from './documents/DocumentsPage';
import { Header } from './Header';
import { readsAnyOf } from './hooks';
import { I18nProvider } from './i18n';
import { LanPage } from './lan/LanPage';
import { networkPageFor } from './lan/NetworkPage';
import { networkBridge } from './net/install';
import { OrderPage } from './order/OrderPage';
import { CeremonyPage } from './results/CeremonyPage';
import { ResultsPage } from './results/ResultsPage';
import { RoomsPage } from './rooms/RoomsPage';
import { navigate, useRoute } from './router';
import { KioskPage } from './scoring/Kiosk';
import { ScoringPage } from './scoring/ScoringPage';
import { SetupPage } from './setup/SetupPage';
import { Welcome } from './Welcome';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [kiosk, setKiosk] = useState<CallOutput<'kiosk.get'> | null>(null);
  const route = useRoute();

  useEffect(() => {
    const load = () => {
      call('app.info', {}).then(setInfo, (error: unknown) =>
        setFatal(String(error instanceof Error ? error.message : error)),
      );
      // Juror mode is main's state: asked again on every load, so a reload stays in it.
      call('kiosk.get', {}).then(setKiosk, () => setKiosk(null));
    };
    load();
    const offChanged = subscribe('event.changed', ({ scopes }) => {
      if (readsAnyOf('app.info', scopes)) load();
    });
    const offMenu = subscribe('menu.command', ({ command }) => {
      if (command === 'newEvent') navigate('welcome');
    });
    return () => {
      offChanged();
      offMenu();
    };
  }, []);

  useEffect(() => {
    // A phone's page sets its own language (the juror's, lan/JurorNetPage.tsx).
    if (networkBridge()) return;
    document.documentElement.lang = info?.uiLocale ?? 'fr';
  }, [info?.uiLocale]);

  // A phone or a viewer screen over the venue's network (lan/NetworkPage.tsx): it has no app.info.
  const networkPage = networkPageFor(route);
  if (networkPage) return networkPage;
  if (fatal) return <p className="fatal">{fatal}</p>;
  if (!info) return null;

  const [page = 'setup', ...rest] = route;
  // The projector window keeps its own page; the control window shows only the juror's form.
  if (kiosk?.juror && kiosk.token && page !== 'display' && page !== 'ceremony')
    return (
      <I18nProvider locale={info.uiLocale}>
        <KioskPage juror={kiosk.juror} token={kiosk.token} />
      </I18nProvider>
    );
  // The projector window: no chrome, its own language (the event's).
  if (page === 'display') return <DisplayPage />;
  // The award ceremony alone, full screen (a window of its own).
  if (page === 'ceremony') return <CeremonyPage />;
  const showWelcome = !info.eventPath || page === 'welcome';
  return (
    <I18nProvider locale={info.uiLocale}>
      <div className="app">
        <Header info={info} page={showWelcome ? 'welcome' : page} />
        {showWelcome ? (
          <main className="page">
            <Welcome info={info} />
          </main>
        ) : (
          <ChairProvider>
            <ChairBar />
            <main className="page">
              {page === 'order' ? (
                <OrderPage />
              ) : page === 'scoring' ? (
                <ScoringPage section={rest[0] ?? 'form'} />
              ) : page === 'results' ? (
                <ResultsPage />
              ) : page === 'control' ? (
                <ControlPage />
              ) : page === 'documents' ? (
                <DocumentsPage section={rest[0] ?? 'generate'} />
              ) : page === 'data' ? (
                <DataPage />
              ) : page === 'network' ? (
                <LanPage />
              ) : page === 'rooms' ? (
                <RoomsPage />
              ) : page === 'audience' ? (
                <AudiencePage />
              ) : (
                <SetupPage section={rest[0] ?? 'event'} />
              )}
            </main>
          </ChairProvider>
        )}
      </div>
    </I18nProvider>
  );
}
