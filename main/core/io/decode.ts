/**
 * Bytes → text for CSV imports. French offices produce UTF-8 (LibreOffice,
 * Google Sheets, Excel's "CSV UTF-8"), UTF-8 with a BOM (Excel) and Windows-1252
 * (Excel's plain "CSV (séparateur : point-virgule)"). UTF-8 is strict: any
 * byte sequence that is not valid UTF-8 means the file is Windows-1252, because
 * accented cp1252 text is almost never accidentally valid UTF-8 (é = E9 alone).
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
