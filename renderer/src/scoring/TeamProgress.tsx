import type { TeamProgressView } from '../../../common/contract/scoring';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { namesOf } from './labels';
import './scoring.css';

/**
 * "3 of 5 jurors submitted · missing: …" for one team. Without `teamId` it
 * follows the team on stage, else the team that pitched last: the one the
 * control room wants to see while jurors are scoring. Shows no score, so it
 * can sit anywhere (control room, results page).
 */
export function TeamProgress({ teamId, className }: { teamId?: number; className?: string }) {
  const { t } = useI18n();
  const progress = useLive('scores.progress', {});
  const setup = useLive('setup.get', {});
  if (!progress.data || !setup.data) return null;
  const id = teamId ?? progress.data.currentTeamId;
  const entry = progress.data.teams.find((p) => p.teamId === id);
  if (!entry) return null;
  const names = namesOf(setup.data);
  return (
    <div className={`team-progress${className ? ` ${className}` : ''}`} data-testid="team-progress">
      <strong>{names.team(entry.teamId)}</strong> <ProgressLine entry={entry} names={names} />
      {entry.expected > 0 && entry.submitted === entry.expected && (
        <span className="badge ok">{t('scoring.progress.complete')}</span>
      )}
    </div>
  );
}

/** "3 of 5 jurors submitted — missing: A, B (draft started)". */
export function ProgressLine({
  entry,
  names,
}: {
  entry: TeamProgressView;
  names: ReturnType<typeof namesOf>;
}) {
  const { t } = useI18n();
  const drafting = new Set(entry.draftJurorIds);
  const missing = entry.missingJurorIds
    .map((id) =>
      drafting.has(id) ? t('scoring.progress.drafting', { name: names.juror(id) }) : names.juror(id),
    )
    .join(', ');
  return (
    <span className="progress-line">
      {t('scoring.progress.count', { submitted: entry.submitted, expected: entry.expected })}
      {missing && <span className="muted"> — {t('scoring.progress.missing', { names: missing })}</span>}
    </span>
  );
}
