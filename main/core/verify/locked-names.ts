/**
 * While the results are locked, the names on every document come from the
 * locked payload, and the app refuses any rename. A file whose live team,
 * juror or criterion names differ from the locked ones was changed after the
 * lock by something else (or by a version before that rule): reported, so a
 * certificate printed from the live names cannot silently disagree with the
 * results sheet.
 */
import type { VerifyProblem } from './types';

export interface LiveNames {
  team: readonly unknown[];
  juror: readonly unknown[];
  criterion: readonly unknown[];
}

type Kind = keyof LiveNames;

/** The fields each kind's name is made of, as stored (column) and as locked (payload key). */
const FIELDS: Record<Kind, readonly [column: string, locked: string][]> = {
  team: [
    ['name', 'name'],
    ['project_title', 'projectTitle'],
  ],
  juror: [
    ['name', 'name'],
    ['title', 'title'],
  ],
  criterion: [['name', 'name']],
};

const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : '');

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The first name that differs between the locked payload and the live rows; null when all match. */
export function compareLockedNames(payloadJson: string, live: LiveNames): VerifyProblem | null {
  const payload = record(JSON.parse(payloadJson));
  const lockedLists: Record<Kind, unknown> = {
    team: payload.teams,
    juror: payload.jurors,
    criterion: payload.criteria,
  };
  for (const kind of ['team', 'juror', 'criterion'] as const) {
    const rows = new Map(live[kind].map((row) => [record(row).id, record(row)]));
    const locked = lockedLists[kind];
    for (const item of Array.isArray(locked) ? locked : []) {
      const entry = record(item);
      const row = rows.get(entry.id);
      for (const [column, key] of FIELDS[kind]) {
        const lockedText = text(entry[key]);
        const liveText = row ? text(row[column]) : '';
        if (lockedText !== liveText)
          return {
            code: 'verify.namesChangedSinceLock',
            params: { kind, id: Number(entry.id), locked: lockedText, live: liveText },
          };
      }
    }
  }
  return null;
}
