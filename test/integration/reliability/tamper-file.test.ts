/**
 * Tamper evidence on the event file itself. Someone with the file and the
 * sqlite3 shell drops the append-only triggers, ignores CHECK constraints and
 * edits the score log or the lock records; or bytes of the database pages
 * holding score rows are flipped (a failing disk, a hex editor). The verifier
 * must report every change, at the right place when it can tell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeEventFile } from '../../../main/core/event-file';
import { canonicalJson } from '../../../main/core/hashing/canonical-json';
import { sha256Hex } from '../../../main/core/hashing/sha256';
import { hashScoreEvent, type StoredScoreEvent } from '../../../main/core/scoring/hash-chain';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { type EventVerification, verifyEventFile } from '../../../main/core/verify';
import { SCORE_EVENT_COLUMNS } from '../../../main/core/verify/score-rows';
import { seeded } from '../../bench/scores-app';
import { tempDir } from '../../support/temp';
import { lockedEvent, suiteApp } from './locked-event';
import {
  changesContent,
  removeDb,
  scoreLeafRanges,
  scoreLogDump,
  settledCopy,
  tamperedCopy,
  writeFlipped,
} from './tamper-support';

const CHAIN_CODES = ['chain.seqGap', 'chain.prevHashMismatch', 'chain.hashMismatch', 'chain.unhashable'];

let dir: string;
let pristine: string;
let log: StoredScoreEvent[];
let ids: { jurorIds: number[]; teamIds: number[]; criterionIds: number[] };

function verifyEdit(edit: Parameters<typeof tamperedCopy>[2]): EventVerification {
  const path = tamperedCopy(pristine, dir, edit);
  try {
    return verifyEventFile(path);
  } finally {
    removeDb(path);
  }
}

/** A different value of the same SQLite type for `column` of `event` (STRICT tables refuse another type). */
function changed(
  event: StoredScoreEvent,
  column: (typeof SCORE_EVENT_COLUMNS)[number],
): number | string | null {
  const other = (list: number[], current: number | null) => list.find((id) => id !== current) ?? 999;
  const flipHex = (hex: string) => (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);
  switch (column) {
    case 'seq':
      return event.seq + 1000;
    case 'juror_id':
      return other(ids.jurorIds, event.jurorId);
    case 'team_id':
      return other(ids.teamIds, event.teamId);
    case 'criterion_id':
      return other(ids.criterionIds, event.criterionId);
    case 'value':
      return event.value === null ? 1 : event.value + 0.5;
    case 'kind':
      return event.kind === 'score' ? 'comment' : 'score';
    case 'comment':
      return event.comment === null ? 'ajouté' : `${event.comment}.`;
    case 'actor':
      return event.actor === 'chair' ? 'juror:1' : 'chair';
    case 'at_utc':
      return new Date(Date.parse(event.atUtc) + 1).toISOString();
    case 'reason':
      return event.reason === null ? 'ajoutée' : `${event.reason}.`;
    case 'prev_hash':
      return flipHex(event.prevHash);
    case 'hash':
      return flipHex(event.hash);
  }
}

function lockPayload(db: Parameters<Parameters<typeof tamperedCopy>[2]>[0], id: number) {
  const row = db.prepare('SELECT payload_json FROM results_lock WHERE id = ?').get(id) as {
    payload_json: string;
  };
  return JSON.parse(row.payload_json) as Record<string, unknown> & {
    lockedBy: string;
    scoreLog: { count: number; lastHash: string };
    ranking: { rows: { total: number | null }[] };
    teams: { name: string }[];
  };
}

/** Stores `payload` in lock `id` AND recomputes its hash, as a careful forger would. */
function forgeLock(
  db: Parameters<Parameters<typeof tamperedCopy>[2]>[0],
  id: number,
  payload: unknown,
  text?: string,
) {
  const json = text ?? canonicalJson(payload);
  db.prepare('UPDATE results_lock SET payload_json = ?, hash = ? WHERE id = ?').run(
    json,
    sha256Hex(json),
    id,
  );
}

