/**
 * Network logins in the event file: a juror's personal login (its card token,
 * tokens handed out after a PIN login, an optional PIN) and the links of the
 * other roles (viewer screens, observers). The role column has no SQL list of
 * roles (migration 009): it is checked here, against common/contract/lan-roles.
 * Only digests are stored (secrets.ts). A juror has at most one active login:
 * issuing a new one revokes the previous, so a lost card is dealt with by
 * printing a new one.
 */
import { isLanRole, LAN_ROLE_SPECS, type LanRole, LINK_ROLES } from '../../../common/contract/lan';
import type { Db } from '../db/open';
import { IdRow, type RowOf, rowShape, selectAll, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';
import { isTokenShaped, newLoginCode, newToken, type PinHash, tokenDigest } from './secrets';

/** Who is on the other end of a connection, as the server knows it from the token. */
export interface Principal {
  credentialId: number;
  role: LanRole;
  /** Set for jurors: every juror call is forced to this juror. */
  jurorId: number | null;
  /** The juror's name, or the viewer link's label. */
  label: string;
}

const CredentialRow = rowShape({
  id: 'num',
  // Checked against the role list when read (the column has no SQL list): a newer file's role reaches nothing.
  role: 'text',
  juror_id: 'num?',
  label: 'text',
  juror_name: 'text?',
  pin_cost: 'num?',
  pin_salt: 'text?',
  pin_hash: 'text?',
  issued_at_utc: 'text',
  revoked_at_utc: 'text?',
  login_code: 'text?',
});
type CredentialRow = RowOf<typeof CredentialRow>;

const SELECT_CREDENTIAL = `
  SELECT c.id, c.role, c.juror_id, c.label, j.name AS juror_name, c.pin_cost, c.pin_salt, c.pin_hash,
         c.issued_at_utc, c.revoked_at_utc, c.login_code
    FROM lan_credential c LEFT JOIN juror j ON j.id = c.juror_id`;

/** A role this build does not know (a file from a newer version) is no login at all. */
function toPrincipal(row: CredentialRow): Principal | null {
  if (!isLanRole(row.role)) return null;
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
  /** Juror logins: the random code typed with the PIN (secrets.ts); null for viewer links. */
  loginCode: string | null;
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
      const revokedIds = selectAll(
        db,
        IdRow,
        "SELECT id FROM lan_credential WHERE role = 'juror' AND juror_id = ? AND revoked_at_utc IS NULL",
        jurorId,
      ).map((r) => r.id);
      for (const id of revokedIds) revokeCredential(db, id, atUtc);
      const loginCode = unusedLoginCode(db);
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO lan_credential (role, juror_id, label, pin_cost, pin_salt, pin_hash, issued_at_utc, login_code)
           VALUES ('juror', ?, '', ?, ?, ?, ?, ?)`,
        )
        .run(jurorId, pin?.cost ?? null, pin?.salt ?? null, pin?.hash ?? null, atUtc, loginCode);
      const credentialId = Number(lastInsertRowid);
      return { credentialId, token: insertToken(db, credentialId, 'card', atUtc), loginCode, revokedIds };
    })
    .immediate();
}

export function createViewerLink(db: Db, label: string, atUtc: string): IssuedCredential {
  return createLink(db, 'viewer', label, atUtc);
}

/** A labelled link login of a role whose credential is a link. */
export function createLink(db: Db, role: LanRole, label: string, atUtc: string): IssuedCredential {
  if (!isLanRole(role) || LAN_ROLE_SPECS[role].credential !== 'link') throw new DomainError('lan.notALink');
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare('INSERT INTO lan_credential (role, label, issued_at_utc) VALUES (?, ?, ?)')
      .run(role, label.normalize('NFC').trim(), atUtc);
    const credentialId = Number(lastInsertRowid);
    return {
      credentialId,
      token: insertToken(db, credentialId, 'card', atUtc),
      loginCode: null,
      revokedIds: [],
    };
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
  const row = selectMaybe(
    db,
    CredentialRow,
    `${SELECT_CREDENTIAL} JOIN lan_token t ON t.credential_id = c.id
        WHERE t.token_sha256 = ? AND c.revoked_at_utc IS NULL`,
    tokenDigest(token),
  );
  return row ? toPrincipal(row) : null;
}

export function activePrincipal(db: Db, credentialId: number): Principal | null {
  const row = selectMaybe(
    db,
    CredentialRow,
    `${SELECT_CREDENTIAL} WHERE c.id = ? AND c.revoked_at_utc IS NULL`,
    credentialId,
  );
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

/** A further token for an active link login (a room file carries its own copy of its room's token). */
export function addLinkToken(db: Db, credentialId: number, atUtc: string): string {
  return insertToken(db, credentialId, 'card', atUtc);
}

/** A further token for a login, after its PIN was typed correctly. */
export function addPinToken(db: Db, credentialId: number, atUtc: string): string {
  return insertToken(db, credentialId, 'pin', atUtc);
}

/** A random code no login uses yet (a collision among 2⁴⁰ codes is all but impossible; retried anyway). */
function unusedLoginCode(db: Db): string {
  const taken = db.prepare('SELECT 1 FROM lan_credential WHERE login_code = ?');
  for (;;) {
    const code = newLoginCode();
    if (!taken.get(code)) return code;
  }
}

/** The active juror login of a typed code, with its PIN hash; null when there is none or it has no PIN. */
export function pinLoginTarget(db: Db, credentialId: number): { principal: Principal; pin: PinHash } | null {
  const row = selectMaybe(
    db,
    CredentialRow,
    `${SELECT_CREDENTIAL} WHERE c.id = ? AND c.role = 'juror' AND c.revoked_at_utc IS NULL`,
    credentialId,
  );
  const principal = row ? toPrincipal(row) : null;
  if (!row || !principal || row.pin_hash === null || row.pin_salt === null || row.pin_cost === null)
    return null;
  return { principal, pin: { cost: row.pin_cost, salt: row.pin_salt, hash: row.pin_hash } };
}

/**
 * The login a typed code names: the random code of a login issued since
 * codes are random, or, for a login issued before (no random code, its card
 * printed its number), that number. Null when neither matches.
 */
export function credentialIdForCode(
  db: Db,
  code: { random: string | null; legacy: number | null },
): number | null {
  if (code.random !== null) {
    const row = selectMaybe(db, IdRow, 'SELECT id FROM lan_credential WHERE login_code = ?', code.random);
    if (row) return row.id;
  }
  if (code.legacy !== null) {
    const row = selectMaybe(
      db,
      IdRow,
      "SELECT id FROM lan_credential WHERE id = ? AND role = 'juror' AND login_code IS NULL",
      code.legacy,
    );
    if (row) return row.id;
  }
  return null;
}

/** What the juror types as "code" for this login: its random code, or its number if issued before. */
export function loginCodeOf(db: Db, credentialId: number): string {
  const row = selectMaybe(
    db,
    rowShape({ login_code: 'text?' }),
    'SELECT login_code FROM lan_credential WHERE id = ?',
    credentialId,
  );
  return row?.login_code ?? String(credentialId);
}

/** A wrong PIN on a login: counted for the chair's Network page. */
export function recordWrongPin(db: Db, credentialId: number, atUtc: string): void {
  db.prepare(
    'UPDATE lan_credential SET failed_pins = failed_pins + 1, last_failed_pin_utc = ? WHERE id = ?',
  ).run(atUtc, credentialId);
}

export interface CredentialListing {
  jurors: {
    jurorId: number;
    name: string;
    credentialId: number | null;
    issuedAtUtc: string | null;
    /** With no active login: when the last one was revoked (the chair's page keeps that trace). */
    revokedAtUtc: string | null;
    /** Wrong PINs typed on this login since it was issued, and the last one. */
    failedPins: number;
    lastFailedPinUtc: string | null;
    /** Issued before login codes were random: its card's typed code is its number. */
    legacyCode: boolean;
  }[];
  viewers: { credentialId: number; label: string; issuedAtUtc: string }[];
  /** Every active link login of a link role (viewers included). */
  links: { credentialId: number; role: LanRole; label: string; issuedAtUtc: string }[];
}

/** Every juror (with their active login, if any) and the active links. */
export function listCredentials(db: Db): CredentialListing {
  const jurors = selectAll(
    db,
    rowShape({
      jurorId: 'num',
      name: 'text',
      credentialId: 'num?',
      issuedAtUtc: 'text?',
      revokedAtUtc: 'text?',
      failedPins: 'num',
      lastFailedPinUtc: 'text?',
      legacyCode: 'num',
    }),
    `SELECT j.id AS jurorId, j.name, c.id AS credentialId, c.issued_at_utc AS issuedAtUtc,
              CASE WHEN c.id IS NULL THEN
                (SELECT MAX(r.revoked_at_utc) FROM lan_credential r WHERE r.juror_id = j.id AND r.role = 'juror')
              END AS revokedAtUtc,
              coalesce(c.failed_pins, 0) AS failedPins, c.last_failed_pin_utc AS lastFailedPinUtc,
              (c.id IS NOT NULL AND c.login_code IS NULL AND c.pin_hash IS NOT NULL) AS legacyCode
         FROM juror j
         LEFT JOIN lan_credential c ON c.juror_id = j.id AND c.role = 'juror' AND c.revoked_at_utc IS NULL
        ORDER BY j.position, j.id`,
  );
  const viewers = selectAll(
    db,
    rowShape({ credentialId: 'num', label: 'text', issuedAtUtc: 'text' }),
    `SELECT id AS credentialId, label, issued_at_utc AS issuedAtUtc FROM lan_credential
        WHERE role = 'viewer' AND revoked_at_utc IS NULL ORDER BY id`,
  );
  const links = db
    .prepare(
      `SELECT id AS credentialId, role, label, issued_at_utc AS issuedAtUtc FROM lan_credential
        WHERE role IN (SELECT value FROM json_each(?)) AND revoked_at_utc IS NULL ORDER BY id`,
    )
    .all(JSON.stringify(LINK_ROLES)) as CredentialListing['links'];
  return { jurors: jurors.map((j) => ({ ...j, legacyCode: j.legacyCode === 1 })), viewers, links };
}
