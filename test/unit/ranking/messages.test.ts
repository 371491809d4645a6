import { describe, expect, it } from 'vitest';
import { RANKING_MESSAGES } from '../../../main/core/ranking/messages';
import { METHOD_INFO } from '../../../main/core/ranking/method-info';
import { RANKING_ISSUE_CODES } from '../../../main/core/ranking/types';

const { en, fr } = RANKING_MESSAGES;

describe('RANKING_MESSAGES', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('words every code the cores return', () => {
    const codes = [
      ...Object.values(METHOD_INFO).flatMap((m) => [m.nameCode, m.explanationCode, m.missingPolicyCode]),
      ...RANKING_ISSUE_CODES,
      ...[
        'winnerDependsOnMethod',
        'podiumDependsOnMethod',
        'winnerDependsOnJuror',
        'podiumDependsOnJuror',
      ].map((c) => `deliberation.${c}`),
      'deliberation.jurorDissent',
      ...['seqGap', 'prevHashMismatch', 'hashMismatch', 'unhashable'].map((c) => `chain.${c}`),
      ...['resultsLocked', 'recused', 'invalidEvent', 'unknownCriterion', 'outOfRange', 'offStep'].map(
        (c) => `scoring.${c}`,
      ),
      ...['sheetSubmitted', 'alreadySubmitted', 'incomplete', 'notSubmitted', 'reasonRequired'].map(
        (c) => `scoring.${c}`,
      ),
    ];
    for (const code of codes) {
      expect(en[code], code).toBeTruthy();
      expect(fr[code], code).toBeTruthy();
    }
  });

  it('follows French typography: non-breaking space before : ; ! ? and inside « », curly apostrophes', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect(text, key).not.toMatch(/[^\u00a0][;!?]/);
      expect(text, key).not.toMatch(/[^\u00a0]:(\s|$)/);
      expect(text, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
      expect(text, key).not.toMatch(/'/);
    }
  });
});
