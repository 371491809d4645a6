import { createContext, useContext } from 'react';

/**
 * The prize track the results page shows (undefined: the main track, which
 * every results and awards call addresses when given no trackId). The panels
 * pass it on with each call, so locking, awards and settings act on the
 * track the chair is looking at.
 */
export const TrackContext = createContext<number | undefined>(undefined);

export function useTrackId(): number | undefined {
  return useContext(TrackContext);
}
