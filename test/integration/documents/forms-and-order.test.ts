import { describe, expect, it } from 'vitest';
import type { DocumentError } from '../../../main/core/documents/errors';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import { flat, pageCount, pdfLayoutText, pdfPages, qpdfCheck } from './pdf-tools';
import {
  CRITERIA,
  EVENT,
  JURORS,
  manyTeams,
  runningOrderInput,
  scoringFormsInput,
  TEAMS,
} from './sample-inputs';

const options = { fontDir: defaultFontDir(), createdAt: '2022-09-29T18:00:00Z' };

describe('paper scoring forms', () => {
  it('gives each juror one page with the teams in running order and the criteria with their scales', async () => {
    const bytes = await renderDocument(scoringFormsInput(), options);
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    expect(pageCount(bytes)).toBe(JURORS.length);
    const pages = pdfPages(bytes).map(flat);
    JURORS.forEach((juror, i) => {
      const page = pages[i] ?? '';
      expect(page).toContain(juror.name);
      expect(page).toContain('Grille de notation');
      for (const c of CRITERIA) expect(page).toContain(c.name);
      expect(page).toContain('30 % · 0–10');
      expect(page).toContain('Signature du juré :');
      // Running order is 2, 4, 1, 3.
      const order = [2, 4, 1, 3].map((id) => page.indexOf(TEAMS.find((t) => t.id === id)?.name ?? '?'));
      expect(order.every((p) => p >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });
    expect(pages[1]).toContain('Déport — ne pas noter');
    expect(pages[0]).not.toContain('Déport');
    expect(pages[0]).toContain('Innovation : 0 = absent · 5 = convaincant · 10 = exceptionnel');
  });

  it('continues a juror’s form on another page when 30 teams do not fit on one', async () => {
    const teams = manyTeams(30);
    const bytes = await renderDocument(
      scoringFormsInput({ teams, order: teams.map((t) => t.id), jurors: JURORS.slice(0, 2), recusals: [] }),
      options,
    );
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    const pages = pdfPages(bytes).map(flat);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.filter((p) => p.includes('Grille de notation (suite)')).length).toBe(pages.length - 2);
    for (const team of teams) expect(pages.filter((p) => p.includes(`${team.name} `)).length).toBe(2);
  });

  it('refuses an order naming a team that does not exist', async () => {
    const error = await renderDocument(scoringFormsInput({ order: [2, 99] }), options).catch(
      (e: unknown) => e,
    );
    expect((error as DocumentError).detail).toEqual({
      code: 'documents.unknownReference',
      field: 'order[1]',
      id: 99,
    });
  });
});

describe('running order', () => {
  it('lists the teams with estimated slots in the event’s time zone and flags absent teams', async () => {
    const bytes = await renderDocument(runningOrderInput(), options);
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    expect(pageCount(bytes)).toBe(1);
    const layout = pdfLayoutText(bytes).replace(/\u00a0/g, ' ');
    expect(layout).toContain('Ordre de passage');
    // Every line has its status: the posted sheet never leaves the chair guessing.
    expect(layout).toMatch(/^ *1 +9 h 30 – 9 h 40 +Les Fa’a’apu Connectés +Passée$/m);
    expect(layout).toMatch(/^ *2 +9 h 42 – 9 h 52 +.+ +Sur scène$/m);
    expect(layout).toMatch(/^ *3 +9 h 54 – 10 h 04 +Te Moana +Absente$/m);
    expect(layout).toMatch(/^ *4 +10 h 06 – 10 h 16 +.+ +À venir$/m);
    expect(layout).toContain('Mis à jour le 29 septembre 2022 à 8 h 00');
    expect(layout).toContain('Page 1 / 1');
  });

  it('writes English times as 24-hour clock', async () => {
    const bytes = await renderDocument(runningOrderInput({ event: { ...EVENT, locale: 'en' } }), options);
    const layout = pdfLayoutText(bytes);
    expect(layout).toMatch(/^ *1 +09:30 – 09:40 +Les Fa’a’apu Connectés +Done$/m);
    expect(layout).toMatch(/Te Moana +Absent$/m);
  });
});
