/** The interface address and port the chair last chose, kept in the event file. */
import type { Db } from '../db/open';
import { rowShape, selectMaybe } from '../db/rows';

export interface LanBindChoice {
  address: string;
  port: number;
}

export function readLanSettings(db: Db): LanBindChoice | null {
  return (
    selectMaybe(
      db,
      rowShape({ address: 'text', port: 'num' }),
      'SELECT address, port FROM lan_settings WHERE id = 1',
    ) ?? null
  );
}

export function writeLanSettings(db: Db, choice: LanBindChoice): void {
  db.prepare(
    `INSERT INTO lan_settings (id, address, port) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET address = excluded.address, port = excluded.port`,
  ).run(choice.address, choice.port);
}
