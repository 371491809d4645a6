/**
 * Text drawn as glyph outlines rather than as text: it prints and shows like
 * text but is not extracted, so a diagonal DRAFT watermark does not get mixed
 * into the words that copy-paste and pdftotext read from the page.
 */
import { type FontFace, outlineFont } from './fonts';

export interface OutlineText {
  text: string;
  face: FontFace;
  size: number;
}

/** Width of `spec` in points. */
export function outlineWidth(fontDir: string, spec: OutlineText): number {
  const font = outlineFont(fontDir, spec.face);
  const run = font.layout(spec.text);
  return (run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * spec.size) / font.unitsPerEm;
}

/** Fills the outlines of `spec` with the current fill colour, baseline starting at (x, baseline). */
export function drawOutlineText(
  doc: PDFKit.PDFDocument,
  fontDir: string,
  spec: OutlineText,
  x: number,
  baseline: number,
): void {
  const font = outlineFont(fontDir, spec.face);
  const run = font.layout(spec.text);
  const scale = spec.size / font.unitsPerEm;
  doc.save();
  // Font units run upwards from the baseline; pdfkit's page space runs downwards.
  doc.translate(x, baseline).scale(scale, -scale);
  let pen = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    doc.save().translate(pen + (position?.xOffset ?? 0), position?.yOffset ?? 0);
    doc.path(glyph.path.toSVG()).fill();
    doc.restore();
    pen += position?.xAdvance ?? 0;
  });
  doc.restore();
}
