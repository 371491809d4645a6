/**
 * Network logins in the event file: a juror's personal login (its card token,
 * tokens handed out after a PIN login, an optional PIN) and viewer links.
 * Only digests are stored (secrets.ts). A juror has at most one active login:
 * issuing a new one revokes the previous, so a lost card is dealt with by
 * printing a new one.
 */
import type { LanRole } from '../../../common/contract/lan';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { isTokenShaped, newToken, type PinHash, tokenDigest } from './secrets';

/** Who is on the other end of a connection, as the server knows it from the token. */
export interface Principal {
  credentialId: number;
  role: LanRole;
  /** Set for jurors: every juror call is forced to this juror. */
  jurorId: number | null;
  /** The juror's name, or the viewer link's label. */
  label: string;
}

interface CredentialRow {
  id: number;
  role: LanRole;
  juror_id: number | null;
  label: string;
  juror_name: string | null;
  pin_cost: number | null;
  pin_salt: string | null;
  pin_hash: string | null;
  issued_at_utc: string;
  revoked_at_utc: string | null;
}

const SELECT_CREDENTIAL = `
  SELECT c.id, c.role, c.juror_id, c.label, j.name AS juror_name, c.pin_cost, c.pin_salt, c.pin_hash,
         c.issued_at_utc, c.revoked_at_utc
    FROM lan_credential c LEFT JOIN juror j ON j.id = c.juror_id`;

function toPrincipal(row: CredentialRow): Principal {
  return {
    credentialId: row.id,
    role: row.role,
    jurorId: row.juror_id,
    label: row.role === 'juror' ? (row.juror_name ?? '') : row.label,
  };
}

function insertToken(db: Db, credentialId: number, via: 'card' | 'pin', atUtc: string): string {
  const token = newToken();
  db.prepare(
    'INSERT INTO lan_token (token_sha256, credential_id, via, created_at_utc) VALUES (?, ?, ?, ?)',
  ).run(tokenDigest(token), credentialId, via, atUtc);
  return token;
}

export interface IssuedCredential {
  credentialId: number;
  token: string;
  /** Logins this one replaced (their connections must close). */
  revokedIds: number[];
}

