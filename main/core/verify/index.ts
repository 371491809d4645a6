/** Tamper evidence: is this event file or export what Pitch Jury wrote? */
export { VERIFY_EVENT_USAGE, verifyEventCommand, verifyPath } from './cli-command';
export type { EventVerification, VerifiedLock, VerifyCode, VerifyProblem } from './types';
export { verifyEvent, verifyEventFile } from './verify-event';
export { verifyEventExport } from './verify-export';
