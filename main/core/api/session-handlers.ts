import { markChecklistStep, readChecklist } from '../checklist/day-checklist';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import {
  drawRunningOrder,
  moveRunningOrderTeamToEnd,
  type OrderChange,
  readDisplayView,
  readOrderView,
  readTimerSnapshot,
  reorderRunningOrder,
  runChairCommand,
  setRunningOrderStatus,
  setSessionStart,
  toggleBlackout,
  undoChairCommand,
  updateDisplaySettings,
  writeOverrides,
  writeScreenChoice,
} from '../pitch-day';

type SessionCall =
  | 'order.get'
  | 'order.reorder'
  | 'order.draw'
  | 'order.setStatus'
  | 'order.moveToEnd'
  | 'order.setOverrides'
  | 'session.setStart'
  | 'timer.get'
  | 'timer.command'
  | 'timer.undo'
  | 'checklist.get'
  | 'checklist.mark'
  | 'display.get'
  | 'display.set'
  | 'display.toggleBlackout'
  | 'display.listScreens'
  | 'display.open'
  | 'display.close';

/**
 * Pitch day calls. Timer transitions are pushed as `timer.changed` with the
 * new anchors (windows repaint from it without a round trip); everything else
 * announces its scope ('order', 'display') so windows re-read.
 */
export function sessionHandlers(ctx: AppContext): HandlerMap<SessionCall> {
  const db = () => ctx.requireEventFile().db;
  const pushTimer = () => {
    const snapshot = readTimerSnapshot(db(), Date.now());
    ctx.emit('timer.changed', {
      revision: snapshot.revision,
      now: snapshot.now,
      state: snapshot.state,
    });
  };
  const orderChanged = (change: OrderChange) => {
    if (change.timerChanged) pushTimer();
    ctx.changed(['order', 'display']);
    return change.view;
  };

  return {
    'order.get': () => readOrderView(db()),
    'order.reorder': ({ teamIds }) => orderChanged(reorderRunningOrder(db(), teamIds)),
    'order.draw': ({ seed }) => orderChanged(drawRunningOrder(db(), seed, Date.now())),
    'order.setStatus': ({ teamId, status }) =>
      orderChanged(setRunningOrderStatus(db(), teamId, status, Date.now())),
    'order.moveToEnd': ({ teamId }) => orderChanged(moveRunningOrderTeamToEnd(db(), teamId, Date.now())),
    'order.setOverrides': ({ teamId, pitchMs, qaMs }) => {
      writeOverrides(db(), teamId, pitchMs, qaMs);
      ctx.changed(['order']);
      return readOrderView(db());
    },
    'session.setStart': ({ startMs }) => {
      const view = setSessionStart(db(), startMs);
      ctx.changed(['order']);
      return view;
    },
    'timer.get': () => readTimerSnapshot(db(), Date.now()),
    'timer.command': (command) => {
      const { snapshot, orderChanged: statusesChanged } = runChairCommand(db(), command, Date.now());
      // The anchors first: the projector repaints from this push alone.
      ctx.emit('timer.changed', {
        revision: snapshot.revision,
        now: snapshot.now,
        state: snapshot.state,
      });
      if (statusesChanged) ctx.changed(['order', 'display']);
      return snapshot;
    },
    'timer.undo': () => {
      const { snapshot } = undoChairCommand(db(), Date.now());
      ctx.options.emit('timer.changed', {
        revision: snapshot.revision,
        now: snapshot.now,
        state: snapshot.state,
      });
      ctx.changed(['order', 'display']);
      return snapshot;
    },
    'checklist.get': () => readChecklist(db()),
    'checklist.mark': ({ step, done }) => {
      markChecklistStep(db(), step, done, Date.now());
      ctx.changed(['checklist']);
      return readChecklist(db());
    },
    'display.get': () => readDisplayView(db()),
    'display.set': (change) => {
      const settings = updateDisplaySettings(db(), change);
      ctx.changed(['display']);
      return settings;
    },
    'display.toggleBlackout': () => {
      const settings = toggleBlackout(db());
      ctx.changed(['display']);
      return settings;
    },
    'display.listScreens': () => {
      const { platform } = ctx.options;
      return { screens: platform.listScreens?.() ?? [], canOpen: platform.openDisplay !== undefined };
    },
    'display.open': async ({ screenId }) => {
      // The choice is remembered even where no window can open (tests, browser preview).
      if (ctx.eventFile) {
        writeScreenChoice(ctx.eventFile.db, screenId);
        ctx.changed(['display']);
      }
      return { opened: (await ctx.options.platform.openDisplay?.(screenId)) ?? false };
    },
    'display.close': () => ({ closed: ctx.options.platform.closeDisplay?.() ?? false }),
  };
}
