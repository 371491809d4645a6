import { useI18n } from '../i18n';
import { driftMinutes } from './schedule-view';

/** "Behind schedule: +7 min" / "Ahead: −3 min" / "On schedule". */
export function DriftBadge({ driftMs }: { driftMs: number | null }) {
  const { t } = useI18n();
  if (driftMs === null) return null;
  const minutes = driftMinutes(driftMs);
  if (minutes > 0)
    return (
      <span className="badge warn" data-testid="drift">
        {t('order.schedule.behind', { minutes })}
      </span>
    );
  if (minutes < 0)
    return (
      <span className="badge ok" data-testid="drift">
        {t('order.schedule.ahead', { minutes: -minutes })}
      </span>
    );
  return (
    <span className="badge ok" data-testid="drift">
      {t('order.schedule.onTime')}
    </span>
  );
}
