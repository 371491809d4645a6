import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { defaultFileName, safeFileStem } from '../../../main/core/documents/file-names';
import { fitText, wrapAtSpaces } from '../../../main/core/documents/fit-text';
import { defaultFontDir, registerFaces } from '../../../main/core/documents/fonts';
import { estimateSlots } from '../../../main/core/documents/running-order';
import { WORDING } from '../../../main/core/documents/wording';
import {
  certificatesInput,
  EVENT,
  resultsInput,
  scoringFormsInput,
} from '../../integration/documents/sample-inputs';

describe('default file names', () => {
  it('say what the document is, in the event’s language', () => {
    expect(defaultFileName(certificatesInput({ which: 'participation' }))).toBe(
      'Attestations de participation - Hackathon du Numérique Polynésien 2022.pdf',
    );
    expect(defaultFileName(resultsInput({ draft: true }))).toBe(
      'Procès-verbal du jury (PROJET) - Hackathon du Numérique Polynésien 2022.pdf',
    );
    expect(defaultFileName(scoringFormsInput({ event: { ...EVENT, locale: 'en' } }))).toBe(
      'Scoring forms - Hackathon du Numérique Polynésien 2022.pdf',
    );
  });

  it('drop characters file systems refuse', () => {
    expect(safeFileStem('Prix: 1/2 "best" <ok>? | *.')).toBe('Prix 1 2 best ok');
    expect(safeFileStem('a\u0000b\nc')).toBe('a b c');
  });
});

describe('estimateSlots', () => {
  it('chains changeover, pitch and Q&A from the session start', () => {
    const timer = {
      pitchMs: 300_000,
      qaMs: 180_000,
      changeoverMs: 120_000,
      amberAtMs: 60_000,
      redAtMs: 30_000,
    };
    expect(estimateSlots('2022-09-29T19:30:00.000Z', [4, 2], timer)).toEqual([
      {
        teamId: 4,
        startsAt: '2022-09-29T19:30:00.000Z',
        endsAt: '2022-09-29T19:38:00.000Z',
        status: 'planned',
      },
      {
        teamId: 2,
        startsAt: '2022-09-29T19:40:00.000Z',
        endsAt: '2022-09-29T19:48:00.000Z',
        status: 'planned',
      },
    ]);
  });
});

describe('fitText', () => {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFaces(doc, defaultFontDir());
  const req = { face: 'serifBold' as const, maxSize: 40, minSize: 18, width: 300, maxLines: 2 };

  it('keeps a short name on one line at the largest size', () => {
    expect(fitText(doc, 'Tāmaʻa Teriʻi', req)).toMatchObject({ size: 40, lines: ['Tāmaʻa Teriʻi'] });
  });

  it('shrinks, then wraps at spaces only, within the width', () => {
    const name = 'Marie-Thérèse Hinanui Teriitehau-Vanaa de la Roncière';
    const fitted = fitText(doc, name, req);
    expect(fitted.size).toBeLessThan(40);
    expect(fitted.size).toBeGreaterThanOrEqual(18);
    expect(fitted.lines.join(' ')).toBe(name);
    doc.font('serifBold').fontSize(fitted.size);
    for (const line of fitted.lines) expect(doc.widthOfString(line)).toBeLessThanOrEqual(300);
    expect(fitted.lines.some((l) => l.endsWith('-'))).toBe(false);
  });

  it('never splits inside a hyphenated word', () => {
    doc.font('sans').fontSize(12);
    const lines = wrapAtSpaces(doc, 'aaaa-bbbb cccc-dddd eeee-ffff', 80);
    expect(lines.join(' ')).toBe('aaaa-bbbb cccc-dddd eeee-ffff');
    expect(lines.every((l) => !l.endsWith('-'))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('certificate wording', () => {
  it('writes the place and date line in both languages, without a place when there is none', () => {
    expect(WORDING.fr.certificate.doneAt('Papeete', '30 septembre 2022')).toBe(
      'Fait à Papeete, le 30 septembre 2022',
    );
    expect(WORDING.en.certificate.doneAt('Papeete', '30 September 2022')).toBe(
      'Done in Papeete on 30 September 2022',
    );
    expect(WORDING.fr.certificate.doneAt(' ', '30 septembre 2022')).toBe('Fait le 30 septembre 2022');
    expect(WORDING.en.certificate.doneAt('', '30 September 2022')).toBe('Done on 30 September 2022');
  });

  it('quotes the French way with no-break spaces', () => {
    expect(WORDING.fr.quote('Te Moana')).toBe('«\u00a0Te Moana\u00a0»');
    expect(WORDING.fr.label('Méthode')).toBe('Méthode\u00a0:');
    expect(WORDING.en.quote('Te Moana')).toBe('“Te Moana”');
  });
});
