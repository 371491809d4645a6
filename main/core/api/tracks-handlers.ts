import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { clearTrackRecusal, listTrackRecusals, setTrackRecusal } from '../tracks/track-recusals';
import {
  createTrack,
  deleteTrack,
  listTracks,
  renameTrack,
  resolveTrackId,
  setTrackCriteria,
  setTrackJurors,
  setTrackTeams,
} from '../tracks/track-store';

type TracksCall =
  | 'tracks.list'
  | 'tracks.create'
  | 'tracks.rename'
  | 'tracks.delete'
  | 'tracks.setTeams'
  | 'tracks.setJurors'
  | 'tracks.setCriteria'
  | 'tracks.recusals'
  | 'tracks.setRecusal'
  | 'tracks.clearRecusal';

/** Prize tracks (main/core/tracks). A change re-reads setup and results, where tracks show. */
export function tracksHandlers(ctx: AppContext): HandlerMap<TracksCall> {
  const db = () => ctx.requireEventFile().db;
  const now = () => new Date().toISOString();
  const write = <T>(fn: () => T): T => {
    const result = fn();
    ctx.changed(['setup', 'results', 'ceremony']);
    return result;
  };
  const track = (trackId: number) => resolveTrackId(db(), trackId);
  return {
    'tracks.list': () => listTracks(db()),
    'tracks.create': ({ name }) => write(() => createTrack(db(), name, now())),
    'tracks.rename': ({ trackId, name }) => write(() => renameTrack(db(), track(trackId), name)),
    'tracks.delete': ({ trackId }) => write(() => deleteTrack(db(), track(trackId))),
    'tracks.setTeams': ({ trackId, teamIds }) => write(() => setTrackTeams(db(), track(trackId), teamIds)),
    'tracks.setJurors': ({ trackId, jurorIds }) =>
      write(() => setTrackJurors(db(), track(trackId), jurorIds)),
    'tracks.setCriteria': ({ trackId, criteria }) =>
      write(() => setTrackCriteria(db(), track(trackId), criteria)),
    'tracks.recusals': ({ trackId }) => listTrackRecusals(db(), track(trackId)),
    'tracks.setRecusal': ({ trackId, actor, ...recusal }) =>
      write(() => setTrackRecusal(db(), track(trackId), recusal, actor, now())),
    'tracks.clearRecusal': ({ trackId, jurorId, teamId }) =>
      write(() => clearTrackRecusal(db(), track(trackId), jurorId, teamId)),
  };
}
