import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../main/core/hashing/canonical-json';
import { sha256Hex } from '../../../main/core/hashing/sha256';
import { readLockView } from '../../../main/core/results/lock-ops';
import { asLegacyPayload, buildResultsPayload } from '../../../main/core/results/locked-payload';
import { verifyEvent } from '../../../main/core/verify';
import { scoredEvent } from '../data/scored-event';
import { ok } from '../scoring/fixture';

/** Issue 13 item 8: the fingerprint identifies the results, not the lock time or the chair's name. */
describe('the results fingerprint', () => {
  it('is the same after unlocking and re-locking with nothing changed, by someone else, later', async () => {
    const { app, db } = await scoredEvent({ lock: false });
    const first = await ok(app, 'results.lock', { lockedBy: 'Présidente du jury' });
    await ok(app, 'results.unlock', { reason: 'Relecture', actor: 'Présidente du jury' });
    const second = await ok(app, 'results.lock', { lockedBy: 'Vice-président' });
    expect(second.current?.hash).toBe(first.current?.hash);
    expect(second.current?.lockedBy).toBe('Vice-président');
    expect(second.current?.matchesCurrent).toBe(true);
    // Who, when and why are in the lock records, hashed and chained: the file verifies.
    expect(verifyEvent(db)).toMatchObject({ ok: true, locked: true });
    const records = db.prepare('SELECT record_hash FROM results_lock ORDER BY id').all() as {
      record_hash: string;
    }[];
    expect(records.map((r) => r.record_hash)).toHaveLength(3);
    expect(new Set(records.map((r) => r.record_hash)).size).toBe(3);
    // A settings change does change it.
    await ok(app, 'results.unlock', { reason: 'Méthode', actor: 'Présidente du jury' });
    await ok(app, 'results.updateSettings', { method: 'median' });
    const third = await ok(app, 'results.lock', { lockedBy: 'Présidente du jury' });
    expect(third.current?.hash).not.toBe(first.current?.hash);
  });

  it('still verifies a file locked in format 1 (lock time and author inside the payload), then chains after it', async () => {
    const { app, db } = await scoredEvent({ lock: false });
    const meta = { lockedAtUtc: '2026-09-30T18:00:00.000Z', lockedBy: 'Présidente du jury' };
    const json = canonicalJson(asLegacyPayload(buildResultsPayload(db), meta));
    // As an earlier version wrote it: no record hash, no missing sheets column.
    db.prepare(
      `INSERT INTO results_lock (id, action, at_utc, actor, reason, payload_json, hash)
         VALUES (1, 'lock', ?, ?, NULL, ?, ?)`,
    ).run(meta.lockedAtUtc, meta.lockedBy, json, sha256Hex(json));
    expect(verifyEvent(db)).toMatchObject({ ok: true, locked: true, locks: [{ lockedBy: meta.lockedBy }] });
    expect(readLockView(db).current?.matchesCurrent).toBe(true);

    await ok(app, 'results.unlock', { reason: 'Relecture', actor: 'Présidente du jury' });
    await ok(app, 'results.lock', { lockedBy: 'Présidente du jury' });
    expect(verifyEvent(db)).toMatchObject({ ok: true, locked: true });
    // The legacy lock's author cannot be edited without the chained record after it noticing.
    db.exec('DROP TRIGGER results_lock_no_update');
    db.prepare("UPDATE results_lock SET actor = 'Quelqu’un' WHERE id = 1").run();
    expect(verifyEvent(db)).toMatchObject({ ok: false });
  });
});
