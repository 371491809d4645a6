/**
 * Bytes → text for CSV imports. French offices produce UTF-8 (LibreOffice,
 * Google Sheets, Excel's "CSV UTF-8"), UTF-8 with a BOM (Excel) and Windows-1252
 * (Excel's plain "CSV (séparateur : point-virgule)"). UTF-8 is strict: any
 * byte sequence that is not valid UTF-8 means the file is Windows-1252, because
 * accented cp1252 text is almost never accidentally valid UTF-8 (é = E9 alone)
 * — unless the file also holds UTF-8 letters: then it mixes both encodings
 * (a UTF-8 export pasted into with one cp1252 cell), no single decoding is
 * right, and it is refused with the line to fix (see `utf8Evidence`).
 */
import iconv from 'iconv-lite';
import { fail, type IoResult } from './issues';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedText {
  /** The text without its byte order mark. */
  text: string;
  encoding: TextEncoding;
}

/** Above this share of C0 control characters the bytes are not a spreadsheet export. */
const MAX_CONTROL_RATIO = 0.01;
/** Enough bytes to recognise UTF-16 without a BOM; a header row fits in far less. */
const UTF16_SAMPLE_BYTES = 4096;

export function decodeText(bytes: Uint8Array): IoResult<DecodedText> {
  if (bytes.byteLength === 0) return fail({ code: 'import.emptyFile' });
  if (looksLikeUtf16Or32(bytes)) return fail({ code: 'import.encodingUtf16' });
  if (bytes.includes(0)) return fail({ code: 'import.binaryFile' });

  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3));
    // A BOM promises UTF-8; invalid bytes after it mean a file mixing encodings, which
    // no guess can decode without silently corrupting names.
    if (text === null) return fail({ code: 'import.encodingInvalid' });
    decoded = { text, encoding: 'utf-8-bom' };
  } else {
    const text = decodeUtf8(bytes);
    if (text !== null) {
      decoded = { text, encoding: 'utf-8' };
    } else if (utf8Evidence(bytes)) {
      // Read as Windows-1252, "Énergie" (C3 89 in UTF-8) would be stored as "Ã‰nergie".
      return fail({ code: 'import.encodingMixed', line: lineOf(bytes, firstInvalidUtf8(bytes)) });
    } else {
      const cp1252 = iconv.decode(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        'windows-1252',
      );
      // 0x81 0x8D 0x8F 0x90 0x9D are unassigned in cp1252 (iconv gives U+FFFD): the file is
      // in yet another code page (DOS 850, Mac Roman) and guessing would garble names.
      if (cp1252.includes('\uFFFD')) {
        return fail(
          controlRatio(cp1252) > MAX_CONTROL_RATIO
            ? { code: 'import.binaryFile' }
            : { code: 'import.encodingInvalid' },
        );
      }
      decoded = { text: cp1252, encoding: 'windows-1252' };
    }
  }
  if (controlRatio(decoded.text) > MAX_CONTROL_RATIO) return fail({ code: 'import.binaryFile' });
  return { ok: true, value: decoded };
}

/**
 * True when the bytes hold a well-formed UTF-8 sequence that Windows-1252 text
 * practically never forms: any 3- or 4-byte sequence (cp1252 would need an
 * accented lowercase letter followed by two symbols such as "é€™"), or a 2-byte
 * one for U+0080–U+017F (Latin-1 and Latin Extended-A: É, ā, ō…) or
 * U+0280–U+036F (ʻokina, modifier letters, combining marks). In cp1252 those
 * start with Â Ã Ä Å Ê Ë Ì Í followed by a symbol or a C1 byte, which French
 * text does not write. A false alarm only refuses a file with a message that
 * says how to fix it; a miss would store garbled names, so the rule leans this way.
 */
export function utf8Evidence(bytes: Uint8Array): boolean {
  const n = bytes.byteLength;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0xc2) continue;
    const len = b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > n) continue;
    let wellFormed = true;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) wellFormed = false;
    }
    if (!wellFormed) continue;
    const second = bytes[i + 1] ?? 0;
    // Overlong and surrogate forms are not UTF-8 evidence.
    if (b === 0xe0 && second < 0xa0) continue;
    if (b === 0xed && second > 0x9f) continue;
    if (b === 0xf0 && second < 0x90) continue;
    if (b === 0xf4 && second > 0x8f) continue;
    if (len > 2) return true;
    if (b <= 0xc5 || (b >= 0xca && b <= 0xcd)) return true;
  }
  return false;
}

/** Byte offset of the first byte that breaks UTF-8 (fatal decoding of growing prefixes would be quadratic). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.byteLength;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > n) return i;
    const second = bytes[i + 1] ?? 0;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < len; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += len;
  }
  return n;
}

/** 1-based line of a byte offset (LF-separated; a CR LF file counts the same). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.byteLength; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** BOMs for UTF-16/32, or ASCII-range UTF-16 without BOM (a NUL in every other byte). */
function looksLikeUtf16Or32(bytes: Uint8Array): boolean {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return true;
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return true;
  const sample = Math.min(bytes.byteLength, UTF16_SAMPLE_BYTES);
  if (sample < 4) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const half = sample / 2;
  // Latin text in UTF-16 has a NUL as the high byte of nearly every character, on one parity only.
  return (evenNuls > half * 0.4 && oddNuls < half * 0.05) || (oddNuls > half * 0.4 && evenNuls < half * 0.05);
}

/** Share of C0 controls other than tab, line feed, vertical tab (FileMaker's in-cell break), form feed and CR. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f)
      controls++;
  }
  return controls / text.length;
}
