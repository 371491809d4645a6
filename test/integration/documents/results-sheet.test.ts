import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError } from '../../../main/core/documents/errors';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import type { ResultsSheetInput } from '../../../main/core/documents/types';
import { flat, pageCount, pdfLayoutText, pdfPages, pdfText, qpdfCheck } from './pdf-tools';
import { EVENT, JURORS, RESULTS_HASH, resultsInput, TEAMS } from './sample-inputs';

const options = { fontDir: defaultFontDir(), createdAt: '2022-09-30T04:20:00Z' };

async function refusal(input: ResultsSheetInput): Promise<DocumentError> {
  const error = await renderDocument(input, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('final results sheet', () => {
  let bytes: Uint8Array;
  let pages: string[];
  let text: string;
  let layout: string;

  beforeAll(async () => {
    bytes = await renderDocument(resultsInput(), options);
    pages = pdfPages(bytes);
    text = flat(pages.join('\n'));
    layout = pdfLayoutText(bytes).replace(/[\u00a0\u202f]/g, ' ');
  });

  it('is a valid multi-page PDF numbered "Page x / y"', () => {
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    const count = pageCount(bytes);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} / ${count}`);
    });
  });

  it('shows the SHA-256 of the locked results on every page', () => {
    for (const page of pages)
      expect(flat(page)).toContain(`SHA-256 des résultats verrouillés : ${RESULTS_HASH}`);
    expect(text).toContain('Résultats verrouillés le 29 septembre 2022 à 18 h 12');
    expect(text).toContain('Généré le 29 septembre 2022 à 18 h 20');
    expect(text).not.toContain('PROJET');
  });

  it('lists the jury with its chair and recusals, and every team and juror by name', () => {
    for (const juror of JURORS) expect(text).toContain(juror.name);
    for (const team of TEAMS) expect(text).toContain(team.name);
    expect(text).toContain('Présidence du jury');
    expect(text).toContain('Les Fa’a’apu Connectés (Lien familial avec un membre)');
    // Juror 2 is recused for team 2: the annex says so instead of scores.
    expect(layout).toMatch(/^ *Les Fa’a’apu Connectés +déport$/m);
    expect(layout).toMatch(/^ *Lagon Bleu Data Collective +9 +8,5 +8 +4 +16,90$/m);
  });

  it('states criteria, weights, method, tie-break and penalty rule in French', () => {
    expect(text).toContain('Innovation');
    expect(text).toContain('30 %');
    expect(text).toContain('de 0 à 10, pas de 0,5');
    expect(text).toContain('Méthode d’agrégation : moyenne pondérée');
    expect(text).toContain(
      'Départage des ex æquo : note la plus haute au critère « Impact », puis décision consignée',
    );
    expect(text).toContain('0,5 point par tranche de 30 s entamée');
  });

  it('prints the ranking with totals, times, overtime, penalties, shared ranks and awards', () => {
    // Ranking rows: rank, team, total, time used, overtime, penalty.
    expect(layout).toMatch(/^ *1 +Lagon Bleu Data Collective +16,42 +4:58 +— +—$/m);
    expect(layout).toMatch(/^ *2= +Te Moana +14,50 +5:12 +\+0:12 +−0,5$/m);
    expect(layout).toMatch(/^ *2= +Mā’ohi Code +14,50 +4:45 +— +—$/m);
    expect(layout).toMatch(/^ *4 +Les Fa’a’apu Connectés +11,25 +5:00 +— +—$/m);
    expect(layout).toContain('= : ex æquo');
    // Per-criterion averages: C1..C4 then the total.
    expect(layout).toMatch(/^ *2= +Te Moana +7,50 +7,00 +7,33 +3,67 +14,50$/m);
    expect(layout).toMatch(/^ *Premier prix +Lagon Bleu Data Collective$/m);
    expect(layout).toMatch(/^ *Coup de cœur du jury +Te Moana$/m);
  });

  it('has a signature box for each juror, the chair first', () => {
    const signatures = layout.slice(layout.indexOf('Signatures'));
    expect(signatures).toMatch(
      /^ *PRÉSIDENCE DU JURY +MEMBRE DU JURY\n *Hereiti Tāmarii +François Lemaître$/m,
    );
    expect(signatures).toMatch(/^ *MEMBRE DU JURY\n *Maeva Raʻapoto$/m);
  });
});

describe('draft results sheet', () => {
  it('is marked PROJET and carries no hash', async () => {
    const bytes = await renderDocument(resultsInput({ draft: true, resultsHash: RESULTS_HASH }), options);
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    const text = flat(pdfPages(bytes).join('\n'));
    expect(text).toContain('PROJET — résultats non verrouillés, sans valeur officielle');
    // The diagonal watermark is drawn as outlines: it never mixes into the extracted words.
    expect(text).toContain('Composition du jury Nom Fonction, organisation Rôle');
    expect(text.match(/PROJET/g)).toHaveLength(1);
    expect(text).not.toContain(RESULTS_HASH);
    expect(text).not.toContain('SHA-256');
  });

  it('is worded DRAFT in English', async () => {
    const bytes = await renderDocument(
      resultsInput({ draft: true, resultsHash: null, event: { ...EVENT, locale: 'en' } }),
      options,
    );
    const text = flat(pdfPages(bytes).join('\n'));
    expect(text).toContain('DRAFT — results not locked');
    expect(text).toContain('Aggregation method: weighted mean');
    expect(text).toContain('28–30 September 2022');
  });
});

describe('final sheet refusal', () => {
  it('refuses a final sheet without the hash of locked results', async () => {
    const error = await refusal(resultsInput({ resultsHash: null }));
    expect(error.detail).toEqual({ code: 'documents.finalRequiresLockedResults', reason: 'missingHash' });
  });

  it('refuses a final sheet whose hash is not a SHA-256', async () => {
    const error = await refusal(resultsInput({ resultsHash: 'abc123' }));
    expect(error.detail).toEqual({ code: 'documents.finalRequiresLockedResults', reason: 'malformedHash' });
  });

  it('names the juror whose name the fonts cannot print', async () => {
    const jurors = [...JURORS, { id: 9, name: 'Ana 🌺 Teva', title: 'Invitée', position: 3 }];
    const error = await refusal(resultsInput({ jurors }));
    expect(error.detail).toMatchObject({
      code: 'documents.unsupportedCharacter',
      problems: [{ field: 'jurors[3].name', value: 'Ana 🌺 Teva', codePoint: 'U+1F33A' }],
    });
  });
});

describe('documents rendered one after another in one thread', () => {
  it('extract to the same text (fonts are shared between documents)', async () => {
    const first = pdfText(await renderDocument(resultsInput(), options));
    // The final sheet embeds "É" in bold, whose outline is built from "E": the draft's bold
    // "PROJET" must still read as PROJET, not "PROJ T".
    const draft = pdfText(await renderDocument(resultsInput({ draft: true }), options));
    expect(draft).toContain('PROJET');
    const again = pdfText(await renderDocument(resultsInput(), options));
    expect(again).toBe(first);
  });
});
