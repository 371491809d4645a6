import type { Migration } from './types';

/**
 * `lan_credential.role` without its SQL list of roles ('juror', 'viewer'):
 * the roles are one list in common/contract/lan-roles, checked where a login
 * is written and read (main/core/lan/credentials.ts), so a new network role
 * needs no table rebuild. SQLite cannot drop a CHECK in place, so this
 * rebuilds the table once, as SQLite's documented procedure does: foreign
 * keys off for the migration (a DROP with them on would cascade to every
 * token, PIN failure and idempotency record), copy every row with its id,
 * rename, put back the table's indexes and triggers as they were, then check
 * every foreign key before the migration commits (open.ts).
 *
 * The other constraints stay, including "only a juror login belongs to a
 * juror" (it names the personal credential kind, not the list of roles).
 */
export const lanRoleOpen: Migration = {
  name: 'lan-role-open',
  foreignKeysOff: true,
  up(db) {
    const attached = db
      .prepare(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'lan_credential' AND type IN ('index', 'trigger') AND sql IS NOT NULL",
      )
      .all() as { sql: string }[];
    db.exec(`
      CREATE TABLE lan_credential_new (
        id INTEGER PRIMARY KEY,
        role TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 40),
        juror_id INTEGER REFERENCES juror (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        pin_cost INTEGER,
        pin_salt TEXT,
        pin_hash TEXT,
        issued_at_utc TEXT NOT NULL,
        revoked_at_utc TEXT,
        login_code TEXT CHECK (login_code IS NULL OR length(login_code) = 8),
        failed_pins INTEGER NOT NULL DEFAULT 0,
        last_failed_pin_utc TEXT,
        CHECK ((role = 'juror') = (juror_id IS NOT NULL)),
        CHECK ((pin_hash IS NULL) = (pin_salt IS NULL) AND (pin_hash IS NULL) = (pin_cost IS NULL))
      ) STRICT;
      INSERT INTO lan_credential_new (id, role, juror_id, label, pin_cost, pin_salt, pin_hash, issued_at_utc,
                                      revoked_at_utc, login_code, failed_pins, last_failed_pin_utc)
        SELECT id, role, juror_id, label, pin_cost, pin_salt, pin_hash, issued_at_utc,
               revoked_at_utc, login_code, failed_pins, last_failed_pin_utc FROM lan_credential;
      DROP TABLE lan_credential;
      ALTER TABLE lan_credential_new RENAME TO lan_credential;
    `);
    for (const { sql } of attached) db.exec(sql);
  },
};
