import { useEffect, useState } from 'react';
import { DisplayPage } from '../display/DisplayPage';
import { I18nProvider, useI18n } from '../i18n';
import type { NetBridge } from '../net/ws-bridge';
import { useDeviceToken } from './useDeviceToken';
import { useNetState } from './useNetState';
import './lan.css';

/**
 * A viewer screen (a second projector, the waiting room): the projector's own
 * display (display/DisplayPage), read-only, its clock on the laptop's (the
 * bridge corrects the timer's anchors for this device's clock).
 */
export function ViewerNetPage({ bridge, route }: { bridge: NetBridge; route: readonly string[] }) {
  const state = useNetState(bridge);
  const { token } = useDeviceToken('viewer', route, bridge);
  const locale = state.hello?.locale ?? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr');
  const refused =
    !token ||
    state.phase === 'unauthorized' ||
    state.phase === 'revoked' ||
    (state.hello !== null && state.hello.role !== 'viewer');
  return (
    <I18nProvider locale={locale}>
      {refused ? (
        <ViewerRefused
          reason={!token ? 'noToken' : state.hello?.role === 'juror' ? 'wrongRole' : state.phase}
        />
      ) : (
        <div className="net-viewer">
          <DisplayPage />
          <div className="net-viewer-bar">
            {state.phase !== 'online' && (
              <ViewerStatus
                phase={state.phase}
                everOnline={state.lastHeardAt !== null}
                stopped={state.stopped}
              />
            )}
            <FullscreenButton />
          </div>
        </div>
      )}
    </I18nProvider>
  );
}

/** Browsers go full screen only from a gesture: a discreet button, gone once full screen. */
function FullscreenButton() {
  const { t } = useI18n();
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (full || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className="net-fullscreen ghost small"
      onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
    >
      {t('lan.net.fullscreen')}
    </button>
  );
}

/** Says why the screen may be out of date; the clock keeps running from its last anchors meanwhile. */
function ViewerStatus({
  phase,
  everOnline,
  stopped,
}: {
  phase: string;
  everOnline: boolean;
  stopped: boolean;
}) {
  const { t } = useI18n();
  const text = stopped
    ? t('lan.net.viewerStopped')
    : everOnline && phase === 'offline'
      ? t('lan.net.viewerOffline')
      : t('lan.net.connecting');
  return (
    <div
      className="net-viewer-status"
      role="status"
      data-testid="net-status"
      data-phase={phase}
      data-state={stopped ? 'stopped' : phase}
    >
      {text}
    </div>
  );
}

function ViewerRefused({ reason }: { reason: string }) {
  const { t } = useI18n();
  const text =
    reason === 'noToken'
      ? t('lan.net.viewerNoToken')
      : reason === 'wrongRole'
        ? t('lan.net.wrongRole')
        : reason === 'revoked'
          ? t('lan.net.revoked')
          : t('lan.net.unauthorized');
  return (
    <div className="net-page">
      <p className="warning" role="alert">
        {text}
      </p>
    </div>
  );
}
