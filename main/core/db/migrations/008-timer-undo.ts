import type { Migration } from './types';

/**
 * The chair's undo for the last timer action, stored like the timer itself
 * (a crash between the mistake and the undo loses nothing):
 * - timer_undo: one row, what the last chair action replaced. `after_revision`
 *   is the timer revision that action produced: the undo applies only while
 *   nothing else has moved the timer since. `before_json` holds the previous
 *   anchors, the statuses and stage times of the teams it touched, and the
 *   last phase record id before it (records it wrote are removed on undo).
 * - checklist_mark: the pitch-day checklist steps only the chair can vouch
 *   for (the projector and the sound were checked in the room), with the time.
 */
export const timerUndo: Migration = {
  name: 'timer-undo',
  up(db) {
    db.exec(`
      CREATE TABLE timer_undo (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        action TEXT NOT NULL,
        after_revision INTEGER NOT NULL,
        before_json TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE checklist_mark (
        step TEXT PRIMARY KEY,
        at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
