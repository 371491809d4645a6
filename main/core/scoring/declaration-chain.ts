/**
 * The hash chain of declarations of interest: each declaration carries the
 * SHA-256 of the one before, like the score log (hash-chain.ts), but in a
 * chain of its own so that the score log's events, its hashes and every
 * results fingerprint already printed stay exactly as they were.
 */
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import { GENESIS_HASH } from './hash-chain';

/** One declared link: the team and, in the juror's words, what links them (required). */
export interface DeclaredLink {
  teamId: number;
  detail: string;
}

/** A declaration as stored: `linksJson` is the canonical JSON of the links, sorted by team id. */
export interface StoredDeclaration {
  seq: number;
  jurorId: number;
  linksJson: string;
  /** 'juror:3' when the juror declared (laptop or phone), 'chair' when the chair recorded a paper form. */
  actor: string;
  atUtc: string;
  prevHash: string;
  hash: string;
}

/** The canonical text of a set of links: sorted by team id, so the same links always hash the same. */
export function linksJson(links: readonly DeclaredLink[]): string {
  return canonicalJson(
    [...links].sort((a, b) => a.teamId - b.teamId).map((l) => ({ teamId: l.teamId, detail: l.detail })),
  );
}

/**
 * SHA-256 over the canonical JSON of seq, jurorId, linksJson (the stored text
 * itself, so any byte changed in it breaks the hash), actor, atUtc, prevHash.
 */
export function hashDeclaration(d: Omit<StoredDeclaration, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      seq: d.seq,
      jurorId: d.jurorId,
      linksJson: d.linksJson,
      actor: d.actor,
      atUtc: d.atUtc,
      prevHash: d.prevHash,
    }),
  );
}

export function appendDeclaration(
  previous: StoredDeclaration | null,
  draft: { jurorId: number; linksJson: string; actor: string; atUtc: string },
): StoredDeclaration {
  const row = {
    ...draft,
    seq: previous ? previous.seq + 1 : 1,
    prevHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...row, hash: hashDeclaration(row) };
}

export type DeclarationChainBreak =
  | 'declaration.seqGap'
  | 'declaration.prevHashMismatch'
  | 'declaration.hashMismatch'
  | 'declaration.rowInvalid';

export type DeclarationChainVerification =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; brokenAtSeq: number; reason: DeclarationChainBreak };

const COLUMNS = ['seq', 'juror_id', 'links_json', 'actor', 'at_utc', 'prev_hash', 'hash'] as const;

/** A stored row (SQLite columns, or the same names in an event JSON export), strictly typed, or null. */
export function declarationFromRow(row: unknown): StoredDeclaration | null {
  if (row === null || typeof row !== 'object') return null;
  const r = row as Record<string, unknown>;
  const keys = Object.keys(r).sort();
  if (keys.length !== COLUMNS.length || ![...COLUMNS].sort().every((c, i) => keys[i] === c)) return null;
  const int = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);
  const str = (v: unknown) => typeof v === 'string';
  if (!int(r.seq) || !int(r.juror_id) || !str(r.links_json) || !str(r.actor) || !str(r.at_utc)) return null;
  if (!str(r.prev_hash) || !str(r.hash)) return null;
  return {
    seq: r.seq as number,
    jurorId: r.juror_id as number,
    linksJson: r.links_json as string,
    actor: r.actor as string,
    atUtc: r.at_utc as string,
    prevHash: r.prev_hash as string,
    hash: r.hash as string,
  };
}

/** Walks the rows in seq order and reports the first broken one (seq, link to the previous, own hash). */
export function verifyDeclarationRows(rows: readonly unknown[]): DeclarationChainVerification {
  let expectedPrev = GENESIS_HASH;
  for (let i = 0; i < rows.length; i += 1) {
    const brokenAtSeq = i + 1;
    const d = declarationFromRow(rows[i]);
    if (!d) return { ok: false, brokenAtSeq, reason: 'declaration.rowInvalid' };
    if (d.seq !== brokenAtSeq) return { ok: false, brokenAtSeq, reason: 'declaration.seqGap' };
    if (d.prevHash !== expectedPrev)
      return { ok: false, brokenAtSeq, reason: 'declaration.prevHashMismatch' };
    if (hashDeclaration(d) !== d.hash) return { ok: false, brokenAtSeq, reason: 'declaration.hashMismatch' };
    expectedPrev = d.hash;
  }
  return { ok: true, count: rows.length, lastHash: expectedPrev };
}
