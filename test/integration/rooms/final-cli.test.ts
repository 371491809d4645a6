/**
 * The final from the command line (issue 15): `final-round --jury` sets the
 * final's jury (checked before anything is recorded), and `results` names
 * the round each prize track ranks once the event has a final. Real SQLite
 * files, the same commands main/cli.ts runs.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { closeEventFile, openEventFile } from '../../../main/core/event-file';
import { resultsCommand, resultsReport } from '../../../main/core/results/cli-command';
import { getRoom } from '../../../main/core/rooms/assignment';
import { ROOMS_COMMANDS } from '../../../main/core/rooms/cli-commands';
import { readFinalRound } from '../../../main/core/rooms/final-round';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

/** A head file with two rooms scored and merged; closed, so the commands open it as the CLI does. */
function headFile() {
  const dir = tempDir('test');
  const { head, rooms } = buildHeadEvent(dir, { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 });
  rooms.forEach((room, i) => {
    const { db } = roomLaptop(head, room, dir);
    scoreRoom(db, room, i, { lock: true });
    mergeRoomResult(head, parseRoomResult(buildRoomResult(db)));
    closeDatabase(db);
  });
  const path = head.name;
  closeDatabase(head);
  return { dir, path, rooms };
}

function commands() {
  const lines: string[] = [];
  const table = ROOMS_COMMANDS({ out: (line) => lines.push(line) });
  const run = async (name: string, ...args: string[]) => table[name]?.run(args);
  return { lines, run };
}

describe('the final from the command line', () => {
  it('final-round --jury sets the final’s jury, with the rule or later, and refuses an unknown juror naming the jurors', async () => {
    const { path, rooms } = headFile();
    const { lines, run } = commands();
    const [roomA, roomB] = rooms as [(typeof rooms)[number], (typeof rooms)[number]];
    const [a0, a1] = roomA.jurorIds as [number, number];
    const [b0] = roomB.jurorIds as [number];

    // A typo in --jury is refused before anything is recorded: no final is decided.
    await expect(
      run('final-round', path, '--top-per-room', '1', '--jury', `${a0},99`, '--lang', 'fr'),
    ).rejects.toThrow(
      `--jury\u00a0: «\u00a099\u00a0» n’est pas un numéro de juré de cet événement. Jurés\u00a0: ${a0} Juré 0-0 Heiata, ${a1} Juré 0-1 Heiata,`,
    );
    let file = openEventFile(path);
    expect(readFinalRound(file.db)).toBeNull();
    closeEventFile(file);
    await expect(run('final-round', path, '--jury', 'abc')).rejects.toThrow(
      '--jury: “abc” is not a juror id of this event.',
    );
    // No final yet: --jury alone says to state the rule first.
    await expect(run('final-round', path, '--jury', String(a0), '--lang', 'fr')).rejects.toThrow(
      'La finale n’a pas encore été décidée',
    );

    // The rule and the jury at once (a preliminary juror of each room).
    await run('final-round', path, '--top-per-room', '1', '--seed', 'PAPEETE', '--jury', `${a0},${b0}`);
    expect(lines.at(-1)).toBe('Final jury: Juré 0-0 Heiata, Juré 1-0 Heiata');
    // Later, another jury (until the final's room file is written); printing again shows it.
    await run('final-round', path, '--jury', ` ${b0} , ${a1} `, '--lang', 'fr');
    expect(lines.at(-1)).toBe('Jury de la finale\u00a0: Juré 1-0 Heiata, Juré 0-1 Heiata');
    await run('final-round', path);
    expect(lines.at(-1)).toBe('Final jury: Juré 1-0 Heiata, Juré 0-1 Heiata');
    file = openEventFile(path);
    const final = readFinalRound(file.db);
    expect(final?.jurorIds).toEqual([b0, a1]);
    // Its room file written, the jury is frozen, with the room named.
    roomLaptop(file.db, getRoom(file.db, final?.poolId as number), tempDir('test')).db.close();
    closeEventFile(file);
    await expect(run('final-round', path, '--jury', String(a0))).rejects.toThrow(/Finale/);
    expect(lines.at(-1)).toBe('Final jury: Juré 1-0 Heiata, Juré 0-1 Heiata');

    await run('final-round', '--help');
    expect(lines.at(-1)).toContain('[--jury <id,id…>]');
    expect(lines.at(-1)).toContain("sets the final's jury");
  });

  it('results prints per track and round once the event has a final', async () => {
    const { path, dir } = headFile();
    const { run } = commands();
    const capture = (args: string[]) => {
      const out: string[] = [];
      resultsCommand(args, { out: (l) => out.push(l), err: (l) => out.push(l) });
      return out;
    };
    // Before the final: one track, no round named.
    expect(capture([path, '--lang', 'fr']).some((l) => l.startsWith('=='))).toBe(false);

    await run('final-round', path, '--top-per-room', '1', '--jury', '1,3');
    // The final's room file from the command line, by the final room's name, then run and merged.
    const finalPath = join(dir, 'finale.sqlite');
    await run('room-file', path, '--room', 'Finale', '--out', finalPath);
    const file = openEventFile(path);
    const final = readFinalRound(file.db);
    const room = getRoom(file.db, final?.poolId as number);
    expect(room.issued).toBe(true);
    const db = openDatabase(finalPath);
    scoreRoom(db, room, 4);
    mergeRoomResult(file.db, parseRoomResult(buildRoomResult(db)));
    closeDatabase(db);
    closeEventFile(file);

    const report = resultsReport(path, { locale: 'fr' });
    expect([report.track, report.round]).toEqual(['Grand prix', 1]);
    expect(report.tracks?.map((t) => [t.track, t.round])).toEqual([['Finale', final?.roundId]]);
    // The final's track ranks the final's sheets: 2 finalists × 2 final jurors.
    expect(report.tracks?.[0]?.sheets).toEqual({ received: 4, expected: 4 });

    const fr = capture([path, '--lang', 'fr']);
    expect(fr[0]).toBe('== Grand prix — classe les préliminaires (tour 1) ==');
    expect(fr).toContain(`== Finale — classe la finale (tour ${final?.roundId}) ==`);
    const en = capture([path]);
    expect(en[0]).toBe('== Grand prix — ranks the preliminaries (round 1) ==');
    expect(en).toContain(`== Finale — ranks the final round (round ${final?.roundId}) ==`);
  });
});
