import { z } from 'zod';
import { LAN_PIN_PATTERN, LAN_ROLES, LAN_TOKEN_PATTERN } from './lan-protocol';
import { empty, id, locale, text } from './schemas';

/**
 * The venue's local network: jurors on their own phones and extra screens.
 *
 * - `lanCalls`, the chair's calls (ordinary contract calls, over IPC only):
 *   turn the server on and off, issue and revoke logins, see who is connected;
 * - the network protocol spoken over the WebSocket by phones and viewers, and
 *   the capabilities of each role (lan-protocol.ts, re-exported here; the
 *   renderer imports that file, without zod), plus the schema the server
 *   checks incoming frames with. A network page never reaches the contract
 *   directly: the server checks every call against the role's list, then
 *   forces the juror from the login (main/core/lan/network-handlers.ts).
 */

export * from './lan-protocol';

const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const messageId = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31);

export const lanClientMessage = z.discriminatedUnion('t', [
  z
    .object({
      t: z.literal('call'),
      id: messageId,
      name: z.string().max(64),
      input: z.unknown(),
      key: idempotencyKey.optional(),
    })
    .strict(),
  /** Clock synchronisation: `c` is the client's clock when it sent the ping. */
  z.object({ t: z.literal('ping'), id: messageId, c: z.number().finite() }).strict(),
]);
export type LanClientMessage = z.infer<typeof lanClientMessage>;

// --- The chair's calls --------------------------------------------------------

const networkInterface = z
  .object({
    name: z.string(),
    address: z.string(),
    family: z.enum(['IPv4', 'IPv6']),
    /** Loopback: reachable from this computer only. */
    internal: z.boolean(),
  })
  .strict();

const device = z
  .object({
    connectionId: z.number().int(),
    role: z.enum(LAN_ROLES),
    credentialId: id,
    jurorId: id.nullable(),
    label: z.string(),
    remoteAddress: z.string(),
    connectedAtUtc: z.string(),
  })
  .strict();

const jurorLogin = z
  .object({
    jurorId: id,
    name: z.string(),
    /** The active login (card); null when none was issued or it was revoked. */
    credentialId: id.nullable(),
    issuedAtUtc: z.string().nullable(),
    /** No active login because the last one was revoked: when (a trace for the chair). */
    revokedAtUtc: z.string().nullable(),
    devices: z.number().int(),
    /** Wrong PINs typed on this login since it was issued (someone may be guessing), and the last one. */
    failedPins: z.number().int(),
    lastFailedPinUtc: z.string().nullable(),
    /** Issued before login codes were random (its card's code is a small number): re-issue it. */
    legacyCode: z.boolean(),
  })
  .strict();

const viewerLink = z
  .object({ credentialId: id, label: z.string(), issuedAtUtc: z.string(), devices: z.number().int() })
  .strict();

/** A link login of any link role (viewer screens, observers…): the chair's list of links. */
const linkLogin = z
  .object({
    credentialId: id,
    role: z.enum(LAN_ROLES),
    label: z.string(),
    issuedAtUtc: z.string(),
    devices: z.number().int(),
  })
  .strict();

const lanStatus = z
  .object({
    running: z.boolean(),
    /** http://address:port/ while running. */
    url: z.string().nullable(),
    /** The same URL as a QR code (SVG markup). */
    urlQrSvg: z.string().nullable(),
    /** The last interface and port the chair chose (preselected next time). */
    saved: z.object({ address: z.string(), port: z.number().int() }).strict().nullable(),
    interfaces: z.array(networkInterface),
    jurors: z.array(jurorLogin),
    viewers: z.array(viewerLink),
    /** Every active link login, whatever its role (viewers included). */
    links: z.array(linkLogin),
    devices: z.array(device),
  })
  .strict();

/** A login as issued: the only time its token and PIN exist outside the holder's hands. */
const issuedLogin = z
  .object({
    credentialId: id,
    role: z.enum(LAN_ROLES),
    jurorId: id.nullable(),
    /** The juror's name or the viewer link's label. */
    name: z.string(),
    token: z.string(),
    /** Juror logins only: typed with the code when the QR code cannot be scanned. */
    pin: z.string().nullable(),
    /** What the juror types as "code" with the PIN. */
    code: z.string(),
    /** Base address, for typing by hand. */
    address: z.string(),
    /** Address with the token, as in the QR code. */
    url: z.string(),
    qrSvg: z.string(),
  })
  .strict();

const cardLogin = z
  .object({
    credentialId: id,
    token: z.string().regex(LAN_TOKEN_PATTERN),
    pin: z.string().regex(LAN_PIN_PATTERN).nullable(),
  })
  .strict();

export const lanCalls = {
  'lan.status': { input: empty, output: lanStatus },
  /** Binds the server to one interface's address (never all interfaces); port 0 = any free port. */
  'lan.start': {
    input: z.object({ address: z.string().max(64), port: z.number().int().min(0).max(65_535) }).strict(),
    output: lanStatus,
  },
  'lan.stop': { input: empty, output: lanStatus },
  /** New personal logins (replacing any previous one of each juror). Shown once. */
  'lan.issueJurorLogins': {
    input: z.object({ jurorIds: z.array(id).min(1).max(500) }).strict(),
    output: z.object({ logins: z.array(issuedLogin) }).strict(),
  },
  'lan.createViewerLink': { input: z.object({ label: text(100) }).strict(), output: issuedLogin },
  /** A link login of any role whose credential is a link (lan-roles/); another role is refused. */
  'lan.createLink': {
    input: z.object({ role: z.enum(LAN_ROLES), label: text(100) }).strict(),
    output: issuedLogin,
  },
  /** Revokes a login at once: its open connections close. */
  'lan.revoke': { input: z.object({ credentialId: id }).strict(), output: lanStatus },
  /**
   * Writes the "juror login cards" PDF for logins just issued (the tokens are
   * checked against their hashes: only real, active logins print). Asks where
   * to save; null when the chair cancels.
   */
  'lan.saveLoginCards': {
    input: z.object({ logins: z.array(cardLogin).min(1).max(500), locale }).strict(),
    output: z.object({ path: z.string() }).strict().nullable(),
  },
} as const;

export type LanStatus = z.infer<typeof lanStatus>;
export type LanDevice = z.infer<typeof device>;
export type LanInterface = z.infer<typeof networkInterface>;
export type IssuedLogin = z.infer<typeof issuedLogin>;
export type JurorLoginView = z.infer<typeof jurorLogin>;
export type ViewerLinkView = z.infer<typeof viewerLink>;
export type LinkLoginView = z.infer<typeof linkLogin>;
