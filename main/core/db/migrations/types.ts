import type Database from 'better-sqlite3';

export interface Migration {
  /** Short name, for logs and tests. */
  name: string;
  up(db: Database.Database): void;
  /**
   * Run with foreign keys off (a table rebuild: dropping a parent table with
   * them on would cascade to its children); every foreign key is checked
   * before the migrations commit.
   */
  foreignKeysOff?: boolean;
}
