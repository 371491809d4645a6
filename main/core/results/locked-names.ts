/**
 * Every document of a locked event prints the names as locked: the results
 * sheet, certificates, exports, scoring forms and the running order all take
 * team, juror and criterion names from the locked payload, so no two
 * documents of one event can disagree with each other or with the printed
 * fingerprint (even in a file renamed behind the app's back, or by a version
 * that still allowed it). Members are not in the results: they stay live.
 */
import type { Db } from '../db/open';
import { readLockedResults } from './lock-ops';

interface LockedNames {
  teams: Map<number, { name: string; projectTitle: string }>;
  jurors: Map<number, { name: string; title: string }>;
  criteria: Map<number, { name: string }>;
}

export function readLockedNames(db: Db): LockedNames | null {
  const locked = readLockedResults(db);
  if (!locked) return null;
  const { teams, jurors, criteria } = locked.payload;
  return {
    teams: new Map(teams.map((t) => [t.id, { name: t.name, projectTitle: t.projectTitle }])),
    jurors: new Map(jurors.map((j) => [j.id, { name: j.name, title: j.title }])),
    criteria: new Map(criteria.map((c) => [c.id, { name: c.name }])),
  };
}

/** The rows with their locked names (rows unknown to the lock keep theirs). */
export function withLockedNames<T extends { id: number; name: string }>(
  db: Db,
  kind: keyof LockedNames,
  rows: readonly T[],
): T[] {
  const names = readLockedNames(db)?.[kind] as Map<number, Partial<T>> | undefined;
  if (!names) return [...rows];
  return rows.map((row) => ({ ...row, ...names.get(row.id) }));
}
