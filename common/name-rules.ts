/**
 * The one rule for what a name may hold: team, member, juror, criterion and
 * signatory names, whether typed in a form or read from an imported file
 * (main/core/event/validate.ts, main/core/io/row-checks.ts and
 * main/core/documents-app/signatories.ts all call `nameProblem`).
 *
 * Refused, never silently cleaned:
 * - a name with no visible character (only zero-width spaces, fillers, marks);
 * - any format character (Unicode category Cf): zero-width space, joiner and
 *   non-joiner, bidi embeddings, overrides and isolates, word joiner, soft
 *   hyphen, BOM. They are invisible, so "Delta\u200d Plus" would sit beside
 *   "Delta Plus" as a different team, and a bidi override can make a printed
 *   certificate read differently from what was typed.
 * Why refuse rather than strip: removing a joiner can change how a word is
 * written in the scripts that need one, and removing a bidi control changes
 * the displayed order; only the organiser knows what was meant. The message
 * names the character so it can be found and deleted.
 *
 * Kept: letters of every script, combining marks (a + U+0304), the ʻokina
 * (U+02BB, a letter), macrons, apostrophes, spaces. Names are stored NFC and
 * trimmed, so "Tāmaʻa" typed decomposed equals the precomposed one.
 */

export type NameProblem =
  | { code: 'nameInvisible' }
  | { code: 'nameFormatCharacter'; codePoint: string; position: number };

const FORMAT_CHARACTER = /\p{Cf}/u;
/** Characters that render as nothing or blank although they are not Cf: fillers, the braille blank. */
const BLANK_LOOKING = /[\s\p{Z}\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** What a stored name is: NFC (one form for "ā") and trimmed. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim();
}

/** "U+200D" for a character, as the message prints it. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Null when the (non-empty) name is acceptable; otherwise the first problem.
 * An empty name is the caller's "required" check, not this one.
 */
export function nameProblem(name: string): NameProblem | null {
  const text = normaliseName(name);
  if (text === '') return null;
  let position = 0;
  for (const char of text) {
    position++;
    if (FORMAT_CHARACTER.test(char))
      return { code: 'nameFormatCharacter', codePoint: codePointLabel(char), position };
  }
  if (text.replace(BLANK_LOOKING, '') === '') return { code: 'nameInvisible' };
  return null;
}
