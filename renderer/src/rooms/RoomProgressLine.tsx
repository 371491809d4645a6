import type { RoomView } from '../../../common/contract/rooms';
import { useI18n } from '../i18n';

/** A room's sheets as merged so far, when the head last heard from it, from which laptop, and its lock. */
export function RoomProgressLine({ progress, testId }: { progress: RoomView; testId?: string }) {
  const { t, locale } = useI18n();
  return (
    <p className="small" aria-live="polite" data-testid={testId}>
      {t('rooms.progress', { submitted: progress.submitted, expected: progress.expected })}
      {' — '}
      {progress.lastHeardAtUtc
        ? t('rooms.lastHeard', { at: new Date(progress.lastHeardAtUtc).toLocaleString(locale) })
        : t('rooms.neverHeard')}
      {progress.laptop ? ` (${progress.laptop})` : ''}
      {progress.roomLockHash ? ` · ${t('rooms.lockedShort')}` : ''}
    </p>
  );
}
