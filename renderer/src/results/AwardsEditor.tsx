import { useState } from 'react';
import type { AwardView } from '../../../common/contract/results';
import type { EventSetup } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { namesOf } from '../scoring/labels';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { useTrackId } from './track-context';

/**
 * Podium awards go to whoever holds the rank; special awards ("Coup de cœur du
 * jury") to the team the jury picks. Part of the locked results: read-only
 * while locked.
 */
export function AwardsEditor({
  awards,
  setup,
  locked,
}: {
  awards: AwardView[];
  setup: EventSetup;
  locked: boolean;
}) {
  const { t } = useI18n();
  const names = namesOf(setup);
  const [special, setSpecial] = useState({ name: '', teamId: 0 });
  const { run, message } = useSubmit();
  const trackId = useTrackId();
  const update = (award: AwardView, change: Partial<Pick<AwardView, 'name' | 'podiumRank' | 'teamId'>>) =>
    void run(() =>
      call('awards.update', {
        trackId,
        id: award.id,
        name: change.name ?? award.name,
        podiumRank: change.podiumRank === undefined ? award.podiumRank : change.podiumRank,
        teamId: change.teamId === undefined ? award.teamId : change.teamId,
      }),
    );
  const rankOptions = Array.from({ length: Math.max(3, setup.teams.length) }, (_, i) => i + 1);

  return (
    <section className="card" aria-labelledby="awards-title">
      <div className="card-head">
        <h2 id="awards-title">{t('results.awards.title')}</h2>
        {!locked && (
          <button
            type="button"
            className="secondary"
            onClick={() => void run(() => call('awards.addPodium', { trackId }))}
          >
            {t('results.awards.addPodium')}
          </button>
        )}
      </div>
      <FormError message={message} />
      {awards.length === 0 && <p className="muted">{t('results.awards.none')}</p>}
      <ul className="awards">
        {awards.map((award) => (
          <li key={award.id} data-testid="award-row">
            <input
              aria-label={t('results.awards.name')}
              defaultValue={award.name}
              disabled={locked}
              onBlur={(e) => {
                if (e.target.value !== award.name) update(award, { name: e.target.value });
              }}
            />
            {award.kind === 'podium' ? (
              <select
                aria-label={t('results.awards.rank')}
                value={award.podiumRank ?? 1}
                disabled={locked}
                onChange={(e) => update(award, { podiumRank: Number(e.target.value) })}
              >
                {rankOptions.map((rank) => (
                  <option key={rank} value={rank}>
                    {t('results.awards.rankOption', { rank })}
                  </option>
                ))}
              </select>
            ) : (
              <select
                aria-label={t('results.awards.team')}
                value={award.teamId ?? 0}
                disabled={locked}
                onChange={(e) => update(award, { teamId: Number(e.target.value) || null })}
              >
                <TeamOptions teams={setup.teams} />
              </select>
            )}
            <span className="award-winner">
              {award.winnerTeamIds.length === 0
                ? t('results.awards.noWinner')
                : `→ ${names.list(award.winnerTeamIds, names.team)}`}
              {award.winnerTeamIds.length > 1 && (
                <span className="badge warn">{t('results.ranking.exAequo')}</span>
              )}
            </span>
            {!locked && (
              <button
                type="button"
                className="ghost small danger"
                onClick={() => void run(() => call('awards.delete', { trackId, id: award.id }))}
              >
                {t('common.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!locked && (
        <form
          className="form-grid"
          aria-label={t('results.awards.specialName')}
          onSubmit={(e) => {
            e.preventDefault();
            void run(() =>
              call('awards.create', {
                trackId,
                kind: 'special',
                name: special.name,
                podiumRank: null,
                teamId: special.teamId || null,
              }),
            ).then((done) => {
              if (done) setSpecial({ name: '', teamId: 0 });
            });
          }}
        >
          <Field label={t('results.awards.specialName')} hint={t('results.awards.specialHint')}>
            <input value={special.name} onChange={(e) => setSpecial({ ...special, name: e.target.value })} />
          </Field>
          <Field label={t('results.awards.team')}>
            <select
              value={special.teamId}
              onChange={(e) => setSpecial({ ...special, teamId: Number(e.target.value) })}
            >
              <TeamOptions teams={setup.teams} />
            </select>
          </Field>
          <div className="actions">
            <button type="submit">{t('results.awards.addSpecial')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

/** A special award's team: none yet (0), or one of the event's teams. */
function TeamOptions({ teams }: { teams: EventSetup['teams'] }) {
  const { t } = useI18n();
  return (
    <>
      <option value={0}>{t('results.awards.noTeam')}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
}
