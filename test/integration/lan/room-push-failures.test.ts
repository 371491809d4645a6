/**
 * What the room laptop's chair reads when a push fails: a sentence saying
 * what to check, in the chair's language, never a bare socket code or HTTP
 * status (the raw cause stays apart, as a small detail). Real failures over
 * loopback (a closed port, a wrong room code, a result the head refuses) and
 * the socket codes a venue network gives, which loopback cannot produce.
 */
import { createServer } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import { closeDatabase, type Db } from '../../../main/core/db/open';
import { type PushOutcome, pushRoomResult } from '../../../main/core/lan/roles/room/client';
import { saveRoomPushSettings } from '../../../main/core/lan/roles/room/settings';
import { RoomPusher } from '../../../main/core/rooms/push/pusher';
import { ok } from '../../support/calls';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir, testApp } from '../../support/temp';
import { fakeRenderer } from './lan-app';

const SIZE = { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 };
/** A token of the right shape that no head issued. */
const UNKNOWN_TOKEN = 'AAAAAAAAAAAAAAAAAAAAAA';

/** An address on 127.0.0.1 where nothing listens any more (a port just freed). */
async function closedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** The head laptop: its rooms saved, its file open, its local server on 127.0.0.1 (any free port). */
async function headLaptop() {
  const app = testApp();
  const { head, rooms } = buildHeadEvent(app.dir, SIZE);
  const headPath = head.name;
  closeDatabase(head);
  app.ctx.options.platform.pickEventFileToOpen = async () => headPath;
  await ok(app, 'file.open', {});
  app.services.lan.configure({ rendererDir: fakeRenderer(app.dir) });
  onTestFinished(() => app.services.lan.stop());
  await ok(app, 'lan.start', { address: '127.0.0.1', port: 0 });
  const issue = (index: number) =>
    ok(app, 'roomPush.issueLink', { poolId: (rooms[index] as (typeof rooms)[number]).id });
  return { app, rooms, issue };
}

/** A room laptop's pusher over `db`, in `locale`, keeping every outcome. */
function pusherOf(db: Db, locale: Locale) {
  const sent: PushOutcome[] = [];
  const pusher = new RoomPusher({
    db: () => db,
    locale: () => locale,
    now: () => 1_000_000,
    laptop: 'PC salle A',
    send: async (address, token, text) => {
      const outcome = await pushRoomResult(address, token, text);
      sent.push(outcome);
      return outcome;
    },
  });
  return { pusher, sent };
}

/** Another event's room file, scored, as a laptop of the wrong event would hold it. */
function otherEventRoom(): Db {
  const dir = tempDir('test');
  const { head, rooms } = buildHeadEvent(dir, SIZE, 'Autre événement');
  const room = rooms[0] as (typeof rooms)[number];
  const { db } = roomLaptop(head, room, dir);
  closeDatabase(head);
  onTestFinished(() => closeDatabase(db));
  scoreRoom(db, room, 3, { sheets: 2 });
  return db;
}

