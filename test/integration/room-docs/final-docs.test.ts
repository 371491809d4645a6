/**
 * The final round on the head's results sheet (issue 15): after the finalist
 * rule, the final's room with ITS jury (not a preliminary room's), its
 * running order and seed, and whether its result was merged; the final's
 * prize track has its own section whose heading says it ranks the final
 * round. Real SQLite files, real PDFs read back with pdftotext.
 */
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../main/core/db/open';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { getRoom } from '../../../main/core/rooms/assignment';
import { createFinalRound, setFinalJury } from '../../../main/core/rooms/final-round';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';
import { pdfText } from '../documents/pdf-tools';

const now = new Date('2026-10-01T18:00:00.000Z');
const render = (input: Parameters<typeof renderDocument>[0]) =>
  renderDocument(input, { fontDir: defaultFontDir(), createdAt: now.toISOString() });
/** pdftotext may print a no-break space as a plain one, and a line wraps: compare words. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

/** Two rooms merged, the final decided (top 1 of each room, drawn order) with a jury across both rooms. */
function headAtTheFinal() {
  const dir = tempDir();
  const { head, rooms } = buildHeadEvent(dir, { rooms: 2, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 2 });
  rooms.forEach((room, i) => {
    const { db } = roomLaptop(head, room, dir);
    scoreRoom(db, room, i, { lock: true });
    mergeRoomResult(head, parseRoomResult(buildRoomResult(db, now, `pc-${room.name}`)), now);
    closeDatabase(db);
  });
  const final = createFinalRound(
    head,
    { kind: 'topPerPool', n: 1 },
    'graine Tāmaʻa',
    new Date('2026-10-01T14:00:00Z'),
    { room: 'Grand amphithéâtre', track: 'Grand prix de la finale' },
  );
  // The final's jury: the second juror of room A and both jurors of room B.
  const [roomA, roomB] = rooms as [(typeof rooms)[number], (typeof rooms)[number]];
  setFinalJury(head, [roomA.jurorIds[1] as number, ...roomB.jurorIds]);
  return { dir, head, final };
}

const teamName = (head: ReturnType<typeof headAtTheFinal>['head'], id: number) =>
  (head.prepare('SELECT name FROM team WHERE id = ?').get(id) as { name: string }).name;

describe('the final round on the results sheet', () => {
  it('prints the final’s room with its own jury and running order, and the final track ranks the final round', async () => {
    const { dir, head, final } = headAtTheFinal();
    let input = buildResultsSheetInput(head, { draft: true, now, timeZone: 'Pacific/Tahiti' });
    const order = final.order.map((id) => teamName(head, id));
    expect(order).toHaveLength(2);
    expect(input.rooms?.final).toEqual({
      name: 'Grand amphithéâtre',
      jurors: ['Juré 0-1 Heiata', 'Juré 1-0 Heiata', 'Juré 1-1 Heiata'],
      merged: null,
      order,
      drawSeed: 'graine Tāmaʻa',
    });
    // The final's track is a section of its own, headed as the final round's ranking.
    expect(input.tracks?.map((t) => t.section)).toEqual([
      'Prix\u00a0: Grand prix de la finale — classement du tour final',
    ]);
    let text = plain(pdfText(await render(input)));
    expect(text).toContain('Finale : Grand amphithéâtre');
    expect(text).toContain('Jury de la finale : Juré 0-1 Heiata, Juré 1-0 Heiata, Juré 1-1 Heiata');
    expect(text).toContain('Ordre de passage de la finale (tiré avec la graine « graine Tāmaʻa ») :');
    expect(text).toContain(`1. ${order[0]} 2. ${order[1]}`);
    expect(text).toContain('Résultat de la finale : non reçu.');
    expect(text).toContain('Prix : Grand prix de la finale — classement du tour final');

    // The final run on its laptop and merged: the sheet says when and from which laptop.
    const room = getRoom(head, final.poolId as number);
    const { db } = roomLaptop(head, room, dir);
    scoreRoom(db, room, 5);
    mergeRoomResult(
      head,
      parseRoomResult(buildRoomResult(db, now, 'pc-finale')),
      new Date('2026-10-02T10:00:00.000Z'),
    );
    closeDatabase(db);
    input = buildResultsSheetInput(head, { draft: true, now, timeZone: 'Pacific/Tahiti' });
    expect(input.rooms?.final?.merged).toEqual({ atUtc: '2026-10-02T10:00:00.000Z', laptop: 'pc-finale' });
    text = plain(pdfText(await render(input)));
    expect(text).toMatch(/Résultat de la finale fusionné le .* \(ordinateur pc-finale\)\./);
    // The preliminary rooms keep their own juries in the rooms table.
    expect(text).toContain('Juré 0-0 Heiata, Juré 0-1 Heiata');
    closeDatabase(head);
  });

  it('before the final, the sheet has no final section', async () => {
    const dir = tempDir();
    const { head } = buildHeadEvent(dir, { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 1, criteria: 1 });
    const input = buildResultsSheetInput(head, { draft: true, now });
    expect(input.rooms && 'final' in input.rooms).toBe(false);
    expect(plain(pdfText(await render(input)))).not.toContain('Jury de la finale');
    closeDatabase(head);
  });
});
