import type Database from 'better-sqlite3';

export interface Migration {
  /** Short name, for logs and tests. */
  name: string;
  up(db: Database.Database): void;
}
