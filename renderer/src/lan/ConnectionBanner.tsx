import { useI18n } from '../i18n';
import type { NetState } from '../net/ws-bridge';

/**
 * What a phone must say about its connection: while offline, that the scores
 * stay on the device and will be sent; once back, that they are being sent.
 */
export function ConnectionBanner({ state }: { state: NetState }) {
  const { t } = useI18n();
  let text: string | null = null;
  let kind = 'info';
  if (state.phase === 'connecting' && !state.hello) text = t('lan.net.connecting');
  else if (state.phase === 'offline' || state.phase === 'connecting') {
    text = state.stopped ? t('lan.net.stopped') : t('lan.net.offline');
    kind = 'warn';
  } else if (state.phase === 'online' && state.pending > 0) text = t('lan.net.sending');
  return (
    <div
      className={`net-banner ${kind}`}
      role="status"
      aria-live="polite"
      data-testid="net-status"
      data-phase={state.phase}
    >
      {text && <span>{text}</span>}
      {text && state.pending > 0 && (
        <span className="net-pending"> {t('lan.net.pending', { count: state.pending })}</span>
      )}
    </div>
  );
}
