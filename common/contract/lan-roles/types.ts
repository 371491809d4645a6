/**
 * What a network role is, as every layer needs to know it: plain data, no
 * zod, so the renderer (which checks calls before sending them) bundles no
 * schema library. The main process adds each role's handlers
 * (main/core/lan/roles/<role>/), the renderer its page (renderer/src/lan/role-pages.tsx).
 */
import type { CALL_NAMES, EVENT_NAMES } from '../names';

export type LanCallName = (typeof CALL_NAMES)[number];
export type LanEventName = (typeof EVENT_NAMES)[number];

/**
 * How a role's login is held:
 * - `personal`: one per juror (a card with a PIN), issuing a new one revokes the previous;
 * - `link`: a labelled link the chair creates and revokes (a screen, a witness).
 */
export type LanCredentialKind = 'personal' | 'link';

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
}
