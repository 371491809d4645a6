/**
 * Network role `room` (issue 15) over loopback: a room laptop pushes its
 * sealed room result to the head laptop's local server with its room login;
 * the head merges it with the USB path's merge. The head's server stops, the
 * room keeps scoring and its pushes fail; the server comes back on the same
 * address and the room catches up. A login of another room is refused, and a
 * room login reaches no other call.
 */
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { roleMayCall } from '../../../common/contract/lan';
import { CALL_NAMES } from '../../../common/contract/names';
import type { IssuedRoomLinkView } from '../../../common/contract/room-push';
import { closeDatabase, type Db, openDatabase } from '../../../main/core/db/open';
import { DomainError } from '../../../main/core/errors';
import { networkHandlers, type ViewerReads } from '../../../main/core/lan/network-handlers';
import { type PushOutcome, pushRoomResult } from '../../../main/core/lan/roles/room/client';
import { readRoomPushSettings } from '../../../main/core/lan/roles/room/settings';
import { verifyMergedRooms } from '../../../main/core/rooms/merge';
import { readRoomProgress } from '../../../main/core/rooms/progress';
import { RoomPusher } from '../../../main/core/rooms/push/pusher';
import { buildRoomResult } from '../../../main/core/rooms/room-result';
import { scoreEventCount, verifyScoreLog } from '../../../main/core/scoring/score-store';
import { ok, refused } from '../../support/calls';
import { buildHeadEvent, scoreRoom } from '../../support/rooms';
import { testApp } from '../../support/temp';
import { dbSnapshot, fakeRenderer } from './lan-app';
import { NetClient } from './net-client';

const SIZE = { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 };

/** The head laptop: the rooms saved, the file open in the app, its local server on 127.0.0.1 (any free port). */
async function headLaptop() {
  const app = testApp();
  const { head, rooms } = buildHeadEvent(app.dir, SIZE);
  const headPath = head.name;
  closeDatabase(head);
  app.ctx.options.platform.pickEventFileToOpen = async () => headPath;
  await ok(app, 'file.open', {});
  // Every contract call is tried in a row over one connection: no rate limit in the way.
  app.services.lan.configure({
    rendererDir: fakeRenderer(app.dir),
    limits: { burst: 1000, perSecond: 1000 },
  });
  onTestFinished(() => app.services.lan.stop());
  const status = await ok(app, 'lan.start', { address: '127.0.0.1', port: 0 });
  const url = status.url as string;
  const db = () => app.ctx.requireEventFile().db;
  /** Writes room `index`'s file through the Rooms page's call and opens it as the room laptop does. */
  const writeRoomFile = async (index: number): Promise<Db> => {
    const room = rooms[index] as (typeof rooms)[number];
    const path = join(app.dir, `room-${room.id}.sqlite`);
    app.ctx.options.platform.pickRoomFileDestination = async () => path;
    await ok(app, 'rooms.writeRoomFile', { poolId: room.id });
    const roomDb = openDatabase(path);
    onTestFinished(() => closeDatabase(roomDb));
    return roomDb;
  };
  const issue = (index: number): Promise<IssuedRoomLinkView> =>
    ok(app, 'roomPush.issueLink', { poolId: (rooms[index] as (typeof rooms)[number]).id });
  return { app, rooms, url, db, writeRoomFile, issue };
}

/** Every sheet of the room's jurors for its teams up to `count`, submitted in order (scores from `seed`). */
async function scoreSheets(roomDb: Db, room: Parameters<typeof scoreRoom>[1], count: number) {
  scoreRoom(roomDb, room, 3, { sheets: count });
}

const submitted = (db: Db) =>
  (db.prepare("SELECT count(*) AS n FROM score_event WHERE kind = 'submit'").get() as { n: number }).n;

