/**
 * The results sheet lists every juror's declaration of interest (when, by
 * whom, the links in the declarer's words, recused or not), names exactly as
 * typed; an event that never used declarations gets the sheet it had.
 */
import { describe, expect, it } from 'vitest';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { flat, pdfPages } from '../documents/pdf-tools';
import { identify, ok, scoringEvent } from '../scoring/fixture';

const options = { fontDir: defaultFontDir(), createdAt: '2026-09-30T04:20:00Z' };

describe('the results sheet and declarations of interest', () => {
  it('lists declarations and recusals, in the event’s language, names exactly right', async () => {
    const { app, db, teamIds, jurorIds } = await scoringEvent();
    const tamaa = (await ok(app, 'jurors.create', { name: 'Tāmaʻa Teriʻi', title: 'Experte' })).id;
    const [first, second] = jurorIds as [number, number, number];
    await ok(app, 'scoring.declare', { token: await identify(app, first), links: [] });
    await ok(app, 'declarations.record', {
      jurorId: tamaa,
      links: [{ teamId: teamIds[0] as number, detail: 'Tante de Hiro, membre de l’équipe' }],
    });
    await ok(app, 'scoring.declare', {
      token: await identify(app, second),
      links: [{ teamId: teamIds[1] as number, detail: 'Ancien associé' }],
    });
    // The chair lifts one recusal: the sheet says so rather than hiding the declared link.
    await ok(app, 'recusals.clear', { jurorId: second, teamId: teamIds[1] });

    const input = buildResultsSheetInput(db, { draft: true, now: new Date('2026-09-30T04:00:00Z') });
    expect(input.declarations?.map((d) => d.jurorId).sort()).toEqual([first, second, tamaa].sort());
    const text = flat(
      pdfPages(await renderDocument({ ...input, timeZone: 'Pacific/Tahiti' }, options)).join('\n'),
    );
    expect(text).toContain('Déclarations d’intérêts');
    expect(text).toContain('Tāmaʻa Teriʻi');
    expect(text).toContain('Vai Ora (Tante de Hiro, membre de l’équipe) — déport');
    expect(text).not.toContain('Vai Ora (Tante de Hiro, membre de l’équipe) — déport levé');
    expect(text).toContain('enregistrée par la présidence (formulaire papier)');
    expect(text).toContain('Aucun lien avec aucune équipe');
    expect(text).toContain('Motu Énergie (Ancien associé) — déport levé par la présidence');
    expect(text).toContain('Pas de déclaration');
  });

  it('leaves the section out for an event that never used declarations', async () => {
    const { db } = await scoringEvent();
    const input = buildResultsSheetInput(db, { draft: true, now: new Date('2026-09-30T04:00:00Z') });
    expect('declarations' in input).toBe(false);
    const text = flat(pdfPages(await renderDocument(input, options)).join('\n'));
    expect(text).not.toContain('Déclarations d’intérêts');
  });
});
