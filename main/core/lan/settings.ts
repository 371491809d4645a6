/** The interface address and port the chair last chose, kept in the event file. */
import type { Db } from '../db/open';

export interface LanBindChoice {
  address: string;
  port: number;
}

export function readLanSettings(db: Db): LanBindChoice | null {
  return (
    (db.prepare('SELECT address, port FROM lan_settings WHERE id = 1').get() as LanBindChoice | undefined) ??
    null
  );
}

export function writeLanSettings(db: Db, choice: LanBindChoice): void {
  db.prepare(
    `INSERT INTO lan_settings (id, address, port) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET address = excluded.address, port = excluded.port`,
  ).run(choice.address, choice.port);
}
