import { useState } from 'react';
import type { TrackSummaryView } from '../../../common/contract/tracks';
import type { EventSetup } from '../../../common/domain';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';

/**
 * The recusals of one prize track (not the main one): a juror who does not
 * judge a team in this track but still scores it for the others. The event's
 * recusals (scoring page) are listed too, since they apply in every track,
 * and can only be lifted there. Every rule (locks, names) is main's.
 */
export function TrackRecusals({ track, setup }: { track: TrackSummaryView; setup: EventSetup }) {
  const { t } = useI18n();
  const { data: recusals, error } = useLive('tracks.recusals', { trackId: track.id });
  const { run, message, busy } = useSubmit();
  const [jurorId, setJurorId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [reason, setReason] = useState('');
  const [actor, setActor] = useState('');
  const jurorName = (id: number) => setup.jurors.find((j) => j.id === id)?.name ?? `#${id}`;
  const teamName = (id: number) => setup.teams.find((x) => x.id === id)?.name ?? `#${id}`;
  const jurors = setup.jurors.filter((j) => track.jurorIds.includes(j.id));
  const teams = setup.teams.filter((x) => track.teamIds.includes(x.id));
  return (
    <form
      className="card track-recusals"
      data-testid="track-recusals"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() =>
          call('tracks.setRecusal', {
            trackId: track.id,
            jurorId: Number(jurorId),
            teamId: Number(teamId),
            reason,
            actor,
          }),
        ).then((done) => done && setReason(''));
      }}
    >
      <h3>
        {t('trackRecusals.title')} — {track.name}
      </h3>
      <FormError message={message ?? error} />
      {recusals && recusals.length === 0 && <p className="muted small">{t('trackRecusals.none')}</p>}
      <ul>
        {(recusals ?? []).map((r) => (
          <li key={`${r.jurorId}:${r.teamId}`}>
            {t('trackRecusals.row', {
              juror: jurorName(r.jurorId),
              team: teamName(r.teamId),
              reason: r.reason,
            })}
            {r.scope === 'event' ? (
              <span className="muted small"> ({t('trackRecusals.event')})</span>
            ) : (
              <button
                type="button"
                className="ghost"
                disabled={busy || track.locked}
                onClick={() =>
                  void run(() =>
                    call('tracks.clearRecusal', { trackId: track.id, jurorId: r.jurorId, teamId: r.teamId }),
                  )
                }
              >
                {t('trackRecusals.clear')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <fieldset disabled={track.locked}>
        <label>
          {t('trackRecusals.juror')}
          <select name="recusal-juror" value={jurorId} onChange={(e) => setJurorId(e.target.value)}>
            <option value="">{t('trackRecusals.choose')}</option>
            {jurors.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trackRecusals.team')}
          <select name="recusal-team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">{t('trackRecusals.choose')}</option>
            {teams.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trackRecusals.reason')}
          <input name="recusal-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <label>
          {t('trackRecusals.actor')}
          <input name="recusal-actor" value={actor} onChange={(e) => setActor(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !jurorId || !teamId}>
          {t('trackRecusals.add')}
        </button>
      </fieldset>
    </form>
  );
}