describe('a failed push tells the room laptop’s chair what to check', () => {
  it.each(['fr', 'en'] as const)(
    'no head at the address (%s): a sentence naming it, the code as a detail',
    async (locale) => {
      const address = await closedAddress();
      const db = otherEventRoom();
      saveRoomPushSettings(db, { headAddress: address, token: UNKNOWN_TOKEN });
      const { pusher, sent } = pusherOf(db, locale);
      await pusher.changed();
      expect(sent).toEqual([{ ok: false, kind: 'unreachable', reason: 'ECONNREFUSED' }]);
      const status = pusher.status();
      const host = new URL(address).host;
      expect(status.lastError).toBe(translate(locale, 'roomPush.fail.refused', { host }));
      expect(status.lastError).toContain(host);
      expect(status.lastError).not.toMatch(/E[A-Z]{4,}/);
      expect(status.lastErrorDetail).toBe('ECONNREFUSED');
    },
  );

  it('a wrong room code: what to do, not “HTTP 401”', async () => {
    const head = await headLaptop();
    const link = await head.issue(0);
    const db = otherEventRoom();
    saveRoomPushSettings(db, { headAddress: link.headAddress as string, token: UNKNOWN_TOKEN });
    const { pusher, sent } = pusherOf(db, 'fr');
    await pusher.changed();
    expect(sent[0]).toMatchObject({ ok: false, kind: 'refused', status: 401, error: null });
    const status = pusher.status();
    expect(status.lastError).toBe(translate('fr', 'roomPush.fail.wrongCode'));
    expect(status.lastError).not.toContain('401');
    expect(status.lastErrorDetail).toBe('HTTP 401');
  });

  it('a 403: a code of another role says so; an address the head does not serve says to type the one it shows', async () => {
    const head = await headLaptop();
    const link = await head.issue(0);
    const viewer = await ok(head.app, 'lan.createLink', { role: 'viewer', label: 'Hall' });
    const db = otherEventRoom();
    const address = link.headAddress as string;

    saveRoomPushSettings(db, { headAddress: address, token: viewer.token });
    const asViewer = pusherOf(db, 'en');
    await asViewer.pusher.changed();
    expect(asViewer.sent[0]).toMatchObject({ ok: false, status: 403, word: 'forbidden' });
    expect(asViewer.pusher.status().lastError).toBe(translate('en', 'roomPush.fail.notRoomCode'));

    // The head listens on 127.0.0.1; "localhost" reaches it, but its guard serves only the address it shows.
    const byName = address.replace('127.0.0.1', 'localhost');
    saveRoomPushSettings(db, { headAddress: byName, token: link.token });
    const other = pusherOf(db, 'en');
    await other.pusher.changed();
    expect(other.sent[0]).toMatchObject({ ok: false, status: 403, word: null });
    const status = other.pusher.status();
    expect(status.lastError).toBe(
      translate('en', 'roomPush.fail.otherAddress', { host: new URL(byName).host }),
    );
    expect(status.lastErrorDetail).toBe('HTTP 403');
  });

  it('a result the head refuses (another event): the head’s reason, in the room chair’s language', async () => {
    const head = await headLaptop();
    const link = await head.issue(0);
    const db = otherEventRoom();
    saveRoomPushSettings(db, { headAddress: link.headAddress as string, token: link.token });
    // The head speaks French, the room laptop's chair reads English.
    const { pusher, sent } = pusherOf(db, 'en');
    await pusher.changed();
    const outcome = sent[0];
    expect(outcome).toMatchObject({ ok: false, kind: 'refused', status: 422 });
    if (!outcome || outcome.ok || outcome.kind !== 'refused' || !outcome.error)
      throw new Error('the head gave no reason');
    expect(outcome.error.code).toMatch(/^(rooms\.otherEvent|roomPush\.otherRoom)$/);
    const status = pusher.status();
    expect(status.lastError).toBe(translate('en', outcome.error.code, outcome.error.params));
    expect(status.lastError).not.toBe(outcome.error.message);
    expect(status.lastError).not.toContain('422');
    expect(status.lastErrorDetail).toBeNull();
  });

  it.each([
    ['ETIMEDOUT', 'roomPush.fail.noAnswer'],
    ['timeout', 'roomPush.fail.noAnswer'],
    ['EHOSTUNREACH', 'roomPush.fail.noRoute'],
    ['ENOTFOUND', 'roomPush.fail.unknownName'],
    ['ECONNRESET', 'roomPush.fail.cut'],
    ['EWHATEVER', 'roomPush.fail.unreachable'],
  ] as const)('%s from the venue network: %s, with the address', async (reason, key) => {
    const room = otherEventRoom();
    saveRoomPushSettings(room, { headAddress: 'http://192.168.1.10:8080', token: UNKNOWN_TOKEN });
    for (const locale of ['fr', 'en'] as const) {
      const pusher = new RoomPusher({
        db: () => room,
        locale: () => locale,
        send: async () => ({ ok: false, kind: 'unreachable', reason }),
      });
      await pusher.changed();
      const status = pusher.status();
      expect(status.lastError).toBe(
        translate(locale, key, { host: '192.168.1.10:8080', hostname: '192.168.1.10' }),
      );
      expect(status.lastError).toContain('192.168.1.10');
      expect(status.lastError).not.toContain(reason);
      expect(status.lastErrorDetail).toBe(reason);
    }
  });
});
