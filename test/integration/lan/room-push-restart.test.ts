/**
 * The room laptop's push panel after a restart: what the head acknowledged
 * last (when, how many score entries, whether the room was locked) shows as
 * soon as the room file opens, before any new push; new push settings (a new
 * room code, another head) forget it. Each "laptop start" is a new app core
 * over the same per-laptop settings file, the room file reopened from disk.
 */
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../../main/core/api/core';
import { AppContext } from '../../../main/core/context/app-context';
import { closeDatabase } from '../../../main/core/db/open';
import { closeEventFile } from '../../../main/core/event-file';
import { saveRoomPushSettings } from '../../../main/core/lan/roles/room/settings';
import { readRoomProgress } from '../../../main/core/rooms/progress';
import { RoomPusher } from '../../../main/core/rooms/push/pusher';
import { SettingsStore } from '../../../main/core/settings';
import { ok, refused } from '../../support/calls';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir, testApp } from '../../support/temp';
import { fakeRenderer } from './lan-app';

const SIZE = { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 };

/** The head laptop with its local server on 127.0.0.1 (any free port), and room A's file written with its push settings. */
async function headWithRoomFile() {
  const app = testApp();
  const { head, rooms } = buildHeadEvent(app.dir, SIZE);
  const headPath = head.name;
  closeDatabase(head);
  app.ctx.options.platform.pickEventFileToOpen = async () => headPath;
  await ok(app, 'file.open', {});
  app.services.lan.configure({ rendererDir: fakeRenderer(app.dir) });
  onTestFinished(() => app.services.lan.stop());
  await ok(app, 'lan.start', { address: '127.0.0.1', port: 0 });
  const room = rooms[0] as (typeof rooms)[number];
  await ok(app, 'roomPush.issueLink', { poolId: room.id });
  const roomPath = join(app.dir, 'room-a.sqlite');
  app.ctx.options.platform.pickRoomFileDestination = async () => roomPath;
  await ok(app, 'rooms.writeRoomFile', { poolId: room.id });
  return { head: app, room, roomPath };
}

/** One start of the room laptop: a new app core over the same settings file, the room file opened from disk. */
async function startRoomLaptop(dir: string, roomPath: string) {
  const ctx = new AppContext({
    version: 'test',
    eventsDir: join(dir, 'events'),
    dataDir: dir,
    settings: new SettingsStore(join(dir, 'settings.json'), { uiLocale: 'fr' }),
    platform: { pickEventFileToOpen: async () => roomPath, pickCopyDestination: async () => null },
    emit: () => undefined,
  });
  const { dispatch } = createCore(ctx, { checkOutputs: true });
  const app = {
    ctx,
    invoke: (name: string, input: unknown) => dispatch(name, input, { trustedSender: true }),
  };
  await ok(app, 'file.open', {});
  const close = () => {
    if (ctx.eventFile) closeEventFile(ctx.eventFile);
  };
  onTestFinished(close);
  return { app, db: () => ctx.requireEventFile().db, close };
}

describe('the room laptop remembers what the head acknowledged', () => {
  it('shows the last push (time, entries, lock) right after a restart, without pushing again', async () => {
    const { head, room, roomPath } = await headWithRoomFile();
    const laptopDir = tempDir('test');

    const first = await startRoomLaptop(laptopDir, roomPath);
    scoreRoom(first.db(), room, 3, { sheets: 2 });
    const sent = await ok(first.app, 'roomPush.pushNow', {});
    expect(sent).toMatchObject({
      pending: false,
      lastFailedAtUtc: null,
      pushedEvents: 6,
      pushedLocked: false,
    });
    const sentAt = sent.lastPushedAtUtc as string;
    expect(sentAt).toMatch(/^\d{4}-/);
    first.close();
    const receipts = readRoomProgress(head.ctx.requireEventFile().db)[0]?.mergedEvents;

    // Restart: the panel's first read shows the last push as it was.
    const second = await startRoomLaptop(laptopDir, roomPath);
    expect(await ok(second.app, 'roomPush.status', {})).toMatchObject({
      isRoom: true,
      configured: true,
      lastPushedAtUtc: sentAt,
      pushedEvents: 6,
      pushedLocked: false,
      pending: false,
      lastFailedAtUtc: null,
    });
    expect(readRoomProgress(head.ctx.requireEventFile().db)[0]?.mergedEvents).toBe(receipts);

    // The room locks and sends; after the next restart the panel says the head has the lock.
    scoreRoom(second.db(), room, 3, { lock: true });
    const locked = await ok(second.app, 'roomPush.pushNow', {});
    expect(locked).toMatchObject({ pending: false, pushedEvents: 12, pushedLocked: true });
    second.close();
    const third = await startRoomLaptop(laptopDir, roomPath);
    expect(await ok(third.app, 'roomPush.status', {})).toMatchObject({
      lastPushedAtUtc: locked.lastPushedAtUtc,
      pushedEvents: 12,
      pushedLocked: true,
      pending: false,
    });

    // New push settings (here a code that is refused): nothing is taken as acknowledged any more, even after a restart.
    expect(
      (await refused(third.app, 'roomPush.configure', { headAddress: 'http://127.0.0.1:1', token: 'abc' }))
        .code,
    ).toBe('roomPush.badToken');
    const settings = third.db().prepare('SELECT token FROM room_push_settings').get() as { token: string };
    await ok(third.app, 'roomPush.configure', { headAddress: 'http://127.0.0.1:1', token: settings.token });
    third.close();
    const fourth = await startRoomLaptop(laptopDir, roomPath);
    const after = await ok(fourth.app, 'roomPush.status', {});
    expect(after).toMatchObject({ lastPushedAtUtc: null, pushedEvents: null, pending: true });
  });

  it('a receipt of another head, or with a broken date (a hand-edited settings file), is no receipt', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const { db, identity } = roomLaptop(head, rooms[0] as (typeof rooms)[number], dir);
    closeDatabase(head);
    onTestFinished(() => closeDatabase(db));
    saveRoomPushSettings(db, { headAddress: 'http://192.168.1.10:8080', token: 'AAAAAAAAAAAAAAAAAAAAAA' });
    const settings = new SettingsStore(join(dir, 'settings.json'));
    const receipt = {
      headAddress: 'http://192.168.1.10:8080',
      pushedAtUtc: '2026-12-07T19:00:00.000Z',
      events: 0,
      lockRecords: 0,
      locked: false,
    };
    const statusWith = (kept: typeof receipt) => {
      settings.setRoomPushReceipt(identity.fileUid, kept);
      const pusher = new RoomPusher({
        db: () => db,
        memory: {
          read: (uid) => settings.roomPushReceipt(uid),
          write: (uid, r) => settings.setRoomPushReceipt(uid, r),
        },
      });
      return pusher.status();
    };
    expect(statusWith(receipt)).toMatchObject({ lastPushedAtUtc: receipt.pushedAtUtc, pending: false });
    expect(statusWith({ ...receipt, headAddress: 'http://192.168.1.11:8080' })).toMatchObject({
      lastPushedAtUtc: null,
      pending: true,
    });
    expect(statusWith({ ...receipt, pushedAtUtc: 'hier soir' })).toMatchObject({
      lastPushedAtUtc: null,
      pushedEvents: null,
      pending: true,
    });
    // Kept in the settings file itself, read back by the next start.
    expect(new SettingsStore(join(dir, 'settings.json')).roomPushReceipt(identity.fileUid)).toMatchObject({
      pushedAtUtc: 'hier soir',
    });
  });
});
