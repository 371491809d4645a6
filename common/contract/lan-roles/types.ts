/**
 * What a network role is, as every layer needs to know it: plain data, no
 * zod, so the renderer (which checks calls before sending them) bundles no
 * schema library. The main process adds each role's handlers
 * (main/core/lan/roles/<role>/), the renderer its page (renderer/src/lan/role-pages.tsx).
 */
import type { CALL_NAMES, EVENT_NAMES } from '../names';
import type { RefreshScope } from '../refresh-scopes';

export type LanCallName = (typeof CALL_NAMES)[number];
export type LanEventName = (typeof EVENT_NAMES)[number];

/**
 * How a role's login is held:
 * - `personal`: one per juror (a card with a PIN), issuing a new one revokes the previous;
 * - `link`: a labelled link the chair creates and revokes (a screen, a witness);
 * - `own`: held in the role's own table, not lan_credential (audience ballots):
 *   the role's main-side definition authenticates them (`authenticate`,
 *   `isActive`), and the chair's device list does not list them one by one.
 */
export type LanCredentialKind = 'personal' | 'link' | 'own';

export interface LanRoleSpec<R extends string = string> {
  role: R;
  credential: LanCredentialKind;
  /** Every contract call the role may make; every other call is refused (twice: in front, and in its handler map). */
  calls: readonly LanCallName[];
  /** The pushed events its devices receive. */
  events: readonly LanEventName[];
  /**
   * Told of every juror's own score change (an observer follows progress);
   * by default a juror's write is announced to that login's devices only.
   */
  followsAllScores?: boolean;
  /** Writes a device retries after a Wi-Fi drop: they carry an idempotency key and spend the write budget. */
  idempotentCalls?: readonly LanCallName[];
  /** Writes sent without a key (naturally idempotent) that still spend the write budget. */
  writeCalls?: readonly LanCallName[];
  /** Which write budget of the server's limits a login spends (default `juror`: a juror's sheets). */
  writeBudget?: 'juror' | 'ballot';
  /**
   * The only change scopes its devices are told of (besides `file`, another
   * event open); by default every change its events carry.
   */
  scopes?: readonly RefreshScope[];
}