/** A new personal login for a juror; any active one is revoked in the same transaction. */
export function issueJurorLogin(
  db: Db,
  jurorId: number,
  pin: PinHash | null,
  atUtc: string,
): IssuedCredential {
  return db
    .transaction(() => {
      if (!db.prepare('SELECT 1 FROM juror WHERE id = ?').get(jurorId))
        throw new DomainError('error.notFound');
      const revokedIds = (
        db
          .prepare(
            "SELECT id FROM lan_credential WHERE role = 'juror' AND juror_id = ? AND revoked_at_utc IS NULL",
          )
          .all(jurorId) as { id: number }[]
      ).map((r) => r.id);
      for (const id of revokedIds) revokeCredential(db, id, atUtc);
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO lan_credential (role, juror_id, label, pin_cost, pin_salt, pin_hash, issued_at_utc)
           VALUES ('juror', ?, '', ?, ?, ?, ?)`,
        )
        .run(jurorId, pin?.cost ?? null, pin?.salt ?? null, pin?.hash ?? null, atUtc);
      const credentialId = Number(lastInsertRowid);
      return { credentialId, token: insertToken(db, credentialId, 'card', atUtc), revokedIds };
    })
    .immediate();
}

export function createViewerLink(db: Db, label: string, atUtc: string): IssuedCredential {
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare("INSERT INTO lan_credential (role, label, issued_at_utc) VALUES ('viewer', ?, ?)")
      .run(label.normalize('NFC').trim(), atUtc);
    const credentialId = Number(lastInsertRowid);
    return { credentialId, token: insertToken(db, credentialId, 'card', atUtc), revokedIds: [] };
  })();
}

/** False when the login does not exist or was already revoked. */
export function revokeCredential(db: Db, credentialId: number, atUtc: string): boolean {
  const { changes } = db
    .prepare('UPDATE lan_credential SET revoked_at_utc = ? WHERE id = ? AND revoked_at_utc IS NULL')
    .run(atUtc, credentialId);
  return changes > 0;
}

/** The active login a token belongs to, or null (unknown, malformed, revoked). */
export function principalForToken(db: Db, token: string): Principal | null {
  if (!isTokenShaped(token)) return null;
  const row = db
    .prepare(
      `${SELECT_CREDENTIAL} JOIN lan_token t ON t.credential_id = c.id
        WHERE t.token_sha256 = ? AND c.revoked_at_utc IS NULL`,
    )
    .get(tokenDigest(token)) as CredentialRow | undefined;
  return row ? toPrincipal(row) : null;
}

export function activePrincipal(db: Db, credentialId: number): Principal | null {
  const row = db
    .prepare(`${SELECT_CREDENTIAL} WHERE c.id = ? AND c.revoked_at_utc IS NULL`)
    .get(credentialId) as CredentialRow | undefined;
  return row ? toPrincipal(row) : null;
}

/** True when `token` is a card token of this active login (the chair's cards PDF checks what it prints). */
export function isCardToken(db: Db, credentialId: number, token: string): boolean {
  if (!isTokenShaped(token)) return false;
  return (
    db
      .prepare(
        `SELECT 1 FROM lan_token t JOIN lan_credential c ON c.id = t.credential_id
          WHERE t.token_sha256 = ? AND t.credential_id = ? AND t.via = 'card' AND c.revoked_at_utc IS NULL`,
      )
      .get(tokenDigest(token), credentialId) !== undefined
  );
}

/** A further token for a login, after its PIN was typed correctly. */
export function addPinToken(db: Db, credentialId: number, atUtc: string): string {
  return insertToken(db, credentialId, 'pin', atUtc);
}

/** The active juror login of a typed code, with its PIN hash; null when there is none or it has no PIN. */
export function pinLoginTarget(db: Db, credentialId: number): { principal: Principal; pin: PinHash } | null {
  const row = db
    .prepare(`${SELECT_CREDENTIAL} WHERE c.id = ? AND c.role = 'juror' AND c.revoked_at_utc IS NULL`)
    .get(credentialId) as CredentialRow | undefined;
  if (!row || row.pin_hash === null || row.pin_salt === null || row.pin_cost === null) return null;
  return { principal: toPrincipal(row), pin: { cost: row.pin_cost, salt: row.pin_salt, hash: row.pin_hash } };
}

export interface CredentialListing {
  jurors: {
    jurorId: number;
    name: string;
    credentialId: number | null;
    issuedAtUtc: string | null;
    /** With no active login: when the last one was revoked (the chair's page keeps that trace). */
    revokedAtUtc: string | null;
  }[];
  viewers: { credentialId: number; label: string; issuedAtUtc: string }[];
}

/** Every juror (with their active login, if any) and the active viewer links. */
export function listCredentials(db: Db): CredentialListing {
  const jurors = db
    .prepare(
      `SELECT j.id AS jurorId, j.name, c.id AS credentialId, c.issued_at_utc AS issuedAtUtc,
              CASE WHEN c.id IS NULL THEN
                (SELECT MAX(r.revoked_at_utc) FROM lan_credential r WHERE r.juror_id = j.id AND r.role = 'juror')
              END AS revokedAtUtc
         FROM juror j
         LEFT JOIN lan_credential c ON c.juror_id = j.id AND c.role = 'juror' AND c.revoked_at_utc IS NULL
        ORDER BY j.position, j.id`,
    )
    .all() as CredentialListing['jurors'];
  const viewers = db
    .prepare(
      `SELECT id AS credentialId, label, issued_at_utc AS issuedAtUtc FROM lan_credential
        WHERE role = 'viewer' AND revoked_at_utc IS NULL ORDER BY id`,
    )
    .all() as CredentialListing['viewers'];
  return { jurors, viewers };
}
