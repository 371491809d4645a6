/**
 * The finalist rule on the head's results sheet agrees with its number, in
 * French and English: one finalist per room is "La première équipe de chaque
 * salle" / "The top team of each room", not "Les 1 premières équipes"; two
 * are "Les 2 premières équipes" / "The top 2 teams".
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../common/domain';
import { closeDatabase } from '../../../main/core/db/open';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { createFinalRound, type FinalistRule } from '../../../main/core/rooms/final-round';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';
import { flat, pdfText } from '../documents/pdf-tools';

const now = new Date('2026-10-01T18:00:00.000Z');

/** A head with two rooms of three teams, both merged, and the final decided by `rule`; the sheet's text in `locale`. */
async function ruleText(rule: FinalistRule, locale: Locale): Promise<string> {
  const dir = tempDir();
  const { head, rooms } = buildHeadEvent(dir, { rooms: 2, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 2 });
  for (const room of rooms) {
    const laptop = roomLaptop(head, room, dir);
    scoreRoom(laptop.db, room, 3);
    const result = buildRoomResult(laptop.db, now, `pc-${room.id}`);
    closeDatabase(laptop.db);
    mergeRoomResult(head, parseRoomResult(result), now);
  }
  createFinalRound(head, rule, null, now);
  const input = buildResultsSheetInput(head, { draft: true, now, timeZone: 'Pacific/Tahiti' });
  closeDatabase(head);
  const bytes = await renderDocument(
    { ...input, event: { ...input.event, locale } },
    { fontDir: defaultFontDir(), createdAt: now.toISOString() },
  );
  return flat(pdfText(bytes));
}

describe('the finalist rule on the results sheet', () => {
  it('says "the top team" for one finalist per room, and "the top 2 teams" for two, in French and English', async () => {
    const one = { kind: 'topPerPool', n: 1 } as const;
    const two = { kind: 'topPerPool', n: 2 } as const;
    expect(await ruleText(one, 'fr')).toContain('La première équipe de chaque salle, selon le classement');
    expect(await ruleText(one, 'en')).toContain('The top team of each room, by that room’s own ranking');
    expect(await ruleText(two, 'fr')).toContain(
      'Les 2 premières équipes de chaque salle, selon le classement',
    );
    expect(await ruleText(two, 'en')).toContain('The top 2 teams of each room, by that room’s own ranking');
  });

  it('does the same for the top of the whole ranking', async () => {
    const fr = await ruleText({ kind: 'topOverall', n: 1 }, 'fr');
    expect(fr).toContain('La première équipe du classement général (toutes les ex æquo au rang 1');
    expect(fr).not.toContain('Les 1 premières');
    expect(await ruleText({ kind: 'topOverall', n: 3 }, 'en')).toContain(
      'The top 3 teams of the whole event’s ranking (ties at rank 3 all go through).',
    );
  });
});
