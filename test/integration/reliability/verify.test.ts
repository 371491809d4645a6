/**
 * The event verifier on untouched events: an end-of-day event file and its
 * JSON export both verify, with the chain head and every lock's fingerprint
 * the app itself reports; the CLI says so and exits 0, and exits 1 with a
 * translated message on a damaged file.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventJsonText, exportEventJson } from '../../../main/core/data/event-json';
import { closeEventFile } from '../../../main/core/event-file';
import { readLockView } from '../../../main/core/results/lock-ops';
import { storedChainHead } from '../../../main/core/scoring/score-store';
import {
  verifyEvent,
  verifyEventCommand,
  verifyEventExport,
  verifyEventFile,
} from '../../../main/core/verify';
import { testApp } from '../../support/temp';
import { lockedEvent, ok } from './locked-event';
import { removeDb, settledCopy, tamperedCopy } from './tamper-support';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('verifying an untouched event', () => {
  it('accepts the end-of-day file and reports the head and locks the app reports', async () => {
    const e = await lockedEvent();
    const result = verifyEvent(e.db);
    const head = storedChainHead(e.db);
    const view = readLockView(e.db);
    expect(result).toMatchObject({ ok: true, scoreCount: head.count, lastHash: head.lastHash, locked: true });
    if (!result.ok) return;
    expect(result.locks).toHaveLength(2);
    expect(result.locks[1]).toMatchObject({
      id: 3,
      hash: view.current?.hash,
      scoreCount: head.count,
      lockedBy: 'Présidente du jury',
    });
    // The first lock pinned an earlier head: scores were added after the unlock.
    expect(result.locks[0]?.scoreCount).toBeLessThan(head.count);
    expect(view.current?.matchesCurrent).toBe(true);
  });

  it('accepts the JSON export with exactly the same findings', async () => {
    const e = await lockedEvent();
    const text = eventJsonText(exportEventJson(e.db));
    expect(verifyEventExport(text)).toEqual(verifyEvent(e.db));
  });

  it('accepts an event that was never locked, and one unlocked then rescored', async () => {
    const app = testApp();
    await ok(app, 'file.new', { name: 'Vide' });
    expect(verifyEvent(app.ctx.requireEventFile().db)).toMatchObject({ ok: true, scoreCount: 0, locks: [] });
    const e = await lockedEvent();
    await ok(e.app, 'results.unlock', { reason: 'Réclamation', actor: 'Présidente du jury' });
    await ok(e.app, 'scores.reopen', {
      jurorId: e.jurorIds[1],
      teamId: e.teamIds[2],
      reason: 'Réclamation acceptée',
    });
    expect(verifyEvent(e.db)).toMatchObject({ ok: true, locked: false });
  });

  it('reads a closed file without changing a byte of it', async () => {
    const e = await lockedEvent();
    closeEventFile(e.app.ctx.requireEventFile());
    e.app.ctx.eventFile = null;
    const { readFileSync } = await import('node:fs');
    const before = readFileSync(e.path);
    expect(verifyEventFile(e.path).ok).toBe(true);
    expect(readFileSync(e.path).equals(before)).toBe(true);
  });
});

describe('npm run cli -- verify-event', () => {
  it('prints the chain head and fingerprints, in French on request', async () => {
    const e = await lockedEvent();
    const lines: string[] = [];
    verifyEventCommand([e.path, '--lang', 'fr'], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    const head = storedChainHead(e.db);
    expect(lines[0]).toContain(`chaîne intacte (dernière empreinte ${head.lastHash})`);
    expect(lines.some((l) => l.includes(readLockView(e.db).current?.hash ?? '?'))).toBe(true);
    expect(lines.at(-1)).toBe('Les résultats sont verrouillés.');
    const json = join(e.app.dir, 'export.json');
    writeFileSync(json, eventJsonText(exportEventJson(e.db)));
    const fromJson: string[] = [];
    verifyEventCommand([json], { out: (l) => fromJson.push(l), err: (l) => fromJson.push(l) });
    expect(fromJson[0]).toBe(
      `Verified: ${head.count} score entries, chain intact (last hash ${head.lastHash}).`,
    );
  });

  it('exits 1 with the first problem on a tampered file, 0 on the original (real CLI process)', async () => {
    const e = await lockedEvent();
    closeEventFile(e.app.ctx.requireEventFile());
    e.app.ctx.eventFile = null;
    const pristine = settledCopy(e.path, e.app.dir);
    const tampered = tamperedCopy(pristine, e.app.dir, (db) =>
      db.prepare('UPDATE score_event SET value = value + 1 WHERE seq = 5').run(),
    );
    const run = (file: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'main/cli.ts', 'verify-event', file], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const good = run(pristine);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('The results are locked.');
    const bad = run(tampered);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Verification failed: Score log broken at entry 5: the entry was modified.');
    removeDb(tampered);
  });
});
