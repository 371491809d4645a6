/**
 * Juror mode on the shared laptop: the chair hands the laptop to one juror,
 * who then sees their own form and nothing else until the chair takes it back.
 *
 * Why a hand-over code rather than a chair PIN or a key chord: jurors have no
 * PIN by default and the app has no chair account; a secret key chord is one
 * that any juror who has seen it done can repeat. So the chair types a short
 * code (4–8 digits) when handing over and the same code to take the laptop
 * back — like a hotel safe, nothing to configure in advance. Only a salted
 * scrypt hash of it is kept.
 *
 * The main process owns the state (in this laptop's settings, so a reload, a
 * crash or a restart comes back in juror mode) and enforces it: while it is on,
 * the dispatcher refuses every call but the juror form's own and the
 * projector's read-only ones (`kioskAllows`), whatever the page does.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { CallName } from '../../../common/contract';
import type { AppContext } from '../context/app-context';
import { DomainError } from '../errors';

export interface KioskState {
  jurorId: number;
  /** The event file it was handed over for: another file ends juror mode. */
  eventPath: string;
  salt: string;
  hash: string;
}

const KIOSK_CALLS: ReadonlySet<string> = new Set<CallName>([
  'app.info',
  'kiosk.get',
  'kiosk.exit',
  'scoring.form',
  'scoring.saveDraft',
  'scoring.submit',
  'scoring.reopen',
  'scoring.declare',
  // The projector window keeps running while the juror scores.
  'timer.get',
  'display.get',
  'ceremony.get',
]);

/** Whether a call may run while the laptop is in a juror's hands. */
export function kioskAllows(name: string): boolean {
  return KIOSK_CALLS.has(name);
}

const CODE = /^\d{4,8}$/;

function hashOf(code: string, salt: string): string {
  return scryptSync(code, Buffer.from(salt, 'base64'), 32).toString('base64');
}

export function newKiosk(jurorId: number, eventPath: string, code: string): KioskState {
  if (!CODE.test(code))
    throw new DomainError('kiosk.codeFormat', {}, [{ path: ['code'], code: 'kiosk.codeFormat' }]);
  const salt = randomBytes(16).toString('base64');
  return { jurorId, eventPath, salt, hash: hashOf(code, salt) };
}

export function codeMatches(state: KioskState, code: string): boolean {
  if (!CODE.test(code)) return false;
  const expected = Buffer.from(state.hash, 'base64');
  const actual = Buffer.from(hashOf(code, state.salt), 'base64');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Juror mode in force for the open event file, or null. */
export function activeKiosk(ctx: AppContext): KioskState | null {
  const kiosk = ctx.settings.get().kiosk;
  if (!kiosk || !ctx.eventFile || ctx.eventFile.path !== kiosk.eventPath) return null;
  return kiosk;
}
