/**
 * The network protocol of phones and viewer screens, and what each role may
 * do: plain constants and types, no zod, so the renderer (which speaks it)
 * does not bundle the schema library. The server validates incoming frames
 * with `lanClientMessage` (lan.ts).
 */
import type { CallResult } from './result';

export const LAN_ROLES = ['juror', 'viewer', 'ballot'] as const;
export type LanRole = (typeof LAN_ROLES)[number];

/** What a viewer screen may call: the projector's read-only view, nothing else. */
export const VIEWER_CALLS = ['timer.get', 'display.get', 'ceremony.get'] as const;
/** What a juror's phone may call: its own juror form, nothing else. */
export const JUROR_CALLS = [
  'scoring.jurors',
  'scoring.identify',
  'scoring.signOut',
  'scoring.form',
  'scoring.saveDraft',
  'scoring.submit',
  'scoring.reopen',
] as const;
/**
 * What an audience ballot's phone may call: its own ballot, nothing else
 * (main/core/lan/roles/ballot). `vote.cast` is idempotent by nature (the same
 * vote twice appends nothing), so it needs no key; it is a write, with the
 * ballot's own write budget.
 */
export const BALLOT_CALLS = ['vote.get', 'vote.cast'] as const;
export const BALLOT_WRITE_CALLS = ['vote.cast'] as const;
/** Writes a phone retries after a Wi-Fi drop: they carry an idempotency key. */
export const IDEMPOTENT_CALLS = ['scoring.saveDraft', 'scoring.submit', 'scoring.reopen'] as const;

export const ROLE_CALLS: Record<LanRole, readonly string[]> = {
  juror: JUROR_CALLS,
  viewer: VIEWER_CALLS,
  ballot: BALLOT_CALLS,
};
export const ROLE_EVENTS: Record<LanRole, readonly string[]> = {
  juror: ['event.changed'],
  viewer: ['event.changed', 'timer.changed'],
  ballot: ['event.changed'],
};

export function roleMayCall(role: LanRole, name: string): boolean {
  return ROLE_CALLS[role].includes(name);
}

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
