/**
 * The rooms calls through the real dispatcher (contract, zod, one handler
 * each), with the host's dialogs answered by the test: a head laptop and a
 * room laptop, each an app context of its own over real files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../main/core/db/open';
import { roomDialog } from '../../../main/core/rooms/dialogs';
import { ok, refused } from '../../support/calls';
import { buildHeadEvent, scoreRoom } from '../../support/rooms';
import { testApp } from '../../support/temp';

describe('rooms calls', () => {
  it('head assigns rooms, writes a room file; the room laptop scores and writes its result; the head merges it once', async () => {
    const headApp = testApp();
    const { head, rooms } = buildHeadEvent(headApp.dir, {
      rooms: 2,
      teamsPerRoom: 2,
      jurorsPerRoom: 2,
      criteria: 2,
    });
    const headPath = head.name;
    closeDatabase(head);
    headApp.ctx.options.platform.pickEventFileToOpen = async () => headPath;
    await ok(headApp, 'file.open', {});

    const view = await ok(headApp, 'rooms.get', {});
    expect(view.rooms.map((r) => [r.name, r.submitted, r.expected, r.lastHeardAtUtc])).toEqual([
      ['Salle A', 0, 4, null],
      ['Salle B', 0, 4, null],
    ]);
    expect(view.thisRoom).toBeNull();

    // A room's file: its name is proposed from the event and the room.
    let suggested = '';
    const roomPath = join(headApp.dir, 'salle-a.sqlite');
    headApp.ctx.options.platform.pickRoomFileDestination = async (name) => {
      suggested = name;
      return roomPath;
    };
    const room = rooms[0] as (typeof rooms)[0];
    expect(await ok(headApp, 'rooms.writeRoomFile', { poolId: room.id })).toEqual({ path: roomPath });
    expect(suggested).toBe('hackathon-cpa-salle-a.sqlite');
    expect((await ok(headApp, 'rooms.get', {})).rooms[0]?.issued).toBe(true);

    // The room laptop: the normal app on the room file.
    const roomApp = testApp();
    roomApp.ctx.options.platform.pickEventFileToOpen = async () => roomPath;
    await ok(roomApp, 'file.open', {});
    const roomView = await ok(roomApp, 'rooms.get', {});
    expect(roomView.thisRoom).toMatchObject({ eventName: 'Hackathon CPA', roomName: 'Salle A' });
    scoreRoom(roomApp.ctx.requireEventFile().db, room, 4, { lock: true });
    const resultPath = join(roomApp.dir, 'salle-a.json');
    roomApp.ctx.options.platform.pickRoomFileDestination = async () => resultPath;
    expect(await ok(roomApp, 'rooms.writeResult', {})).toEqual({ path: resultPath });
    // Writing a room result on the head (not a room file) is refused with the reason.
    expect((await refused(headApp, 'rooms.writeResult', {})).message).toContain(
      'n’est pas un fichier de salle',
    );

    headApp.ctx.options.platform.pickRoomResultToMerge = async () => resultPath;
    const merged = await ok(headApp, 'rooms.merge', {});
    expect(merged?.added).toBe(4 * 3);
    expect(merged?.message).toMatch(
      /^Salle A\u00a0: 12 entrées de notes ajoutées \(.+\)\. Les résultats de la salle sont verrouillés/,
    );
    const again = await ok(headApp, 'rooms.merge', {});
    expect(again).toMatchObject({ added: 0, alreadyMerged: true });
    expect(again?.message).toContain('déjà fusionné, rien n’a changé');

    const progress = await ok(headApp, 'rooms.progress', {});
    expect(progress[0]).toMatchObject({ submitted: 4, expected: 4, mergedEvents: 12 });
    expect(progress[0]?.lastHeardAtUtc).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // A tampered stick: refused, in French, nothing merged.
    const doc = JSON.parse(readFileSync(resultPath, 'utf8')) as {
      body: { scoreEvents: { value: number | null }[] };
    };
    const first = doc.body.scoreEvents[0] as { value: number | null };
    first.value = first.value === 10 ? 9 : 10;
    const tampered = join(roomApp.dir, 'salle-a-tampered.json');
    writeFileSync(tampered, JSON.stringify(doc));
    headApp.ctx.options.platform.pickRoomResultToMerge = async () => tampered;
    const error = await refused(headApp, 'rooms.merge', {});
    expect(error.code).toBe('rooms.sealMismatch');
    expect(error.message).toContain('a été modifié après son écriture');
    expect((await ok(headApp, 'rooms.progress', {}))[0]?.mergedEvents).toBe(12);

    // Cancelled dialogs answer null and change nothing.
    headApp.ctx.options.platform.pickRoomResultToMerge = async () => null;
    expect(await ok(headApp, 'rooms.merge', {})).toBeNull();
  });

  it('saves rooms all or nothing, with the reason of a refusal', async () => {
    const app = testApp();
    const { head, rooms } = buildHeadEvent(app.dir, {
      rooms: 2,
      teamsPerRoom: 2,
      jurorsPerRoom: 1,
      criteria: 1,
    });
    const path = head.name;
    closeDatabase(head);
    app.ctx.options.platform.pickEventFileToOpen = async () => path;
    await ok(app, 'file.open', {});
    const [a, b] = rooms as [(typeof rooms)[0], (typeof rooms)[0]];
    const error = await refused(app, 'rooms.save', {
      rooms: [
        { id: a.id, name: 'Salle A', teamIds: a.teamIds, jurorIds: a.jurorIds },
        { id: b.id, name: ' salle a ', teamIds: b.teamIds, jurorIds: b.jurorIds },
      ],
    });
    expect(error.message).toBe(
      'Deux salles s’appellent «\u00a0salle a\u00a0»\u00a0: donnez à chaque salle son propre nom.',
    );
    const saved = await ok(app, 'rooms.save', {
      rooms: [{ id: null, name: 'Salle Tāne', teamIds: [...a.teamIds, ...b.teamIds], jurorIds: a.jurorIds }],
    });
    expect(saved.rooms.map((r) => [r.name, r.teamIds.length])).toEqual([['Salle Tāne', 4]]);
  });

  it('dialogs: titles in the UI language, the right file type', () => {
    expect(roomDialog('roomFile', 'fr')).toEqual({
      title: 'Écrire le fichier de salle',
      filters: [{ name: 'Pitch Jury', extensions: ['sqlite'] }],
    });
    expect(roomDialog('merge', 'en').title).toBe('Merge a room result');
    expect(roomDialog('roomResult', 'en').filters[0]?.extensions).toEqual(['json']);
  });

  it('a finalist rule the chair got wrong is refused with the rule’s own message, and nothing is decided', async () => {
    const headApp = testApp();
    const { head } = buildHeadEvent(headApp.dir, {
      rooms: 2,
      teamsPerRoom: 2,
      jurorsPerRoom: 1,
      criteria: 1,
    });
    const headPath = head.name;
    closeDatabase(head);
    headApp.ctx.options.platform.pickEventFileToOpen = async () => headPath;
    await ok(headApp, 'file.open', {});
    const zero = await refused(headApp, 'rooms.decideFinal', {
      rule: { kind: 'topPerPool', n: 0 },
      drawSeed: null,
    });
    expect(zero.code).toBe('rooms.finalBadN');
    expect(zero.message).toContain('nombre entier');
    const half = await refused(headApp, 'rooms.decideFinal', {
      rule: { kind: 'topOverall', n: 1.5 },
      drawSeed: null,
    });
    expect(half.code).toBe('rooms.finalBadN');
    const none = await refused(headApp, 'rooms.decideFinal', {
      rule: { kind: 'chairSelection', teamIds: [], reason: 'Parité des thèmes' },
      drawSeed: null,
    });
    expect(none.code).toBe('rooms.finalNoTeams');
    expect(await ok(headApp, 'rooms.final', {})).toBeNull();
  });
});
