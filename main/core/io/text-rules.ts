/**
 * How imported text is cleaned and compared. A name is NFC-normalised and
 * trimmed, nothing else: "Tāmaʻa Teriʻi" keeps its macron and its ʻokina
 * (U+02BB), "DUPONT" keeps its capitals. Comparison keys are looser (case,
 * inner spacing) so that "Team A" and "team  a" are caught as the same team.
 */

/** What gets stored: NFC (a macron typed as a + U+0304 and as ā become one form) and trimmed. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').trim();
}

/** What two names are compared by: NFC, trimmed, inner whitespace runs as one space, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Length as a person counts it: "ā" is one, an emoji is one, not two UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Control characters (C0, DEL, C1) and line/paragraph separators have no place
 * in a name or a title shown on a projector or a certificate: they come from a
 * cell with a line break or a broken export, and the organiser should fix it.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * A pragmatic address check (not RFC 5322's comment syntax, which no organiser
 * types): one @, no spaces or brackets, no empty or dotted-edge parts, a dot
 * in the domain and a top-level label of two or more characters. Unicode is
 * allowed on both sides (internationalised addresses).
 */
export function isValidEmail(email: string): boolean {
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return false;
  if (/[\s<>()[\]\\,;:"]/u.test(email)) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (
    labels.length < 2 ||
    labels.some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))
  ) {
    return false;
  }
  return codePointLength(labels[labels.length - 1] ?? '') >= 2;
}

export type MemberSeparator = 'lineBreak' | 'semicolon' | 'comma';

// biome-ignore lint/suspicious/noControlCharactersInRegex: U+000B is FileMaker's and old Excel for Mac's in-cell line break
const LINE_BREAKS = /\r\n|[\n\r\u000b\u2028\u2029]/u;

/**
 * Members in one cell: the strongest separator present wins, so names that
 * contain the weaker one survive. Line breaks (Alt+Entrée in Excel) first,
 * then semicolons, then commas: "Martin, Jean; Durand, Paul" is two members.
 * Empty entries (doubled or trailing separators) are dropped.
 */
export function splitMembers(cell: string): { separator: MemberSeparator; entries: string[] } {
  let separator: MemberSeparator = 'comma';
  let parts: string[];
  if (LINE_BREAKS.test(cell)) {
    separator = 'lineBreak';
    parts = cell.split(new RegExp(LINE_BREAKS.source, 'gu'));
  } else if (cell.includes(';')) {
    separator = 'semicolon';
    parts = cell.split(';');
  } else {
    parts = cell.split(',');
  }
  return { separator, entries: parts.map(cleanText).filter((p) => p !== '') };
}

/**
 * One member entry of a members cell: "Tāmaʻa Teriʻi <tamaa@example.pf>" or
 * "Tāmaʻa Teriʻi (tamaa@example.pf)" carries an email; anything else is a name.
 */
export function parseMemberEntry(entry: string): { name: string; email: string | null } {
  const match = /^(.*?)\s*[<(]\s*([^\s<>()]*@[^\s<>()]*)\s*[>)]$/u.exec(entry);
  if (match === null) return { name: cleanText(entry), email: null };
  return { name: cleanText(match[1] ?? ''), email: cleanText(match[2] ?? '') };
}
