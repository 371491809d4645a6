import { useState } from 'react';
import type { TrackSummaryView } from '../../../common/contract/tracks';
import type { EventSetup } from '../../../common/domain';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { TrackRecusals } from './TrackRecusals';

/**
 * `#/setup/tracks`: the prize tracks. The main track holds everything and
 * needs no setup (a one-room event never comes here); each other track gets
 * its teams, jurors and criteria with their weights. Every rule (names,
 * weights, locks) is main's: this page only sends the choice and shows the refusal.
 */
export function TracksEditor({ setup }: { setup: EventSetup }) {
  const { t } = useI18n();
  const { data: tracks, error } = useLive('tracks.list', {});
  const { run, message, busy } = useSubmit();
  const [name, setName] = useState('');
  if (error) return <p className="form-error">{error}</p>;
  if (!tracks) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="tracks-editor" data-testid="tracks-editor">
      <h2>{t('tracks.setup.title')}</h2>
      <p className="muted">{t('tracks.setup.intro')}</p>
      {tracks.map((track) =>
        track.main ? (
          <MainTrack key={track.id} track={track} />
        ) : (
          <div key={track.id}>
            <TrackCard key={`${track.id}:${JSON.stringify(track)}`} track={track} setup={setup} />
            <TrackRecusals track={track} setup={setup} />
          </div>
        ),
      )}
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => call('tracks.create', { name })).then((done) => done && setName(''));
        }}
      >
        <FormError message={message} />
        <label>
          {t('tracks.setup.newName')}
          <input name="track-name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('tracks.setup.add')}
        </button>
      </form>
    </div>
  );
}

function MainTrack({ track }: { track: TrackSummaryView }) {
  const { t } = useI18n();
  const { run, message, busy } = useSubmit();
  const [name, setName] = useState(track.name);
  return (
    <form
      className="card"
      data-testid="track-main"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => call('tracks.rename', { trackId: track.id, name }));
      }}
    >
      <FormError message={message} />
      <p>
        <strong>{track.name}</strong> <span className="muted">— {t('tracks.setup.main')}</span>
        {track.locked && <span className="muted"> ({t('tracks.setup.locked')})</span>}
      </p>
      <input aria-label={t('tracks.setup.rename')} value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="ghost" disabled={busy || track.locked}>
        {t('tracks.setup.rename')}
      </button>
    </form>
  );
}

function toggle(list: readonly number[], id: number, on: boolean): number[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

function TrackCard({ track, setup }: { track: TrackSummaryView; setup: EventSetup }) {
  const { t } = useI18n();
  const { run, message, busy } = useSubmit();
  const [name, setName] = useState(track.name);
  const [teamIds, setTeamIds] = useState(track.teamIds);
  const [jurorIds, setJurorIds] = useState(track.jurorIds);
  const [weights, setWeights] = useState<Record<number, string>>(
    Object.fromEntries(track.criteria.map((c) => [c.criterionId, String(c.weight)])),
  );
  const save = () =>
    run(async () => {
      if (name !== track.name) await call('tracks.rename', { trackId: track.id, name });
      await call('tracks.setTeams', { trackId: track.id, teamIds });
      await call('tracks.setJurors', { trackId: track.id, jurorIds });
      await call('tracks.setCriteria', {
        trackId: track.id,
        criteria: setup.criteria
          .filter((c) => weights[c.id] !== undefined)
          .map((c) => ({ criterionId: c.id, weight: Number((weights[c.id] ?? '').replace(',', '.')) })),
      });
    });
  const locked = track.locked;
  return (
    <form
      className="card track-card"
      data-testid="track-card"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={message} />
      <label>
        {t('tracks.setup.rename')}
        <input name="track-rename" value={name} disabled={locked} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="muted small">
        {t('tracks.setup.counts', {
          teams: track.teamIds.length,
          jurors: track.jurorIds.length,
          criteria: track.criteria.length,
        })}
        {locked && ` (${t('tracks.setup.locked')})`}
        {track.roundId !== 1 && ` · ${t('tracks.ranksFinalHint')}`}
      </p>
      <fieldset disabled={locked}>
        <legend>{t('tracks.setup.teams')}</legend>
        {setup.teams.map((team) => (
          <label key={team.id} className="check">
            <input
              type="checkbox"
              checked={teamIds.includes(team.id)}
              onChange={(e) => setTeamIds(toggle(teamIds, team.id, e.target.checked))}
            />
            {team.name}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={locked}>
        <legend>{t('tracks.setup.jurors')}</legend>
        {setup.jurors.map((juror) => (
          <label key={juror.id} className="check">
            <input
              type="checkbox"
              checked={jurorIds.includes(juror.id)}
              onChange={(e) => setJurorIds(toggle(jurorIds, juror.id, e.target.checked))}
            />
            {juror.name}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={locked}>
        <legend>{t('tracks.setup.criteria')}</legend>
        {setup.criteria.map((criterion) => {
          const on = weights[criterion.id] !== undefined;
          return (
            <div key={criterion.id} className="check">
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => {
                    const next = { ...weights };
                    if (e.target.checked) next[criterion.id] = String(criterion.weight);
                    else delete next[criterion.id];
                    setWeights(next);
                  }}
                />
                {criterion.name}
              </label>
              {on && (
                <input
                  inputMode="decimal"
                  aria-label={t('tracks.setup.weight', { criterion: criterion.name })}
                  value={weights[criterion.id]}
                  onChange={(e) => setWeights({ ...weights, [criterion.id]: e.target.value })}
                />
              )}
            </div>
          );
        })}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy || locked}>
          {t('tracks.setup.save')}
        </button>
        <button
          type="button"
          className="ghost"
          disabled={busy || locked}
          onClick={() => void run(() => call('tracks.delete', { trackId: track.id }))}
        >
          {t('tracks.setup.delete')}
        </button>
      </div>
    </form>
  );
}
