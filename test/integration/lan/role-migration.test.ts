/**
 * Migration 009 drops the SQL list of roles on lan_credential.role (roles are
 * checked in credentials.ts against common/contract/lan-roles). A file built
 * with the migrations up to 008, holding juror and viewer logins, opens with
 * every login, token, PIN failure and idempotency record, its indexes and
 * foreign keys, and its logins still work; a new role needs no rebuild.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/core/db/migrations';
import { closeDatabase, openDatabase, schemaVersion } from '../../../main/core/db/open';
import { DomainError } from '../../../main/core/errors';
import {
  createLink,
  createViewerLink,
  issueJurorLogin,
  listCredentials,
  principalForToken,
  revokeCredential,
} from '../../../main/core/lan/credentials';
import { loginWithPin } from '../../../main/core/lan/pin-login';
import { hashPin } from '../../../main/core/lan/secrets';
import { tempDir } from '../../support/temp';

const AT = '2026-09-30T08:00:00.000Z';
const LAN_TABLES = ['lan_credential', 'lan_token', 'lan_pin_failure', 'lan_request'] as const;

/** An event file exactly as Pitch Jury wrote it at schema version 8 (before this migration). */
async function fileAtVersion8(path: string) {
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.transaction(() => {
    for (const migration of MIGRATIONS.slice(0, 8)) migration.up(raw);
    raw.pragma('user_version = 8');
  })();
  const insertJuror = raw.prepare('INSERT INTO juror (name, title, position) VALUES (?, ?, ?)');
  const tamaa = Number(insertJuror.run('Tāmaʻa Teriʻi', 'Présidente', 1).lastInsertRowid);
  const other = Number(insertJuror.run('Léa Martin', '', 2).lastInsertRowid);
  const first = issueJurorLogin(raw, tamaa, await hashPin('482193', 1024), AT);
  // Replaced (revoked) by the second card: the revoked login stays, with its time.
  const card = issueJurorLogin(raw, tamaa, await hashPin('482193', 1024), AT);
  const otherCard = issueJurorLogin(raw, other, null, AT);
  const viewer = createViewerLink(raw, 'Salle d’attente', AT);
  const revokedViewer = createViewerLink(raw, 'Hall', AT);
  revokeCredential(raw, revokedViewer.credentialId, AT);
  raw
    .prepare('INSERT INTO lan_pin_failure (credential_id, device, at_ms) VALUES (?, ?, ?)')
    .run(card.credentialId, '10.0.0.7', 1000);
  raw
    .prepare(
      'INSERT INTO lan_request (credential_id, key, call, request_sha256, response_json, at_utc) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(card.credentialId, 'k'.repeat(20), 'scoring.saveDraft', 'a'.repeat(64), '{"ok":true}', AT);
  const before = snapshot(raw);
  raw.close();
  return { tamaa, first, card, otherCard, viewer, before };
}

function snapshot(db: Database.Database) {
  const rows = Object.fromEntries(
    LAN_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]),
  );
  const indexes = (
    db
      .prepare(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name LIKE 'lan_%' ORDER BY name",
      )
      .all() as { name: string; tbl_name: string; sql: string | null }[]
  ).map((r) => ({ ...r, sql: r.sql?.replace(/\s+/g, ' ') ?? null }));
  const foreignKeys = Object.fromEntries(
    LAN_TABLES.map((t) => [t, db.prepare(`PRAGMA foreign_key_list(${t})`).all()]),
  );
  return { rows, indexes, foreignKeys };
}

describe('migration 009 (lan_credential.role without its SQL list of roles)', () => {
  it('keeps every login, token, index and foreign key of a version-8 file, and its logins still log in', async () => {
    const path = join(tempDir('test'), 'event.pitchjury');
    const old = await fileAtVersion8(path);
    // The old file refuses a role outside its SQL list: that is what the migration removes.
    const before = new Database(path);
    expect(() => createLink(before, 'observer', 'Maître Dupont', AT)).toThrow(/CHECK constraint/);
    before.close();

    const db = openDatabase(path);
    try {
      expect(schemaVersion(db)).toBe(MIGRATIONS.length);
      expect(snapshot(db)).toEqual(old.before);
      const table = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'lan_credential'").get() as {
        sql: string;
      };
      expect(table.sql).not.toContain("IN ('juror', 'viewer')");
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

      // The logins still log in: the juror's card, the juror's code and PIN, the viewer link.
      expect(principalForToken(db, old.card.token)).toMatchObject({
        role: 'juror',
        jurorId: old.tamaa,
        label: 'Tāmaʻa Teriʻi',
      });
      expect(principalForToken(db, old.first.token)).toBeNull();
      expect(principalForToken(db, old.viewer.token)).toMatchObject({
        role: 'viewer',
        label: 'Salle d’attente',
      });
      const pin = await loginWithPin(db, old.card.loginCode as string, '482193', 5_000_000, AT);
      expect(pin).toMatchObject({ ok: true, principal: { role: 'juror', jurorId: old.tamaa } });
      expect(listCredentials(db).viewers.map((v) => v.label)).toEqual(['Salle d’attente']);

      // The foreign keys still hold and still cascade.
      expect(() =>
        db
          .prepare(
            'INSERT INTO lan_token (token_sha256, credential_id, via, created_at_utc) VALUES (?, ?, ?, ?)',
          )
          .run('b'.repeat(64), 9999, 'card', AT),
      ).toThrow(/FOREIGN KEY/);
      // The login-code index is still unique.
      expect(() =>
        db
          .prepare('UPDATE lan_credential SET login_code = ? WHERE id = ?')
          .run(old.card.loginCode, old.otherCard.credentialId),
      ).toThrow(/UNIQUE/);

      // A new role is a value, checked where it is written: no rebuild.
      const observer = createLink(db, 'observer', 'Maître Dupont', AT);
      expect(principalForToken(db, observer.token)).toMatchObject({ role: 'observer' });
      expect(() => createLink(db, 'juror', 'x', AT)).toThrow(DomainError);
      expect(() => createLink(db, 'mayor' as never, 'x', AT)).toThrow(DomainError);
    } finally {
      closeDatabase(db);
    }
  });

  it('ignores a login whose role this build does not know (a file from a newer version)', async () => {
    const path = join(tempDir('test'), 'event.pitchjury');
    const old = await fileAtVersion8(path);
    const db = openDatabase(path);
    try {
      db.prepare("UPDATE lan_credential SET role = 'scoreboard' WHERE id = ?").run(old.viewer.credentialId);
      expect(principalForToken(db, old.viewer.token)).toBeNull();
      expect(listCredentials(db).links).toEqual([]);
    } finally {
      closeDatabase(db);
    }
  });
});
