/**
 * The embedded fonts. Renderers receive the font folder as an option (the
 * packaged app keeps fonts outside the asar); `defaultFontDir()` is only for
 * tests and the CLI running from the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { DocumentError } from './errors';

export const FONT_FACES = {
  sans: 'NotoSans_400Regular.ttf',
  sansBold: 'NotoSans_700Bold.ttf',
  sansItalic: 'NotoSans_400Regular_Italic.ttf',
  serif: 'NotoSerif_400Regular.ttf',
  serifBold: 'NotoSerif_700Bold.ttf',
  serifItalic: 'NotoSerif_400Regular_Italic.ttf',
} as const;

export type FontFace = keyof typeof FONT_FACES;
export const ALL_FACES = Object.keys(FONT_FACES) as FontFace[];

/** `<repo>/resources/fonts`, found from this file's place in the source tree. */
export function defaultFontDir(): string {
  return resolve(import.meta.dirname, '..', '..', '..', 'resources', 'fonts');
}

// Font files are read once per thread: a batch of 300 certificates must not reread 3 MB per page.
const bytesCache = new Map<string, Buffer>();

export function fontBytes(fontDir: string, face: FontFace): Buffer {
  const path = join(fontDir, FONT_FACES[face]);
  let bytes = bytesCache.get(path);
  if (!bytes) {
    if (!existsSync(path)) throw new DocumentError({ code: 'documents.fontMissing', path });
    bytes = readFileSync(path);
    bytesCache.set(path, bytes);
  }
  return bytes;
}

/** The part of fontkit's Font that the glyph check needs. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The part of fontkit's glyph run needed to draw text as outlines. */
export interface OutlineRun {
  glyphs: { path: { toSVG(): string } }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}

/** A font as fontkit parsed it; pdfkit accepts it wherever it accepts font bytes. */
interface ParsedFont extends GlyphCoverage {
  unitsPerEm: number;
  layout(text: string): OutlineRun;
}

const parsedCache = new Map<string, ParsedFont>();

/**
 * Parses a face once per thread and keeps it: fontkit decodes tables and
 * glyphs lazily and caches them on the font object, so every document after
 * the first reuses that work (each document still gets its own subset).
 * fontkit is pdfkit's own dependency, not ours, so the parsed font is taken
 * from pdfkit rather than by importing fontkit.
 */
function parsedFont(fontDir: string, face: FontFace): ParsedFont {
  const key = join(fontDir, FONT_FACES[face]);
  const cached = parsedCache.get(key);
  if (cached) return cached;
  const probe = new PDFDocument({ autoFirstPage: false });
  probe.font(fontBytes(fontDir, face));
  const font = (probe as unknown as { _font?: { font?: Partial<ParsedFont> } })._font?.font;
  if (typeof font?.hasGlyphForCodePoint !== 'function' || typeof font.layout !== 'function') {
    throw new Error('pdfkit no longer exposes its fontkit font: update fonts.ts');
  }
  const parsed = font as ParsedFont;
  parsedCache.set(key, parsed);
  return parsed;
}

/**
 * fontkit caches glyph objects with the characters they were first created
 * for, and pdfkit writes those characters into the text layer. Subsetting
 * at the end of a document creates the components of accented letters ("E"
 * inside "É") with no characters at all; a later document reusing that cache
 * would then print an "E" that copy-paste reads as nothing. Each document
 * therefore starts with an empty glyph cache (the parsed tables stay shared).
 * Rendering a document is synchronous up to its last byte, so two documents
 * never interleave on one thread.
 */
function forgetGlyphs(font: ParsedFont): void {
  const cache = font as unknown as { _glyphs?: Record<number, unknown> };
  if (cache._glyphs === undefined)
    throw new Error('fontkit no longer caches glyphs in _glyphs: update fonts.ts');
  cache._glyphs = {};
}

/** Registers every face under its FontFace name, so renderers write `doc.font('serifBold')`. */
export function registerFaces(doc: PDFKit.PDFDocument, fontDir: string): void {
  for (const face of ALL_FACES) {
    const font = parsedFont(fontDir, face);
    forgetGlyphs(font);
    doc.registerFont(face, font as unknown as PDFKit.Mixins.PDFFontSource);
  }
}

/** Glyph outlines, for text that must be seen but not extracted (a watermark). */
export function outlineFont(fontDir: string, face: FontFace): Pick<ParsedFont, 'unitsPerEm' | 'layout'> {
  return parsedFont(fontDir, face);
}

/** The exact font object that will draw the text, for the glyph check. */
export function glyphCoverage(fontDir: string, face: FontFace): GlyphCoverage {
  return parsedFont(fontDir, face);
}
