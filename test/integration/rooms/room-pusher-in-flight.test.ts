/**
 * A sheet submitted (or the room locked) while the previous push is still on
 * its way is not in that push: once it is acknowledged, the pusher pushes
 * again at once, not at the app's next retry tick (up to 5 s later; never,
 * for a pusher driven by changes alone). After a failure the timer retries.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { closeDatabase } from '../../../main/core/db/open';
import type { PushOutcome } from '../../../main/core/lan/roles/room/client';
import { saveRoomPushSettings } from '../../../main/core/lan/roles/room/settings';
import { RoomPusher } from '../../../main/core/rooms/push/pusher';
import { parseRoomResult } from '../../../main/core/rooms/room-result';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

const ACK: PushOutcome = { ok: true, report: { added: 1, alreadyMerged: false } };

describe('room pusher: a change during a push', () => {
  it('is pushed as soon as the push under way is acknowledged', async () => {
    const dir = tempDir();
    const { head, rooms } = buildHeadEvent(dir, { rooms: 1, teamsPerRoom: 2, jurorsPerRoom: 1, criteria: 1 });
    const room = rooms[0] as (typeof rooms)[number];
    const laptop = roomLaptop(head, room, dir);
    onTestFinished(() => {
      closeDatabase(laptop.db);
      closeDatabase(head);
    });
    saveRoomPushSettings(laptop.db, { headAddress: 'http://127.0.0.1:9', token: 'A'.repeat(22) });

    // The first send waits until the test answers it; the next ones are acknowledged at once.
    const sent: number[] = [];
    let answerFirst: (outcome: PushOutcome) => void = () => undefined;
    const pusher = new RoomPusher({
      db: () => laptop.db,
      laptop: 'PC salle A',
      send: (_address, _token, text) => {
        sent.push(parseRoomResult(text).body.scoreEvents.length);
        if (sent.length > 1) return Promise.resolve(ACK);
        return new Promise<PushOutcome>((answer) => {
          answerFirst = answer;
        });
      },
    });

    const first = pusher.changed();
    expect(sent).toHaveLength(1);
    // While the first push is on its way: a sheet is submitted, and the change finds a push in flight.
    scoreRoom(laptop.db, room, 1, { sheets: 1 });
    // (It resolves with the push under way, so it is not awaited here.)
    const during = pusher.changed();
    expect(sent).toHaveLength(1);
    expect(pusher.status().pending).toBe(true);

    answerFirst(ACK);
    await first;
    await during;
    // The head acknowledged the empty log only: the sheet (one score and its submission) went at once.
    expect(sent).toEqual([0, 2]);
    expect(pusher.status()).toMatchObject({ pending: false, lastFailedAtUtc: null });
  });

  it('after a failed push, waits for the retry timer as before (no push in a loop)', async () => {
    const dir = tempDir();
    const { head, rooms } = buildHeadEvent(dir, { rooms: 1, teamsPerRoom: 2, jurorsPerRoom: 1, criteria: 1 });
    const room = rooms[0] as (typeof rooms)[number];
    const laptop = roomLaptop(head, room, dir);
    onTestFinished(() => {
      closeDatabase(laptop.db);
      closeDatabase(head);
    });
    saveRoomPushSettings(laptop.db, { headAddress: 'http://127.0.0.1:9', token: 'A'.repeat(22) });
    const answers: ((outcome: PushOutcome) => void)[] = [];
    const pusher = new RoomPusher({
      db: () => laptop.db,
      send: () => new Promise<PushOutcome>((answer) => answers.push(answer)),
    });
    const first = pusher.changed();
    scoreRoom(laptop.db, room, 1, { sheets: 1 });
    const during = pusher.changed();
    answers[0]?.({ ok: false, kind: 'unreachable', reason: 'ECONNREFUSED' });
    await first;
    await during;
    expect(answers).toHaveLength(1);
    expect(pusher.status()).toMatchObject({ pending: true });
    expect(pusher.status().lastErrorDetail).toBe('ECONNREFUSED');
  });
});
