/**
 * Words the engine's typed failures for people. The engine names a field
 * ("teams[2].members[0].name"); the organiser needs to hear "the member
 * « Wang 王小明 » of team « Vai Ora »", so the field is resolved against
 * the very input that was rendered.
 */
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { DocumentErrorDetail, GlyphProblem } from '../documents/errors';
import type { DocumentInput } from '../documents/types';

export interface JobFailure {
  code: string;
  params: Record<string, string | number>;
  /** One line per problem, already translated. */
  details: string[];
}

const INDEX = /^(\w+)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\]\.(\w+))?)?$/;

/** Translation key and params describing what the field holds ("member X of team Y"). */
export function describeField(
  input: DocumentInput,
  field: string,
  value: string,
): { key: string; params: Record<string, string> } {
  const m = INDEX.exec(field);
  const teams = 'teams' in input ? input.teams : [];
  if (m?.[1] === 'teams') {
    const team = teams[Number(m[2])]?.name ?? '';
    if (m[3] === 'members') return { key: 'documents.field.member', params: { value, team } };
    if (m[3] === 'projectTitle') return { key: 'documents.field.projectTitle', params: { value, team } };
    return { key: 'documents.field.team', params: { value } };
  }
  if (m?.[1] === 'jurors') return { key: 'documents.field.juror', params: { value } };
  if (m?.[1] === 'signatories') return { key: 'documents.field.signatory', params: { value } };
  if (m?.[1] === 'criteria') return { key: 'documents.field.criterion', params: { value } };
  if (m?.[1] === 'awards') return { key: 'documents.field.award', params: { value } };
  if (field.startsWith('event.')) return { key: 'documents.field.event', params: { value } };
  return { key: 'documents.field.other', params: { value } };
}

export function glyphProblemLine(locale: Locale, input: DocumentInput, problem: GlyphProblem): string {
  const { key, params } = describeField(input, problem.field, problem.value);
  return translate(locale, 'documents.unsupportedCharacterLine', {
    what: translate(locale, key, params),
    character: problem.character,
    codePoint: problem.codePoint,
  });
}

/** The engine's detail as a translatable failure (details worded in `locale`). */
export function jobFailure(detail: DocumentErrorDetail, input: DocumentInput, locale: Locale): JobFailure {
  switch (detail.code) {
    case 'documents.unsupportedCharacter':
      return {
        code: detail.code,
        params: { count: detail.problems.length },
        details: detail.problems.map((p) => glyphProblemLine(locale, input, p)),
      };
    case 'documents.fontMissing':
      return { code: detail.code, params: { path: detail.path }, details: [] };
    case 'documents.invalidImage':
      return { code: detail.code, params: { field: detail.field }, details: [] };
    case 'documents.workerFailed':
      return { code: detail.code, params: { message: detail.message }, details: [] };
    case 'documents.unknownReference':
      return { code: detail.code, params: { field: detail.field, id: detail.id }, details: [] };
    case 'documents.finalRequiresLockedResults':
      return { code: 'documents.resultsNotLocked', params: {}, details: [] };
    default:
      return { code: detail.code, params: {}, details: [] };
  }
}
