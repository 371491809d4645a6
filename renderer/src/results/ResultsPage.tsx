import { useState } from 'react';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { ProgressPanel } from '../scoring/ProgressPanel';
import { RecusalsPanel } from '../scoring/RecusalsPanel';
import { AwardsEditor } from './AwardsEditor';
import { CeremonyControl } from './CeremonyControl';
import { DeliberationPanel } from './DeliberationPanel';
import { LockPanel } from './LockPanel';
import { RankingTable } from './RankingTable';
import { SettingsPanel } from './SettingsPanel';
import { TrackContext } from './track-context';
import './results.css';

/**
 * `#/results`: everything the chair needs to deliberate and close: ranking,
 * deliberation, progress, recusals, method and tie-breaks, the lock with its
 * SHA-256, awards and the ceremony. Every number comes from main (one place
 * computes a ranking); this page only lays it out.
 */
export function ResultsPage() {
  const { t } = useI18n();
  // The prize track shown (undefined: the main track); the selector appears once there are several.
  const [trackId, setTrackId] = useState<number | undefined>(undefined);
  const tracks = useLive('tracks.list', {});
  const results = useLive('results.get', { trackId });
  const setup = useLive('setup.get', {});
  const selector =
    tracks.data && tracks.data.length > 1 ? (
      <label className="track-selector">
        {t('tracks.results.label')}{' '}
        <select
          data-testid="track-selector"
          value={trackId ?? tracks.data.find((tr) => tr.main)?.id ?? ''}
          onChange={(e) => {
            const picked = tracks.data?.find((tr) => tr.id === Number(e.target.value));
            setTrackId(picked && !picked.main ? picked.id : undefined);
          }}
        >
          {tracks.data.map((tr) => (
            <option key={tr.id} value={tr.id}>
              {tr.roundId === 1 ? tr.name : `${tr.name} — ${t('tracks.ranksFinal')}`}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  // Nothing to rank yet (no criterion, no team): say what is missing and lead to the setup.
  if (results.error)
    return (
      <div className="card results-empty">
        {selector}
        <p>{results.error}</p>
        <a className="button" href="#/setup/criteria">
          {t('nav.setup')}
        </a>
      </div>
    );
  if (!results.data || !setup.data) return <p className="muted">{t('app.loading')}</p>;
  const { data } = results;
  const locked = data.lock.locked;
  return (
    <TrackContext.Provider value={trackId}>
      <div className="results">
        <div className="results-main">
          {selector}
          {locked && (
            <p className="lock-banner" role="status">
              {t('results.lock.banner')}
            </p>
          )}
          <RankingTable
            ranking={data.ranking}
            settings={data.settings}
            setup={setup.data}
            overtime={data.overtime}
            locked={locked}
          />
          {data.deliberation && <DeliberationPanel analysis={data.deliberation} setup={setup.data} />}
          <LockPanel lock={data.lock} setup={setup.data} />
          <AwardsEditor awards={data.awards} setup={setup.data} locked={locked} />
          <CeremonyControl />
        </div>
        <div className="results-side">
          {/* The scoring progress is this laptop's event-wide one; another track's own sheet counts are in its ranking. */}
          {trackId === undefined && <ProgressPanel />}
          <RecusalsPanel readOnly={locked} />
          <SettingsPanel
            key={JSON.stringify(data.settings.penalty)}
            settings={data.settings}
            setup={setup.data}
            locked={locked}
          />
        </div>
      </div>
    </TrackContext.Provider>
  );
}
