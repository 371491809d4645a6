import { randomBytes } from 'node:crypto';
import type { Migration } from './types';

/**
 * Documents (main/core/documents-app):
 * - signatory: who signs the certificates (name, title, optional signature
 *   image stored inline so the event file stays self-contained), in order.
 * - certificate_key: the event's secret for certificate verification codes,
 *   random, generated once when the file gets this migration. It never leaves
 *   the file through the UI; with the event uid (event.uid) it derives codes.
 * - issued_certificate: the register of every certificate code a batch has
 *   produced and what it certifies, append-only like the score log, so
 *   verification answers from the event file alone, even after a rename.
 */
export const documents: Migration = {
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE signatory (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        title TEXT NOT NULL,
        signature_mime TEXT CHECK (signature_mime IN ('image/png', 'image/jpeg')),
        signature_base64 TEXT,
        position INTEGER NOT NULL,
        CHECK ((signature_mime IS NULL) = (signature_base64 IS NULL))
      ) STRICT;

      CREATE TABLE certificate_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- 32 random bytes as lowercase hex: the HMAC key of the verification codes.
        secret TEXT NOT NULL CHECK (length(secret) = 64),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE issued_certificate (
        -- "XXXXX-XXXXX" (main/core/documents/verification-code.ts).
        code TEXT PRIMARY KEY CHECK (length(code) = 11),
        kind TEXT NOT NULL CHECK (kind IN ('participation', 'award')),
        recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('member', 'team')),
        recipient TEXT NOT NULL,
        team_name TEXT NOT NULL,
        project_title TEXT NOT NULL,
        award TEXT,
        event_name TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        -- When a batch first produced this code (a later identical batch keeps it).
        issued_at TEXT NOT NULL,
        CHECK ((kind = 'award') = (award IS NOT NULL))
      ) STRICT;
      CREATE TRIGGER issued_certificate_no_update BEFORE UPDATE ON issued_certificate
        BEGIN SELECT RAISE(ABORT, 'issued_certificate is append-only: rows cannot be changed'); END;
      CREATE TRIGGER issued_certificate_no_delete BEFORE DELETE ON issued_certificate
        BEGIN SELECT RAISE(ABORT, 'issued_certificate is append-only: rows cannot be deleted'); END;
    `);
    db.prepare('INSERT INTO certificate_key (id, secret, created_at) VALUES (1, ?, ?)').run(
      randomBytes(32).toString('hex'),
      new Date().toISOString(),
    );
  },
};
