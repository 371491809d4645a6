import { describe, expect, it } from 'vitest';
import type { CertificatesInput, ResultsSheetInput } from '../../../main/core/documents';
import {
  describeField,
  glyphProblemLine,
  jobFailure,
} from '../../../main/core/documents-app/document-errors';

const event = {
  name: 'Hackathon',
  startDate: '2026-11-27',
  endDate: '2026-11-27',
  venue: '',
  city: 'Papeete',
  organiser: '',
  locale: 'fr',
  logo: null,
  scaleMax: 20,
} as const;

const certificates: CertificatesInput = {
  kind: 'certificates',
  event,
  teams: [
    { id: 4, name: 'Vai Ora', projectTitle: 'Eau', position: 0, members: [] },
    { id: 9, name: 'Fare Pūai', projectTitle: 'Logement 🏠', position: 1, members: [] },
  ],
  awards: [],
  signatories: [],
  which: 'participation',
  verification: { eventKey: 'k', secret: 's' },
};

describe('naming what holds an unprintable character', () => {
  it('resolves the engine’s field path to the team, member, juror or signatory', () => {
    expect(describeField(certificates, 'teams[1].members[3].name', 'Wang 王')).toEqual({
      key: 'documents.field.member',
      params: { value: 'Wang 王', team: 'Fare Pūai' },
    });
    expect(describeField(certificates, 'teams[1].projectTitle', 'Logement 🏠')).toEqual({
      key: 'documents.field.projectTitle',
      params: { value: 'Logement 🏠', team: 'Fare Pūai' },
    });
    expect(describeField(certificates, 'teams[0].name', 'Vai Ora').key).toBe('documents.field.team');
    expect(describeField(certificates, 'signatories[0].name', 'X').key).toBe('documents.field.signatory');
    expect(describeField(certificates, 'awards[2].name', 'X').key).toBe('documents.field.award');
    expect(describeField(certificates, 'event.venue', 'X').key).toBe('documents.field.event');
    const results = { kind: 'results', teams: [], jurors: [] } as unknown as ResultsSheetInput;
    expect(describeField(results, 'jurors[1].title', 'X').key).toBe('documents.field.juror');
    expect(describeField(results, 'criteria[0].levels[1].label', 'X').key).toBe('documents.field.criterion');
    expect(describeField(results, 'chair.name', 'X').key).toBe('documents.field.other');
  });

  it('words each problem in French and English, with the character and its code point', () => {
    const problem = {
      field: 'teams[1].members[0].name',
      value: 'Wang 王小明',
      character: '王',
      codePoint: 'U+738B',
    };
    expect(glyphProblemLine('fr', certificates, problem)).toBe(
      'Le membre «\u00a0Wang 王小明\u00a0» de l’équipe «\u00a0Fare Pūai\u00a0» contient «\u00a0王\u00a0» (U+738B).',
    );
    expect(glyphProblemLine('en', certificates, problem)).toBe(
      'The member “Wang 王小明” of team “Fare Pūai” contains “王” (U+738B).',
    );
  });

  it('turns every engine failure into a code the dispatcher can translate', () => {
    expect(
      jobFailure(
        {
          code: 'documents.unsupportedCharacter',
          problems: [
            { field: 'teams[1].projectTitle', value: 'Logement 🏠', character: '🏠', codePoint: 'U+1F3E0' },
          ],
        },
        certificates,
        'en',
      ),
    ).toEqual({
      code: 'documents.unsupportedCharacter',
      params: { count: 1 },
      details: ['The project title “Logement 🏠” of team “Fare Pūai” contains “🏠” (U+1F3E0).'],
    });
    expect(
      jobFailure({ code: 'documents.finalRequiresLockedResults', reason: 'missingHash' }, certificates, 'fr')
        .code,
    ).toBe('documents.resultsNotLocked');
    expect(jobFailure({ code: 'documents.workerFailed', message: 'boom' }, certificates, 'fr')).toEqual({
      code: 'documents.workerFailed',
      params: { message: 'boom' },
      details: [],
    });
  });
});
