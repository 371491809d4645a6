/**
 * The checks shared by an event file and an event JSON export, on raw rows:
 * score event rows → strict shape → hash chain (verifyChain) → lock records
 * against the chain. First problem wins.
 */
import { verifyChain } from '../scoring/hash-chain';
import { checkDeclarations } from './declaration-records';
import { checkLockRecords } from './lock-records';
import { compareLockedNames, type LiveNames } from './locked-names';
import { scoreEventsFromRows } from './score-rows';
import { type EventVerification, problem } from './types';

export function verifyRecords(
  scoreRows: readonly unknown[],
  lockRows: readonly unknown[],
  /** The setup rows now: while locked, their names must be the locked ones. */
  live?: LiveNames,
  /** Declarations of interest (migration 014) and the recusals; undefined for a file or export from before them. */
  declarations?: { declarationRows: readonly unknown[]; recusalRows: readonly unknown[] },
): EventVerification {
  const parsed = scoreEventsFromRows(scoreRows);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const chain = verifyChain(parsed.events);
  if (!chain.ok) return problem(chain.reason, { seq: chain.brokenAtSeq, storedSeq: chain.storedSeq });
  const locks = checkLockRecords(lockRows, parsed.events);
  if (!locks.ok) return { ok: false, problem: locks.problem };
  const latest = lockRows[lockRows.length - 1] as { payload_json?: unknown } | undefined;
  if (live && locks.locked && typeof latest?.payload_json === 'string') {
    const renamed = compareLockedNames(latest.payload_json, live);
    if (renamed) return { ok: false, problem: renamed };
  }
  if (declarations) {
    const broken = checkDeclarations(declarations.declarationRows, declarations.recusalRows);
    if (broken) return { ok: false, problem: broken };
  }
  return {
    ok: true,
    scoreCount: chain.count,
    lastHash: chain.lastHash,
    locks: locks.locks,
    locked: locks.locked,
  };
}
