import type { Migration } from './types';

/**
 * The local network (main/core/lan):
 * - lan_settings: the interface address and port the chair last chose (the
 *   server itself is never started automatically);
 * - lan_credential: a juror's personal login or a viewer link. Revoked logins
 *   stay, with the time, so the chair can see what was handed out. A juror
 *   login has an optional 6-digit PIN, stored as a salted scrypt hash only;
 * - lan_token: the SHA-256 of each 128-bit token (the QR-code token, and those
 *   handed out after a PIN login). The token itself is never stored: a copied
 *   event file does not let anyone in;
 * - lan_pin_failure: wrong PINs, to refuse a 6th try within a minute;
 * - lan_request: the idempotency keys of network writes with their answer, so
 *   a phone resending after a Wi-Fi drop gets the first answer back instead of
 *   a second change.
 */
export const lan: Migration = {
  name: 'lan',
  up(db) {
    db.exec(`
      CREATE TABLE lan_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        address TEXT NOT NULL,
        port INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535)
      ) STRICT;

      CREATE TABLE lan_credential (
        id INTEGER PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('juror', 'viewer')),
        juror_id INTEGER REFERENCES juror (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        pin_cost INTEGER,
        pin_salt TEXT,
        pin_hash TEXT,
        issued_at_utc TEXT NOT NULL,
        revoked_at_utc TEXT,
        CHECK ((role = 'juror') = (juror_id IS NOT NULL)),
        CHECK ((pin_hash IS NULL) = (pin_salt IS NULL) AND (pin_hash IS NULL) = (pin_cost IS NULL))
      ) STRICT;
      CREATE INDEX lan_credential_juror ON lan_credential (juror_id);

      CREATE TABLE lan_token (
        token_sha256 TEXT PRIMARY KEY CHECK (length(token_sha256) = 64),
        credential_id INTEGER NOT NULL REFERENCES lan_credential (id) ON DELETE CASCADE,
        via TEXT NOT NULL CHECK (via IN ('card', 'pin')),
        created_at_utc TEXT NOT NULL
      ) WITHOUT ROWID, STRICT;
      CREATE INDEX lan_token_credential ON lan_token (credential_id);

      CREATE TABLE lan_pin_failure (
        id INTEGER PRIMARY KEY,
        credential_id INTEGER NOT NULL REFERENCES lan_credential (id) ON DELETE CASCADE,
        at_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX lan_pin_failure_credential ON lan_pin_failure (credential_id, at_ms);

      CREATE TABLE lan_request (
        credential_id INTEGER NOT NULL REFERENCES lan_credential (id) ON DELETE CASCADE,
        key TEXT NOT NULL CHECK (length(key) BETWEEN 16 AND 64),
        call TEXT NOT NULL,
        request_sha256 TEXT NOT NULL CHECK (length(request_sha256) = 64),
        response_json TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        PRIMARY KEY (credential_id, key)
      ) WITHOUT ROWID, STRICT;
    `);
  },
};
