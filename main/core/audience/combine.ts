/**
 * The jury's ranking combined with the audience's votes, only with a weight
 * declared before voting opened (voting.ts). The rule, in one sentence: the
 * most-voted team gets the full scale from the audience and every other team
 * its votes in proportion, and a team's combined score is
 * (1 − w) × jury total + w × scale × votes ÷ most votes.
 * Pure: the jury's totals and the tally come in, nothing is read.
 */
export interface CombinedRow {
  teamId: number;
  jury: number | null;
  votes: number;
  audiencePoints: number;
  combined: number | null;
  /** Shared ranks for equal combined scores (1, 1, 3); null when the jury did not rank the team. */
  rank: number | null;
}

export function combineAudience(
  jury: readonly { teamId: number; total: number | null }[],
  tally: readonly { teamId: number; votes: number }[],
  weight: number,
  scaleMax: number,
): CombinedRow[] {
  const votesOf = new Map(tally.map((t) => [t.teamId, t.votes]));
  const most = Math.max(0, ...tally.map((t) => t.votes));
  const rows: CombinedRow[] = jury.map(({ teamId, total }) => {
    const votes = votesOf.get(teamId) ?? 0;
    const audiencePoints = most === 0 ? 0 : (scaleMax * votes) / most;
    const combined = total === null ? null : (1 - weight) * total + weight * audiencePoints;
    return { teamId, jury: total, votes, audiencePoints, combined, rank: null };
  });
  const ranked = rows
    .filter((r) => r.combined !== null)
    .sort((a, b) => (b.combined ?? 0) - (a.combined ?? 0));
  // Equal within a millionth of a point share a rank: float sums of equal inputs may differ in the last bit.
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1];
    row.rank =
      previous && Math.abs((previous.combined ?? 0) - (row.combined ?? 0)) < 1e-6 ? previous.rank : i + 1;
  });
  return [...ranked, ...rows.filter((r) => r.combined === null)];
}
