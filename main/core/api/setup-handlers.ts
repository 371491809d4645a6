import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { createCriterion, deleteCriterion, reorderCriteria, updateCriterion } from '../event/criteria';
import { updateEventInfo, updateTimerDefaults } from '../event/event-info';
import { createJuror, deleteJuror, reorderJurors, updateJuror } from '../event/jurors';
import { readSetup } from '../event/setup';
import { createTeam, deleteTeam, reorderTeams, updateTeam } from '../event/teams';

type SetupCall =
  | 'setup.get'
  | 'event.update'
  | 'timerDefaults.update'
  | 'teams.create'
  | 'teams.update'
  | 'teams.delete'
  | 'teams.reorder'
  | 'jurors.create'
  | 'jurors.update'
  | 'jurors.delete'
  | 'jurors.reorder'
  | 'criteria.create'
  | 'criteria.update'
  | 'criteria.delete'
  | 'criteria.reorder';

export function setupHandlers(ctx: AppContext): HandlerMap<SetupCall> {
  const db = () => ctx.requireEventFile().db;
  /** Runs a write and announces it, so every window refreshes. */
  const write = <T>(fn: () => T): T => {
    const result = fn();
    ctx.changed(['setup']);
    return result;
  };
  return {
    'setup.get': () => readSetup(db()),
    'event.update': (input) => write(() => updateEventInfo(db(), input)),
    'timerDefaults.update': (input) => write(() => updateTimerDefaults(db(), input)),
    'teams.create': (input) => write(() => createTeam(db(), input)),
    'teams.update': ({ id, ...draft }) => write(() => updateTeam(db(), id, draft)),
    'teams.delete': ({ id }) =>
      write(() => {
        deleteTeam(db(), id);
        return null;
      }),
    'teams.reorder': ({ ids }) => write(() => reorderTeams(db(), ids)),
    'jurors.create': (input) => write(() => createJuror(db(), input)),
    'jurors.update': ({ id, ...draft }) => write(() => updateJuror(db(), id, draft)),
    'jurors.delete': ({ id }) =>
      write(() => {
        deleteJuror(db(), id);
        return null;
      }),
    'jurors.reorder': ({ ids }) => write(() => reorderJurors(db(), ids)),
    'criteria.create': (input) => write(() => createCriterion(db(), input)),
    'criteria.update': ({ id, ...draft }) => write(() => updateCriterion(db(), id, draft)),
    'criteria.delete': ({ id }) =>
      write(() => {
        deleteCriterion(db(), id);
        return null;
      }),
    'criteria.reorder': ({ ids }) => write(() => reorderCriteria(db(), ids)),
  };
}
