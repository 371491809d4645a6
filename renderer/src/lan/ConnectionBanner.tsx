import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import type { NetState } from '../net/ws-bridge';

/** How long "everything was sent" stays after the last waiting change went through. */
const SENT_NOTICE_MS = 4_000;

/**
 * What a phone must say about its connection, honestly: offline (within
 * seconds, see ws-bridge.ts), how many changes are kept on the phone and
 * waiting, that they are being sent, and that they were.
 */
export function ConnectionBanner({ state, onDismiss }: { state: NetState; onDismiss?: () => void }) {
  const { t } = useI18n();
  const [sent, setSent] = useState(false);
  const hadPending = useRef(false);
  useEffect(() => {
    if (state.pending > 0) {
      hadPending.current = true;
      setSent(false);
      return;
    }
    if (state.phase !== 'online' || !hadPending.current) return;
    hadPending.current = false;
    setSent(true);
    const timer = window.setTimeout(() => setSent(false), SENT_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [state.pending, state.phase]);

  let text: string | null = null;
  let kind = 'info';
  let shown: string = state.phase;
  if (state.phase === 'connecting' && !state.hello) text = t('lan.net.connecting');
  else if (state.phase === 'offline' || state.phase === 'connecting') {
    text = state.stopped ? t('lan.net.stopped') : t('lan.net.offline');
    kind = 'warn';
    shown = state.pending > 0 ? 'queued' : 'offline';
  } else if (state.phase === 'online' && state.pending > 0) {
    text = t('lan.net.sending');
    shown = 'sending';
  } else if (state.phase === 'online' && state.refusedReplay) {
    text = t('lan.net.replayRefused', { message: state.refusedReplay });
    kind = 'warn';
    shown = 'refused';
  } else if (state.phase === 'online' && sent) {
    text = t('lan.net.sent');
    kind = 'ok';
    shown = 'sent';
  }
  return (
    <div
      className={`net-banner ${kind}`}
      role="status"
      aria-live="polite"
      data-testid="net-status"
      data-phase={state.phase}
      data-state={shown}
    >
      {text && <span>{text}</span>}
      {text && state.pending > 0 && (
        <span className="net-pending"> {t('lan.net.pending', { count: state.pending })}</span>
      )}
      {shown === 'refused' && onDismiss && (
        <button type="button" className="secondary net-dismiss" onClick={onDismiss}>
          {t('lan.net.understood')}
        </button>
      )}
    </div>
  );
}