describe('tampering with the event file', () => {
  dir = tempDir('suite');
  beforeAll(async () => {
    const e = await lockedEvent(suiteApp(dir));
    ids = { jurorIds: e.jurorIds, teamIds: e.teamIds, criterionIds: e.criterionIds };
    log = readScoreLog(e.db);
    closeEventFile(e.app.ctx.requireEventFile());
    e.app.ctx.eventFile = null;
    pristine = settledCopy(e.path, dir);
  });

  it('an untouched copy verifies (the baseline every case below departs from)', () => {
    expect(verifyEventFile(pristine)).toMatchObject({ ok: true, scoreCount: log.length, locked: true });
    expect(log.length).toBeGreaterThan(30);
  });

  it('reports every single-column edit of first, middle and last score rows at that row', () => {
    const rows = [1, 2, Math.floor(log.length / 2), log.length - 1, log.length];
    let cases = 0;
    for (const seq of rows) {
      const event = log[seq - 1] as StoredScoreEvent;
      for (const column of SCORE_EVENT_COLUMNS) {
        const result = verifyEdit((db) =>
          db.prepare(`UPDATE score_event SET ${column} = ? WHERE seq = ?`).run(changed(event, column), seq),
        );
        cases += 1;
        expect(result.ok, `${column} of ${seq}`).toBe(false);
        if (result.ok) continue;
        const { code, params } = result.problem;
        if (code === 'verify.integrity') continue; // an ignored CHECK that SQLite's own check still sees
        expect(CHAIN_CODES, `${column} of ${seq}: ${code}`).toContain(code);
        expect(params.seq, `${column} of ${seq}`).toBe(seq);
      }
    }
    expect(cases).toBe(rows.length * SCORE_EVENT_COLUMNS.length);
  });

  it('reports an edited event whose own hash was recomputed, at the next event', () => {
    const k = Math.floor(log.length / 2);
    const event = { ...(log[k - 1] as StoredScoreEvent), value: 10 };
    const result = verifyEdit((db) =>
      db
        .prepare('UPDATE score_event SET value = ?, hash = ? WHERE seq = ?')
        .run(10, hashScoreEvent(event), k),
    );
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'chain.prevHashMismatch', params: { seq: k + 1 } },
    });
  });

  it('catches through the lock what the chain alone cannot: the last event rewritten, removed, or one added', () => {
    const last = log[log.length - 1] as StoredScoreEvent;
    const rewritten = { ...last, actor: 'juror:2' };
    expect(
      verifyEdit((db) =>
        db
          .prepare('UPDATE score_event SET actor = ?, hash = ? WHERE seq = ?')
          .run(rewritten.actor, hashScoreEvent(rewritten), last.seq),
      ),
    ).toMatchObject({ ok: false, problem: { code: 'verify.lockChainMismatch' } });
    expect(
      verifyEdit((db) => db.prepare('DELETE FROM score_event WHERE seq = ?').run(last.seq)),
    ).toMatchObject({
      ok: false,
      problem: { code: 'verify.lockChainMismatch' },
    });
    const added = { ...last, seq: last.seq + 1, prevHash: last.hash, kind: 'reopen' as const, reason: 'x' };
    const addedRow = { ...added, hash: hashScoreEvent(added) };
    expect(
      verifyEdit((db) =>
        db
          .prepare(
            `INSERT INTO score_event (seq, juror_id, team_id, criterion_id, value, kind, comment, actor, at_utc, reason, prev_hash, hash)
             VALUES (?, ?, ?, NULL, NULL, 'reopen', NULL, ?, ?, 'x', ?, ?)`,
          )
          .run(
            addedRow.seq,
            addedRow.jurorId,
            addedRow.teamId,
            addedRow.actor,
            addedRow.atUtc,
            addedRow.prevHash,
            addedRow.hash,
          ),
      ),
    ).toMatchObject({ ok: false, problem: { code: 'verify.scoresAfterLock' } });
    expect(verifyEdit((db) => db.prepare('DELETE FROM score_event WHERE seq = 3').run())).toMatchObject({
      ok: false,
      problem: { code: 'chain.seqGap', params: { seq: 3 } },
    });
  });

  it('reports every kind of edit to the lock records', () => {
    const cases: [string, Parameters<typeof tamperedCopy>[2], string][] = [
      [
        'payload edited, hash left',
        (db) =>
          db
            .prepare(
              "UPDATE results_lock SET payload_json = replace(payload_json, 'Vai Ora', 'Vai Orb') WHERE id = 3",
            )
            .run(),
        'verify.lockHashMismatch',
      ],
      [
        'hash edited',
        (db) =>
          db
            .prepare(
              "UPDATE results_lock SET hash = (CASE substr(hash, 1, 1) WHEN 'a' THEN 'b' ELSE 'a' END) || substr(hash, 2) WHERE id = 1",
            )
            .run(),
        'verify.lockHashMismatch',
      ],
      [
        'ranking total forged, hash recomputed',
        (db) => {
          const p = lockPayload(db, 3);
          const row = p.ranking.rows[0] as { total: number };
          row.total += 1;
          forgeLock(db, 3, p);
        },
        'verify.lockRankingMismatch',
      ],
      [
        'score head moved, hash recomputed',
        (db) => {
          const p = lockPayload(db, 1);
          p.scoreLog.count -= 1;
          forgeLock(db, 1, p);
        },
        'verify.lockChainMismatch',
      ],
      [
        'author written into the results, hash recomputed',
        (db) => {
          const p = lockPayload(db, 3) as { lockedBy?: string };
          p.lockedBy = 'Quelqu’un d’autre';
          forgeLock(db, 3, p as Parameters<typeof forgeLock>[2]);
        },
        'verify.lockRecordInvalid',
      ],
      [
        'record time changed',
        (db) => db.prepare("UPDATE results_lock SET at_utc = '2020-01-01T00:00:00.000Z' WHERE id = 3").run(),
        'verify.lockRecordHashMismatch',
      ],
      [
        'record author changed',
        (db) => db.prepare("UPDATE results_lock SET actor = 'Quelqu’un d’autre' WHERE id = 1").run(),
        'verify.lockRecordHashMismatch',
      ],
      [
        'unlock reason rewritten',
        (db) => db.prepare("UPDATE results_lock SET reason = 'Autre motif' WHERE id = 2").run(),
        'verify.lockRecordHashMismatch',
      ],
      [
        'payload re-serialised with spaces, hash recomputed',
        (db) => forgeLock(db, 3, null, JSON.stringify(lockPayload(db, 3), null, 1)),
        'verify.lockNotCanonical',
      ],
      [
        'unlock record removed',
        (db) => db.prepare('DELETE FROM results_lock WHERE id = 2').run(),
        'verify.lockSequence',
      ],
      [
        'unlock reason emptied',
        (db) => db.prepare("UPDATE results_lock SET reason = '' WHERE id = 2").run(),
        'verify.lockRecordInvalid',
      ],
    ];
    for (const [label, edit, code] of cases) {
      const result = verifyEdit(edit);
      expect(result.ok, label).toBe(false);
      if (!result.ok && result.problem.code !== 'verify.integrity')
        expect(result.problem.code, label).toBe(code);
    }
  });

  it('sees a renamed team inside the lock through the record chain; cannot see the newest lock removed', () => {
    // A renamed team inside the lock, results hash recomputed: the lock record's own hash
    // (which covers the results fingerprint) no longer matches.
    const renamed = verifyEdit((db) => {
      const p = lockPayload(db, 3);
      (p.teams[0] as { name: string }).name = 'Autre nom';
      forgeLock(db, 3, p);
    });
    expect(renamed).toMatchObject({ ok: false, problem: { code: 'verify.lockRecordHashMismatch' } });
    // The newest lock record removed: the event reads as unlocked, like before the lock
    // (the printed fingerprint is the outside anchor for that).
    const unlocked = verifyEdit((db) => db.prepare('DELETE FROM results_lock WHERE id = 3').run());
    expect(unlocked).toMatchObject({ ok: true, locked: false });
  });

  it('detects every byte flip in the score pages that changes what the file says', () => {
    const bytes = readFileSync(pristine);
    const original = scoreLogDump(pristine);
    const ranges = scoreLeafRanges(pristine);
    expect(ranges.length).toBeGreaterThan(0);
    const offsets = new Set<number>();
    // Every byte of the newest page's header and cell pointers, and of its newest cells
    // (SQLite fills a leaf page from the end, so they start at the content offset)…
    const header = ranges.at(-2) ?? expect.fail('no score page');
    const cells = ranges.at(-1) ?? expect.fail('no score page');
    for (let o = header.start; o < header.end; o += 1) offsets.add(o);
    for (let o = cells.start; o < Math.min(cells.end, cells.start + 400); o += 1) offsets.add(o);
    // …and seeded random bytes anywhere in the score pages' used areas.
    const random = seeded(8_2026);
    const total = ranges.reduce((n, r) => n + (r.end - r.start), 0);
    const wanted = Math.min(total, offsets.size + 400);
    while (offsets.size < wanted) {
      let at = Math.floor(random() * total);
      for (const r of ranges) {
        if (at < r.end - r.start) {
          offsets.add(r.start + at);
          break;
        }
        at -= r.end - r.start;
      }
    }
    const scratch = join(dir, 'flipped.sqlite');
    let changes = 0;
    const missed: number[] = [];
    for (const offset of offsets) {
      const mask = 1 + Math.floor(random() * 255);
      writeFlipped(bytes, offset, mask, scratch);
      const changedContent = changesContent(original, scratch);
      const result = verifyEventFile(scratch);
      removeDb(scratch);
      if (!changedContent) continue;
      changes += 1;
      if (result.ok) missed.push(offset);
    }
    expect(missed).toEqual([]);
    // Most flips land in data: the check above is not vacuous.
    expect(changes).toBeGreaterThan(offsets.size / 2);
  });
});
