/**
 * A track ranks on its own criteria: each sheet's score record is cut down to
 * them (track-input.ts). A cut of a frozen record (the sheet cache's) is kept
 * and handed out again, frozen, so every recompute of the track sees the same
 * record for an unchanged sheet and the ranking's per-record memo
 * (ranking/prepare.ts) reuses its weighted total. A changed sheet is a new
 * record in the sheet cache, hence a new cut: a cut is never stale.
 */
import { FrozenMemo, type FrozenMemoStats } from '../ranking/frozen-memo';

type Scores = Readonly<Record<number, number>>;

/** One cut per kept-criteria list; the 8 most recent lists (the event's tracks). */
const CUTS = new FrozenMemo<Scores>(8);

/** A function giving each score record with only `criterionIds` (those it holds). */
export function scoreCutter(criterionIds: readonly number[]): (scores: Scores) => Scores {
  const memo = CUTS.table(criterionIds.join(','));
  return (source) => {
    const known = memo.get(source);
    if (known) return known;
    const scores: Record<number, number> = {};
    for (const id of criterionIds) {
      const value = source[id];
      if (value !== undefined) scores[id] = value;
    }
    if (!Object.isFrozen(source)) return scores;
    const frozen = Object.freeze(scores);
    memo.set(source, frozen);
    return frozen;
  };
}

/** How often a kept cut was handed out again (tests prove the shared path runs). */
export function scoreCutStats(): FrozenMemoStats {
  return CUTS.stats();
}
