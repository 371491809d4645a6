import { randomUUID } from 'node:crypto';
import { type EventInfo, LOCALES, type Locale, type TimerDefaults } from '../../../common/domain';
import type { Db } from '../db/open';
import { oneOf, type RowOf, rowShape, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';
import { assertSetupEditable } from '../lock/lock-state';
import { normaliseName, throwIfIssues, validateEventInfo, validateTimerDefaults } from './validate';

const EventRow = rowShape({
  name: 'text',
  start_date: 'text',
  end_date: 'text',
  venue: 'text',
  city: 'text',
  organiser: 'text',
  locale: oneOf(LOCALES),
  logo_mime: 'text?',
  logo_base64: 'text?',
  scale_max: 'num',
  pitch_ms: 'num',
  qa_ms: 'num',
  changeover_ms: 'num',
  amber_at_ms: 'num',
  red_at_ms: 'num',
  uid: 'text',
});
type EventRow = RowOf<typeof EventRow>;

export const DEFAULT_TIMER: TimerDefaults = {
  pitchMs: 5 * 60_000,
  qaMs: 3 * 60_000,
  changeoverMs: 60_000,
  amberAtMs: 60_000,
  redAtMs: 30_000,
};

/** Creates the event row of a fresh file. Idempotent: an existing event is left as is. */
export function initEvent(db: Db, name: string, locale: Locale, today = new Date()): void {
  const date = today.toISOString().slice(0, 10);
  db.prepare(
    `INSERT INTO event (id, name, start_date, end_date, venue, city, organiser, locale, scale_max,
       pitch_ms, qa_ms, changeover_ms, amber_at_ms, red_at_ms, uid, created_at)
     VALUES (1, ?, ?, ?, '', '', '', ?, 20, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  ).run(
    normaliseName(name),
    date,
    date,
    locale,
    DEFAULT_TIMER.pitchMs,
    DEFAULT_TIMER.qaMs,
    DEFAULT_TIMER.changeoverMs,
    DEFAULT_TIMER.amberAtMs,
    DEFAULT_TIMER.redAtMs,
    randomUUID(),
    new Date().toISOString(),
  );
}

function row(db: Db): EventRow {
  const found = selectMaybe(db, EventRow, 'SELECT * FROM event WHERE id = 1');
  if (!found) throw new DomainError('db.notAnEvent');
  return found;
}

export function readEventInfo(db: Db): EventInfo {
  const r = row(db);
  return {
    name: r.name,
    startDate: r.start_date,
    endDate: r.end_date,
    venue: r.venue,
    city: r.city,
    organiser: r.organiser,
    locale: r.locale,
    logo:
      r.logo_mime && r.logo_base64
        ? { mime: r.logo_mime as 'image/png' | 'image/jpeg', dataBase64: r.logo_base64 }
        : null,
    scaleMax: r.scale_max,
  };
}

/** Stable identity of the event across copies of its file (used for certificate codes). */
export function readEventUid(db: Db): string {
  return row(db).uid;
}

export function updateEventInfo(db: Db, info: EventInfo): EventInfo {
  throwIfIssues(validateEventInfo(info));
  if (info.logo && !looksLikeImage(info.logo.mime, info.logo.dataBase64)) {
    throw new DomainError('validation.image', {}, [{ path: ['logo'], code: 'validation.image' }]);
  }
  // The event's name and scale are on the locked results; dates, venue and logo are not.
  const before = readEventInfo(db);
  if (normaliseName(info.name) !== before.name || info.scaleMax !== before.scaleMax) assertSetupEditable(db);
  db.prepare(
    `UPDATE event SET name = ?, start_date = ?, end_date = ?, venue = ?, city = ?, organiser = ?,
       locale = ?, logo_mime = ?, logo_base64 = ?, scale_max = ? WHERE id = 1`,
  ).run(
    normaliseName(info.name),
    info.startDate,
    info.endDate,
    info.venue.trim(),
    info.city.trim(),
    info.organiser.trim(),
    info.locale,
    info.logo?.mime ?? null,
    info.logo?.dataBase64 ?? null,
    info.scaleMax,
  );
  return readEventInfo(db);
}

export function readTimerDefaults(db: Db): TimerDefaults {
  const r = row(db);
  return {
    pitchMs: r.pitch_ms,
    qaMs: r.qa_ms,
    changeoverMs: r.changeover_ms,
    amberAtMs: r.amber_at_ms,
    redAtMs: r.red_at_ms,
  };
}

export function updateTimerDefaults(db: Db, timer: TimerDefaults): TimerDefaults {
  throwIfIssues(validateTimerDefaults(timer));
  db.prepare(
    'UPDATE event SET pitch_ms = ?, qa_ms = ?, changeover_ms = ?, amber_at_ms = ?, red_at_ms = ? WHERE id = 1',
  ).run(timer.pitchMs, timer.qaMs, timer.changeoverMs, timer.amberAtMs, timer.redAtMs);
  return readTimerDefaults(db);
}

/** Checks the magic bytes, so a renamed text file is refused with a clear message. */
function looksLikeImage(mime: string, base64: string): boolean {
  const head = Buffer.from(base64.slice(0, 16), 'base64');
  if (mime === 'image/png') return head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return head[0] === 0xff && head[1] === 0xd8;
}
