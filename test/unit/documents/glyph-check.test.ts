import { describe, expect, it } from 'vitest';
import type { Team } from '../../../common/domain';
import { DocumentError } from '../../../main/core/documents/errors';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { assertPrintable, findGlyphProblems, printedTexts } from '../../../main/core/documents/glyph-check';
import { WORDING } from '../../../main/core/documents/wording';
import {
  certificatesInput,
  resultsInput,
  runningOrderInput,
  scoringFormsInput,
  TEAMS,
} from '../../integration/documents/sample-inputs';

const fontDir = defaultFontDir();

/** Every fixed string of the wording, with sample arguments for the phrases. */
function allWording(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      // Phrases take strings (names) or numbers (points, pages): try names first.
      let text: string;
      try {
        text = String(value('Tāmaʻa « x »', 'Projet’s 5 €', '0,5'));
      } catch {
        text = String(value(1.5, 20));
      }
      out.push(text);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(WORDING);
  return out;
}

describe('glyph check', () => {
  it('passes French, Tahitian and typographic characters', () => {
    const texts = [
      'Tāmaʻa Teriʻi',
      'Hinatea Raʻiātea',
      'Éloïse Lefèvre-Ō',
      'ĀĒĪŌŪ āēīōū',
      '« x » ’ € – — · № œ æ Ç',
    ];
    expect(
      findGlyphProblems(
        texts.map((value, i) => ({ field: `t${i}`, value })),
        fontDir,
      ),
    ).toEqual([]);
  });

  it('passes every sentence the documents print in both languages', () => {
    const texts = allWording().map((value, i) => ({ field: `wording${i}`, value }));
    expect(texts.length).toBeGreaterThan(100);
    expect(findGlyphProblems(texts, fontDir)).toEqual([]);
  });

  it('reports the first unsupported character of each offending field', () => {
    const problems = findGlyphProblems(
      [
        { field: 'a', value: 'Li 李雷' },
        { field: 'b', value: 'ok' },
        { field: 'c', value: 'Team 🚀🚀' },
        { field: 'd', value: 'tab\there' },
      ],
      fontDir,
    );
    expect(problems).toEqual([
      { field: 'a', value: 'Li 李雷', character: '李', codePoint: 'U+674E' },
      { field: 'c', value: 'Team 🚀🚀', character: '🚀', codePoint: 'U+1F680' },
      { field: 'd', value: 'tab\there', character: '\t', codePoint: 'U+0009' },
    ]);
  });

  it('throws a typed error listing every problem', () => {
    const teams: Team[] = [
      { ...(TEAMS[0] as Team), name: 'Équipe 日本' },
      { ...(TEAMS[1] as Team), projectTitle: 'Projet 🌊' },
    ];
    let caught: unknown;
    try {
      assertPrintable(certificatesInput({ teams, awards: [] }), fontDir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocumentError);
    expect((caught as DocumentError).detail).toEqual({
      code: 'documents.unsupportedCharacter',
      problems: [
        { field: 'teams[0].name', value: 'Équipe 日本', character: '日', codePoint: 'U+65E5' },
        { field: 'teams[1].projectTitle', value: 'Projet 🌊', character: '🌊', codePoint: 'U+1F30A' },
      ],
    });
  });
});

describe('printedTexts', () => {
  it('covers the strings each document prints, with their paths', () => {
    const fields = (texts: { field: string }[]) => texts.map((t) => t.field);
    const certificates = fields(printedTexts(certificatesInput()));
    expect(certificates).toEqual(
      expect.arrayContaining([
        'event.name',
        'teams[0].members[2].name',
        'signatories[1].title',
        'awards[1].name',
      ]),
    );
    const results = fields(printedTexts(resultsInput({ aggregation: { text: 'Moyenne' } })));
    expect(results).toEqual(
      expect.arrayContaining([
        'jurors[2].title',
        'chair.name',
        'recusals[0].reason',
        'criteria[3].description',
        'aggregation.text',
      ]),
    );
    expect(results).not.toContain('teams[0].members[0].name');
    expect(fields(printedTexts(scoringFormsInput()))).toContain('criteria[0].levels[2].label');
    expect(fields(printedTexts(runningOrderInput({ slots: [] })))).not.toContain('teams[0].name');
  });

  it('leaves out teams that get no certificate in an awards-only batch', () => {
    const teams: Team[] = TEAMS.map((t) => (t.id === 2 ? { ...t, name: 'Équipe 日本' } : t));
    expect(() => assertPrintable(certificatesInput({ teams, which: 'awards' }), fontDir)).not.toThrow();
    expect(() => assertPrintable(certificatesInput({ teams, which: 'participation' }), fontDir)).toThrow(
      DocumentError,
    );
  });
});
