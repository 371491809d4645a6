/**
 * Default file names that say what the document is, in the event's
 * language, safe on Windows, macOS and Linux file systems.
 */
import type { DocumentInput } from './types';

const NAMES = {
  fr: {
    participation: 'Attestations de participation',
    awards: 'Certificats de distinction',
    all: 'Attestations et distinctions',
    results: 'Procès-verbal du jury',
    draft: 'PROJET',
    forms: 'Grilles de notation',
    order: 'Ordre de passage',
  },
  en: {
    participation: 'Participation certificates',
    awards: 'Award certificates',
    all: 'Certificates',
    results: 'Jury minutes',
    draft: 'DRAFT',
    forms: 'Scoring forms',
    order: 'Running order',
  },
} as const;

/** Removes what file systems refuse (/ \ : * ? " < > | and control characters) and trailing dots. */
export function safeFileStem(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
      .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 120)
  );
}

/** e.g. "Procès-verbal du jury - Hackathon du Numérique Polynésien 2022.pdf". */
export function defaultFileName(input: DocumentInput): string {
  const names = NAMES[input.event.locale];
  let what: string;
  switch (input.kind) {
    case 'certificates':
      what = names[input.which];
      break;
    case 'results':
      what = input.draft ? `${names.results} (${names.draft})` : names.results;
      break;
    default:
      what = names[input.kind];
  }
  return `${safeFileStem(`${what} - ${input.event.name}`)}.pdf`;
}
