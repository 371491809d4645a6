/**
 * Before anything is drawn, every string a document will print is checked
 * against the embedded fonts. A name with a character the fonts lack (CJK,
 * emoji, a stray control character) is reported by field and value instead
 * of coming out as empty boxes on 300 printed certificates.
 */
import type { EventInfo, Team } from '../../../common/domain';
import { DocumentError, type GlyphProblem } from './errors';
import { ALL_FACES, glyphCoverage } from './fonts';
import type { DocumentInput } from './types';

export interface PrintedText {
  field: string;
  value: string;
}

function eventTexts(event: EventInfo): PrintedText[] {
  return [
    { field: 'event.name', value: event.name },
    { field: 'event.venue', value: event.venue },
    { field: 'event.city', value: event.city },
    { field: 'event.organiser', value: event.organiser },
  ];
}

function teamTexts(
  teams: readonly Team[],
  keep: (team: Team) => boolean,
  withMembers: boolean,
): PrintedText[] {
  const texts: PrintedText[] = [];
  teams.forEach((team, i) => {
    if (!keep(team)) return;
    texts.push({ field: `teams[${i}].name`, value: team.name });
    texts.push({ field: `teams[${i}].projectTitle`, value: team.projectTitle });
    if (withMembers) {
      team.members.forEach((member, j) => {
        texts.push({ field: `teams[${i}].members[${j}].name`, value: member.name });
      });
    }
  });
  return texts;
}

function listed<T>(
  items: readonly T[],
  prefix: string,
  pick: (item: T) => Record<string, string>,
): PrintedText[] {
  return items.flatMap((item, i) =>
    Object.entries(pick(item)).map(([key, value]) => ({ field: `${prefix}[${i}].${key}`, value })),
  );
}

/** Every string the document for `input` prints, with its path in the input. */
export function printedTexts(input: DocumentInput): PrintedText[] {
  const texts = eventTexts(input.event);
  switch (input.kind) {
    case 'certificates': {
      const awarded = new Set(input.awards.map((a) => a.teamId));
      const keep = input.which === 'awards' ? (t: Team) => awarded.has(t.id) : () => true;
      texts.push(...teamTexts(input.teams, keep, true));
      texts.push(...listed(input.signatories, 'signatories', (s) => ({ name: s.name, title: s.title })));
      if (input.which !== 'participation')
        texts.push(...listed(input.awards, 'awards', (a) => ({ name: a.name })));
      if (input.issuedAt !== undefined) texts.push({ field: 'issuedAt', value: input.issuedAt });
      break;
    }
    case 'results': {
      texts.push(...teamTexts(input.teams, () => true, false));
      texts.push(...listed(input.jurors, 'jurors', (j) => ({ name: j.name, title: j.title })));
      texts.push(
        { field: 'chair.name', value: input.chair.name },
        { field: 'chair.title', value: input.chair.title },
      );
      texts.push(
        ...listed(
          input.recusals,
          'recusals',
          (r): Record<string, string> => (r.reason ? { reason: r.reason } : {}),
        ),
      );
      texts.push(
        ...(input.declarations ?? []).flatMap((d, i) =>
          listed(d.links, `declarations[${i}].links`, (l) => ({ detail: l.detail })),
        ),
      );
      texts.push(
        ...listed(input.criteria, 'criteria', (c) => ({ name: c.name, description: c.description })),
      );
      texts.push(...listed(input.awards, 'awards', (a) => ({ name: a.name })));
      if ('text' in input.aggregation)
        texts.push({ field: 'aggregation.text', value: input.aggregation.text });
      if ('text' in input.tieBreak) texts.push({ field: 'tieBreak.text', value: input.tieBreak.text });
      if (input.section !== undefined) texts.push({ field: 'section', value: input.section });
      if (input.rooms) {
        texts.push(
          ...listed(input.rooms.rooms, 'rooms.rooms', (r) => ({
            name: r.name,
            jurors: r.jurors.join(', '),
            laptop: r.merged?.laptop ?? '',
          })),
        );
        const final = input.rooms.final;
        if (final)
          texts.push(
            { field: 'rooms.final.name', value: final.name },
            { field: 'rooms.final.jurors', value: final.jurors.join(', ') },
            { field: 'rooms.final.laptop', value: final.merged?.laptop ?? '' },
            { field: 'rooms.final.drawSeed', value: final.drawSeed ?? '' },
          );
        const rule = input.rooms.finalistRule;
        if (rule?.kind === 'chairSelection')
          texts.push({ field: 'rooms.finalistRule.reason', value: rule.reason });
      }
      (input.tracks ?? []).forEach((track, i) => {
        for (const t of printedTexts(track)) texts.push({ ...t, field: `tracks[${i}].${t.field}` });
      });
      break;
    }
    case 'forms': {
      const inOrder = new Set(input.order);
      texts.push(...teamTexts(input.teams, (t) => inOrder.has(t.id), false));
      texts.push(...listed(input.jurors, 'jurors', (j) => ({ name: j.name, title: j.title })));
      texts.push(
        ...listed(input.criteria, 'criteria', (c) => ({ name: c.name, description: c.description })),
      );
      input.criteria.forEach((c, i) => {
        texts.push(...listed(c.levels, `criteria[${i}].levels`, (l) => ({ label: l.label })));
      });
      break;
    }
    case 'order': {
      const slotted = new Set(input.slots.map((s) => s.teamId));
      texts.push(...teamTexts(input.teams, (t) => slotted.has(t.id), false));
      texts.push(
        ...listed(input.rooms ?? [], 'rooms', (r) => ({ name: r.name, jurors: r.jurors.join(', ') })),
      );
      break;
    }
  }
  return texts;
}

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Returns one problem per field holding a character that any of the faces lacks; empty when all print. */
export function findGlyphProblems(texts: readonly PrintedText[], fontDir: string): GlyphProblem[] {
  const faces = ALL_FACES.map((face) => glyphCoverage(fontDir, face));
  const verdicts = new Map<number, boolean>();
  const printable = (codePoint: number): boolean => {
    let ok = verdicts.get(codePoint);
    if (ok === undefined) {
      ok = faces.every((face) => face.hasGlyphForCodePoint(codePoint));
      verdicts.set(codePoint, ok);
    }
    return ok;
  };
  const problems: GlyphProblem[] = [];
  for (const { field, value } of texts) {
    for (const character of value) {
      const codePoint = character.codePointAt(0) ?? 0;
      if (!printable(codePoint)) {
        problems.push({ field, value, character, codePoint: codePointLabel(codePoint) });
        break;
      }
    }
  }
  return problems;
}

/** Throws `documents.unsupportedCharacter` listing every offending field. */
export function assertPrintable(input: DocumentInput, fontDir: string): void {
  const problems = findGlyphProblems(printedTexts(input), fontDir);
  if (problems.length > 0) throw new DocumentError({ code: 'documents.unsupportedCharacter', problems });
}
