import { type ReactNode, useCallback, useRef, useState } from 'react';

/** A transient message under the top bar ("Copy saved…", or an error). */
export function useNotice(): {
  show: (text: string, kind?: 'info' | 'error') => void;
  /** Takes a notice down (a "Saved" must not stand beside the next attempt's error). */
  hide: () => void;
  element: ReactNode;
} {
  const [notice, setNotice] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const show = useCallback((text: string, kind: 'info' | 'error' = 'info') => {
    setNotice({ text, kind });
    window.clearTimeout(timer.current);
    // Errors stay until dismissed: the chair must be able to read them.
    if (kind === 'info') timer.current = window.setTimeout(() => setNotice(null), 4000);
  }, []);
  const hide = useCallback(() => {
    window.clearTimeout(timer.current);
    setNotice(null);
  }, []);
  const element = notice ? (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="ghost small" onClick={() => setNotice(null)} aria-label="×">
        ×
      </button>
    </div>
  ) : null;
  return { show, hide, element };
}
