/**
 * Documents of an event with rooms (issue 15): the running order prints one
 * section per room (name, jury, the room's own order and times), and the
 * head's results sheet lists each room, its jury, when its result was merged
 * or that it was not received, and the finalist rule. Real SQLite files,
 * real PDFs read back with pdftotext.
 */
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../main/core/db/open';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { buildRunningOrderInput } from '../../../main/core/documents-app/session-inputs';
import { createFinalRound } from '../../../main/core/rooms/final-round';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';
import { scoredEvent } from '../data/scored-event';
import { pdfPages, pdfText } from '../documents/pdf-tools';

const now = new Date('2026-10-01T18:00:00.000Z');
const render = (input: Parameters<typeof renderDocument>[0]) =>
  renderDocument(input, { fontDir: defaultFontDir(), createdAt: now.toISOString() });
/** pdftotext may print a no-break space as a plain one, and a table cell wraps: compare words. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

function headWithOneRoomMerged() {
  const dir = tempDir();
  const { head, rooms } = buildHeadEvent(
    dir,
    { rooms: 2, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 2 },
    'Hackathon CPA',
  );
  const [roomA, roomB] = rooms as [(typeof rooms)[number], (typeof rooms)[number]];
  const laptop = roomLaptop(head, roomA, dir);
  scoreRoom(laptop.db, roomA, 3);
  const result = buildRoomResult(laptop.db, new Date('2026-10-01T11:30:00.000Z'), 'pc-salle-a');
  closeDatabase(laptop.db);
  mergeRoomResult(head, parseRoomResult(result), new Date('2026-10-01T11:45:00.000Z'));
  return { head, roomA, roomB };
}

describe('documents with rooms', () => {
  it('the running order prints one section per room, with its jury and its own times', async () => {
    const { head, roomA, roomB } = headWithOneRoomMerged();
    const input = buildRunningOrderInput(head, { now, timeZone: 'Pacific/Tahiti' });
    expect(input.rooms?.map((r) => [r.name, r.jurors, r.slots.map((s) => s.teamId)])).toEqual([
      ['Salle A', ['Juré 0-0 Heiata', 'Juré 0-1 Heiata'], roomA.teamIds],
      ['Salle B', ['Juré 1-0 Heiata', 'Juré 1-1 Heiata'], roomB.teamIds],
    ]);
    // Rooms run in parallel: each room's first team starts at the same time.
    expect(input.rooms?.[1]?.slots[0]?.startsAt).toBe(input.rooms?.[0]?.slots[0]?.startsAt);
    expect(input.slots).toHaveLength(6);

    const pages = pdfPages(await render(input)).map(plain);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Salle A');
    expect(pages[0]).toContain('Jury : Juré 0-0 Heiata, Juré 0-1 Heiata');
    expect(pages[0]).toContain('Équipe 0-2 Tāmaʻa Teriʻi');
    expect(pages[0]).not.toContain('Équipe 1-0 Tāmaʻa Teriʻi');
    expect(pages[1]).toContain('Salle B');
    expect(pages[1]).toContain('Équipe 1-0 Tāmaʻa Teriʻi');
    expect(pages[1]).not.toContain('Salle A');
  });

  it('a team in no room still gets a line, in its own section', () => {
    const { head, roomA } = headWithOneRoomMerged();
    head.prepare('DELETE FROM pool_team WHERE team_id = ?').run(roomA.teamIds[0]);
    const input = buildRunningOrderInput(head, { now });
    expect(input.rooms?.map((r) => r.name)).toEqual(['Salle A', 'Salle B', 'Équipes sans salle']);
    expect(input.rooms?.[2]?.slots.map((s) => s.teamId)).toEqual([roomA.teamIds[0]]);
  });

  it('the head results sheet lists the rooms, their juries, the merges and the finalist rule', async () => {
    const { head } = headWithOneRoomMerged();
    let input = buildResultsSheetInput(head, { draft: true, now, timeZone: 'Pacific/Tahiti' });
    expect(input.rooms).toEqual({
      rooms: [
        {
          name: 'Salle A',
          jurors: ['Juré 0-0 Heiata', 'Juré 0-1 Heiata'],
          merged: { atUtc: '2026-10-01T11:45:00.000Z', laptop: 'pc-salle-a' },
        },
        { name: 'Salle B', jurors: ['Juré 1-0 Heiata', 'Juré 1-1 Heiata'], merged: null },
      ],
      finalistRule: null,
    });
    let text = plain(pdfText(await render(input)));
    expect(text).toContain('Salles');
    expect(text).toContain('Juré 0-0 Heiata, Juré 0-1 Heiata');
    expect(text).toContain('(ordinateur pc-salle-a)');
    expect(text).toContain('non reçu');
    expect(text).not.toContain('Règle de sélection');

    createFinalRound(head, { kind: 'topOverall', n: 1 }, null, new Date('2026-10-01T12:00:00.000Z'));
    input = buildResultsSheetInput(head, { draft: true, now, timeZone: 'Pacific/Tahiti' });
    expect(input.rooms?.finalistRule).toMatchObject({ kind: 'topOverall', n: 1 });
    const finalist = input.rooms?.finalistRule?.finalists[0] ?? '';
    expect(finalist).toMatch(/^Équipe 0-\d Tāmaʻa Teriʻi$/);
    text = plain(pdfText(await render(input)));
    expect(text).toContain('Règle de sélection des finalistes');
    expect(text).toContain('La première équipe du classement général');
    expect(text).toContain(`Finalistes : ${finalist}.`);
  });

  it('an event without rooms prints as before', async () => {
    const { db } = await scoredEvent({ lock: true });
    expect(buildRunningOrderInput(db, { now }).rooms).toBeUndefined();
    expect('rooms' in buildResultsSheetInput(db, { draft: false, now })).toBe(false);
  });
});
