import type { Migration } from './types';

/**
 * PIN logins that cannot be used to lock a juror out (issue 13, item 15):
 * - lan_credential.login_code: the random code typed with the PIN (8 Crockford
 *   base32 symbols, 40 bits), instead of the login's small sequential number.
 *   Logins issued before keep NULL: their printed number still works (their QR
 *   link never changed), and the Network page offers to re-issue them;
 * - lan_credential.failed_pins / last_failed_pin_utc: wrong PINs typed on a
 *   login, so the chair is warned of attempts on it;
 * - lan_pin_failure.device: failures are counted per (login, device), so one
 *   device guessing never locks the juror out on their own phone.
 */
export const lanLoginCodes: Migration = {
  name: 'lan-login-codes',
  up(db) {
    db.exec(`
      ALTER TABLE lan_credential ADD COLUMN login_code TEXT CHECK (login_code IS NULL OR length(login_code) = 8);
      CREATE UNIQUE INDEX lan_credential_login_code ON lan_credential (login_code) WHERE login_code IS NOT NULL;
      ALTER TABLE lan_credential ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE lan_credential ADD COLUMN last_failed_pin_utc TEXT;
      ALTER TABLE lan_pin_failure ADD COLUMN device TEXT NOT NULL DEFAULT '';
      CREATE INDEX lan_pin_failure_device ON lan_pin_failure (credential_id, device, at_ms);
    `);
  },
};
