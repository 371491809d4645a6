import { useLive } from '../hooks';
import { CeremonyView } from './CeremonyView';

/**
 * `#/ceremony`: the ceremony alone, full screen, for a window or browser tab
 * of its own. The projector window shows the same view when the chair puts
 * the ceremony on screen (renderer/src/display/DisplayPage.tsx).
 */
export function CeremonyPage() {
  const { data } = useLive('ceremony.get', {});
  return <div className="pj-ceremony-page">{data && <CeremonyView view={data} />}</div>;
}
