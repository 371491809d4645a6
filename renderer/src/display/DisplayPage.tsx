import { useLive } from '../hooks';
import { CeremonyView } from '../results/CeremonyView';
import { DisplayView } from './DisplayView';
import { useFeedSnapshot, useTimerFeed } from './useTimerFeed';

/**
 * `#/display`: the projector window. Full screen, no chrome, no cursor. It
 * reads the display settings (re-read on changes) and follows the timer from
 * the anchors main pushes; the clock itself is painted outside React.
 */
export function DisplayPage() {
  const feed = useTimerFeed();
  const snapshot = useFeedSnapshot(feed);
  const { data } = useLive('display.get', {});
  // The award ceremony (results area) takes the screen when the chair puts it on; blackout still wins.
  const { data: ceremony } = useLive('ceremony.get', {});
  const showCeremony = ceremony?.onScreen === true && data?.settings.mode !== 'blackout';
  return (
    <div className="pj-display-page">
      {showCeremony ? (
        <CeremonyView view={ceremony} />
      ) : (
        <DisplayView data={data} feed={feed} snapshot={snapshot} />
      )}
    </div>
  );
}