describe('network role room: a room laptop pushes its room result', () => {
  it('pushes, the head merges; the head goes away, the room keeps scoring, and catches up when it is back', async () => {
    const head = await headLaptop();
    const link = await head.issue(0);
    expect(link).toMatchObject({ roomName: 'Salle A', headAddress: new URL(head.url).origin });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(link.qrSvg).toContain('<svg');
    // Written after the login exists, the room file carries the head's address and a token of that login.
    const roomDb = await head.writeRoomFile(0);
    const settings = readRoomPushSettings(roomDb);
    expect(settings?.headAddress).toBe(link.headAddress);
    expect(settings?.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(settings?.token).not.toBe(link.token);
    // The room laptop of room B has no login yet: no settings in its file.
    expect(readRoomPushSettings(await head.writeRoomFile(1))).toBeNull();

    const room = head.rooms[0] as (typeof head.rooms)[number];
    const clock = { t: 1_000_000 };
    const sent: PushOutcome[] = [];
    const pusher = new RoomPusher({
      db: () => roomDb,
      now: () => clock.t,
      retryMs: 15_000,
      laptop: 'PC salle A',
      send: async (address, token, text) => {
        const outcome = await pushRoomResult(address, token, text);
        sent.push(outcome);
        return outcome;
      },
    });
    expect(pusher.status()).toMatchObject({ configured: true, pending: true, lastPushedAtUtc: null });

    // A sheet is submitted: pushed at once, merged.
    await scoreSheets(roomDb, room, 1);
    await pusher.changed();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ ok: true, report: { alreadyMerged: false, added: 3 } });
    const first = readRoomProgress(head.db())[0];
    expect(first).toMatchObject({ submitted: 1, laptop: 'PC salle A', mergedEvents: 3 });
    // The Rooms page's "last heard" comes from the push's receipt.
    expect(first?.lastHeardAtUtc).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(pusher.status()).toMatchObject({ pending: false, lastFailedAtUtc: null, lastError: null });
    // Nothing new: no push.
    await pusher.changed();
    await pusher.tick();
    expect(sent).toHaveLength(1);
    // The same result pushed twice changes nothing on the head.
    const text = buildRoomResult(roomDb, new Date(clock.t), 'PC salle A');
    const snapshot = dbSnapshot(head.db());
    expect(await pushRoomResult(link.headAddress as string, settings?.token as string, text)).toMatchObject({
      ok: true,
      report: { added: 0, alreadyMerged: true },
    });
    expect(dbSnapshot(head.db())).toBe(snapshot);

    // The head's server stops: the room keeps scoring, each push fails, and the retry waits its interval.
    await ok(head.app, 'lan.stop', {});
    await scoreSheets(roomDb, room, 2);
    clock.t += 1_000;
    await pusher.changed();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ ok: false, kind: 'unreachable' });
    expect(pusher.status()).toMatchObject({
      pending: true,
      lastFailedAtUtc: new Date(clock.t).toISOString(),
    });
    expect(pusher.status().lastErrorDetail).toBe('ECONNREFUSED');
    clock.t += 14_999;
    await pusher.tick();
    expect(sent).toHaveLength(2);
    await scoreSheets(roomDb, room, 4);
    await pusher.changed();
    expect(sent).toHaveLength(3);
    expect(submitted(roomDb)).toBe(4);
    expect(readRoomProgress(head.db())[0]?.submitted).toBe(1);

    // The server is back on the same address: the next retry catches up with everything.
    const port = Number(new URL(head.url).port);
    await ok(head.app, 'lan.start', { address: '127.0.0.1', port });
    clock.t += 15_000;
    await pusher.tick();
    expect(sent).toHaveLength(4);
    expect(sent[3]).toMatchObject({ ok: true, report: { alreadyMerged: false, added: 9 } });
    expect(readRoomProgress(head.db())[0]).toMatchObject({ submitted: 4, expected: 4, mergedEvents: 12 });
    expect(pusher.status()).toMatchObject({ pending: false, lastFailedAtUtc: null, lastError: null });
    expect(scoreEventCount(head.db())).toBe(12);
    expect(verifyScoreLog(head.db()).ok).toBe(true);
    expect(verifyMergedRooms(head.db())).toBeNull();
  });

  it("refuses a push with another room's login, and a revoked login, and changes nothing", async () => {
    const head = await headLaptop();
    const linkA = await head.issue(0);
    const roomA = await head.writeRoomFile(0);
    const linkB = await head.issue(1);
    await scoreSheets(roomA, head.rooms[0] as (typeof head.rooms)[number], 4);
    const text = buildRoomResult(roomA);
    const address = linkA.headAddress as string;
    const snapshot = dbSnapshot(head.db());

    const other = await pushRoomResult(address, linkB.token, text);
    expect(other).toMatchObject({
      ok: false,
      kind: 'refused',
      status: 422,
      error: { code: 'roomPush.otherRoom' },
    });
    expect(other.ok === false && other.kind === 'refused' && other.error?.message).toContain('Salle A');
    expect(dbSnapshot(head.db())).toBe(snapshot);

    // A new login for room A revokes the previous one (a lost room laptop): its token is refused.
    const again = await head.issue(0);
    const afterIssue = dbSnapshot(head.db());
    expect(await pushRoomResult(address, linkA.token, text)).toMatchObject({ ok: false, status: 401 });
    expect(dbSnapshot(head.db())).toBe(afterIssue);
    expect(await pushRoomResult(address, again.token, text)).toMatchObject({
      ok: true,
      report: { added: 12 },
    });
  });

  it('a room login reaches no other call: every contract call over the WebSocket, and a viewer cannot push', async () => {
    const head = await headLaptop();
    const link = await head.issue(0);
    const roomDb = await head.writeRoomFile(0);
    await scoreSheets(roomDb, head.rooms[0] as (typeof head.rooms)[number], 4);

    // The handler map of a room login refuses every call.
    const reads = {} as ViewerReads;
    const principal = { credentialId: 1, role: 'room' as const, jurorId: null, label: 'Salle A' };
    const handlers = networkHandlers(
      head.app.ctx,
      { reads, sheets: head.app.services.sheets },
      { principal, key: null },
    );
    for (const name of CALL_NAMES) {
      expect(roleMayCall('room', name), name).toBe(false);
      let refusal: unknown = null;
      try {
        (handlers[name] as (input: unknown) => unknown)({});
      } catch (error) {
        refusal = error;
      }
      expect((refusal as DomainError).code, name).toBe('lan.forbidden');
      expect(refusal, name).toBeInstanceOf(DomainError);
    }

    // Over loopback: every call refused, nothing in the head's file changes.
    const client = await NetClient.connect(head.url, link.token);
    expect(client.hello).toMatchObject({ role: 'room', label: 'Salle A' });
    try {
      const snapshot = dbSnapshot(head.db());
      for (const name of CALL_NAMES) {
        const result = await client.call(name, {});
        expect(result, name).toMatchObject({ ok: false, error: { code: 'lan.forbidden' } });
      }
      expect(dbSnapshot(head.db())).toBe(snapshot);
    } finally {
      client.ws.close();
    }

    // The push endpoint takes room logins only.
    const viewer = await ok(head.app, 'lan.createLink', { role: 'viewer', label: 'Hall' });
    const text = buildRoomResult(roomDb);
    expect(await pushRoomResult(link.headAddress as string, viewer.token, text)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(readRoomProgress(head.db())[0]?.mergedEvents).toBe(0);
    // A room login comes from a room's card only: the Network page's generic link call refuses the role.
    expect((await refused(head.app, 'lan.createLink', { role: 'room', label: 'Salle A' })).code).toBe(
      'roomPush.issueFromRooms',
    );
  });

  it('through the room laptop app: settings from the room file, send now, status, and a bad code refused', async () => {
    const head = await headLaptop();
    await head.issue(0);
    const written = await head.writeRoomFile(0);
    const path = written.name;
    closeDatabase(written);
    const roomApp = testApp();
    roomApp.ctx.options.platform.pickEventFileToOpen = async () => path;
    await ok(roomApp, 'file.open', {});
    expect(await ok(roomApp, 'roomPush.status', {})).toMatchObject({
      isRoom: true,
      configured: true,
      pending: true,
    });
    scoreRoom(roomApp.ctx.requireEventFile().db, head.rooms[0] as (typeof head.rooms)[number], 5, {
      sheets: 2,
    });
    const sent = await ok(roomApp, 'roomPush.pushNow', {});
    expect(sent).toMatchObject({ pending: false, lastFailedAtUtc: null });
    expect(sent.lastPushedAtUtc).toMatch(/^\d{4}-/);
    expect(readRoomProgress(head.db())[0]?.submitted).toBe(2);
    const bad = await refused(roomApp, 'roomPush.configure', { headAddress: head.url, token: 'abc' });
    expect(bad.code).toBe('roomPush.badToken');
    // The head is not a room file: no panel there.
    expect((await ok(head.app, 'roomPush.status', {})).isRoom).toBe(false);
  });
});
