import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../main/core/io/decode';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function decoded(bytes: Uint8Array) {
  const result = decodeText(bytes);
  if (!result.ok) throw new Error(`expected text, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errorCode(bytes: Uint8Array) {
  const result = decodeText(bytes);
  return result.ok ? null : result.errors[0]?.code;
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM, ʻokina and macrons intact', () => {
    const value = decoded(utf8('Nom\nTāmaʻa Teriʻi\n'));
    expect(value).toEqual({ text: 'Nom\nTāmaʻa Teriʻi\n', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and says it was there', () => {
    const value = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Équipe')]));
    expect(value).toEqual({ text: 'Équipe', encoding: 'utf-8-bom' });
  });

  it('keeps a second BOM-like character that is part of the text', () => {
    const value = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('\uFEFFa')]));
    expect(value.text).toBe('\uFEFFa');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const text = 'Équipe;Cœur « forêt » — café, 12 €';
    const value = decoded(new Uint8Array(iconv.encode(text, 'windows-1252')));
    expect(value).toEqual({ text, encoding: 'windows-1252' });
  });

  it('treats pure ASCII as UTF-8', () => {
    expect(decoded(utf8('Team,Project\r\n')).encoding).toBe('utf-8');
  });

  it('refuses UTF-16 with either BOM, and UTF-16 without BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Équipe;Projet\r\n', 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('Équipe;Projet\r\n', 'utf16le').swap16()]);
    const bare = new Uint8Array(Buffer.from('Team;Project\r\nAlpha;Solar\r\n', 'utf16le'));
    expect(errorCode(le)).toBe('import.encodingUtf16');
    expect(errorCode(be)).toBe('import.encodingUtf16');
    expect(errorCode(bare)).toBe('import.encodingUtf16');
  });

  it('refuses binary content (NUL bytes, or many control characters)', () => {
    expect(errorCode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toBe('import.binaryFile');
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(errorCode(controls)).toBe('import.binaryFile');
  });

  it('accepts a stray control character in an otherwise textual file', () => {
    const text = `Team;Project\r\n${'Alpha;Solar power\r\n'.repeat(20)}Beta\u001a;x\r\n`;
    expect(decoded(utf8(text)).encoding).toBe('utf-8');
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252', () => {
    // 0x81 and 0x8D are unassigned in cp1252 (DOS code page 850 puts ü and ì there).
    expect(errorCode(new Uint8Array([0x4e, 0x6f, 0x81, 0x6c, 0x8d, 0x0a]))).toBe('import.encodingInvalid');
  });

  it('refuses a BOM followed by invalid UTF-8 rather than guessing', () => {
    expect(errorCode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0xe9, 0x0a]))).toBe('import.encodingInvalid');
  });

  it('refuses an empty file', () => {
    expect(errorCode(new Uint8Array(0))).toBe('import.emptyFile');
  });

  describe('a file mixing UTF-8 and Windows-1252 (no BOM)', () => {
    const cp1252 = (text: string) => new Uint8Array(iconv.encode(text, 'windows-1252'));
    const mixed = new Uint8Array([
      ...utf8('Équipe;Projet\nÉnergie Verte;Solaire\n'),
      ...cp1252('Forêt;Bois\n'),
    ]);

    it('is refused, naming the line to fix, never stored as "Ã‰nergie"', () => {
      const result = decodeText(mixed);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]).toMatchObject({ code: 'import.encodingMixed', line: 3 });
    });

    it('is refused whatever UTF-8 it holds: ʻokina, macrons, a decomposed macron, a curly apostrophe', () => {
      for (const utf8Part of ['Tāmaʻa', 'Teriʻi', 'Ta\u0304ma', 'l’équipe', 'Ōtautahi']) {
        const bytes = new Uint8Array([...utf8(`Équipe\n${utf8Part}\n`), ...cp1252('Gâteau\n')]);
        expect(errorCode(bytes), utf8Part).toBe('import.encodingMixed');
      }
    });

    it('still reads a pure Windows-1252 file (Excel’s French CSV), capitals and symbols included', () => {
      const text =
        'ÉQUIPE;PROJET;MEMBRES\r\nÉNERGIE « VERTE »;Forêt, cœur — 12 € ;Zoé, Ève, Ça\r\nCHÂTEAU;ÊTRE ÀÉÈ;Noël\r\n';
      expect(decoded(cp1252(text))).toEqual({ text, encoding: 'windows-1252' });
    });
  });
});
