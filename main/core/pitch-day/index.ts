/** Pitch day in the core: running order, timer anchors, phase records, display settings. */
export { type ChairResult, readTimerSnapshot, runChairCommand, undoChairCommand } from './chair';
export {
  readDisplaySettings,
  readWindowBounds,
  toggleBlackout,
  updateDisplaySettings,
  writeScreenChoice,
  writeWindowBounds,
} from './display-store';
export { readDisplayView } from './display-view';
export { readOrder, type StoredOrderEntry, teamTiming, writeOverrides } from './order-store';
export {
  drawRunningOrder,
  moveRunningOrderTeamToEnd,
  type OrderChange,
  readOrderView,
  reorderRunningOrder,
  setRunningOrderStatus,
  setSessionStart,
} from './running-order';
export { type DrawRecord, readSessionInfo, type SessionInfo } from './session-info';
export { readTimeUsed, type TimeUsed } from './time-used';
export { readStageTimes, readTimer, type StoredTimer } from './timer-store';
