/**
 * The network protocol of phones and viewer screens, and what each role may
 * do (the role list itself is lan-roles/): plain constants and types, no zod, so the renderer (which speaks it)
 * does not bundle the schema library. The server validates incoming frames
 * with `lanClientMessage` (lan.ts).
 */
import { LAN_ROLE_SPECS, LAN_ROLES, type LanRole } from './lan-roles';
import { ballotRole } from './lan-roles/ballot';
import { jurorRole } from './lan-roles/juror';
import { viewerRole } from './lan-roles/viewer';
import type { CallResult } from './result';

export {
  isIdempotentCall,
  isLanRole,
  isWriteCall,
  LAN_ROLE_SPECS,
  LAN_ROLES,
  type LanCredentialKind,
  type LanRole,
  type LanRoleSpec,
  LINK_ROLES,
  roleFollowsChange,
  roleMayCall,
  roleReceives,
} from './lan-roles';

/** What a viewer screen may call: the projector's read-only view, nothing else. */
export const VIEWER_CALLS = viewerRole.calls;
/** What a juror's phone may call: its own juror form, nothing else. */
export const JUROR_CALLS = jurorRole.calls;
/** Writes a juror's phone retries after a Wi-Fi drop: they carry an idempotency key. */
export const IDEMPOTENT_CALLS = jurorRole.idempotentCalls;
/** What an audience ballot's phone may call: its own ballot (common/contract/lan-roles/ballot.ts). */
export const BALLOT_CALLS = ballotRole.calls;

/** Each role's calls and events, from the role list (common/contract/lan-roles/). */
export const ROLE_CALLS: Record<LanRole, readonly string[]> = Object.fromEntries(
  LAN_ROLES.map((role) => [role, LAN_ROLE_SPECS[role].calls]),
) as Record<LanRole, readonly string[]>;
export const ROLE_EVENTS: Record<LanRole, readonly string[]> = Object.fromEntries(
  LAN_ROLES.map((role) => [role, LAN_ROLE_SPECS[role].events]),
) as Record<LanRole, readonly string[]>;

// --- The wire protocol (WebSocket, JSON text frames) ---------------------------

/** Sub-protocol the server answers with; the token travels as a second one (never in a URL). */
export const LAN_PROTOCOL = 'pitchjury.v1';
export const LAN_TOKEN_PROTOCOL_PREFIX = 'pj.token.';
export const LAN_WS_PATH = '/api/ws';
export const LAN_SESSION_PATH = '/api/session';
export const LAN_PIN_LOGIN_PATH = '/api/pin-login';
/** A ballot's short code typed by hand, for a token of that ballot. */
export const LAN_BALLOT_LOGIN_PATH = '/api/ballot-login';
/** Largest frame the server accepts; a juror sheet with a 4,000-character comment is under 30 KB. */
export const LAN_MAX_MESSAGE_BYTES = 64 * 1024;

/** Close codes (4000–4999 are the application's). */
export const LAN_CLOSE = {
  revoked: 4401,
  protocol: 4400,
  rateLimited: 4429,
  stopped: 4503,
} as const;

/** 128-bit tokens as base64url: 22 characters. */
export const LAN_TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const LAN_PIN_PATTERN = /^\d{6}$/;
export interface LanHello {
  t: 'hello';
  role: LanRole;
  jurorId: number | null;
  /** The juror's name, or the viewer link's label. */
  label: string;
  /** The chair's UI language: the dispatcher's messages come in it. */
  locale: 'fr' | 'en';
  serverNow: number;
}

export type LanServerMessage =
  | LanHello
  | { t: 'result'; id: number; result: CallResult<unknown> }
  | { t: 'event'; name: string; payload: unknown }
  /** `c` echoes the ping; `s` is the laptop's clock when it answered. */
  | { t: 'pong'; id: number; c: number; s: number }
  /** A message the server did not process (rate limit); the client may retry later. */
  | { t: 'refused'; id: number | null; code: string };
