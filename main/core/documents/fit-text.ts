/**
 * Shrink-to-fit for names and titles: one line at the largest size that fits,
 * else wrapped on up to `maxLines` lines, never drawn over the frame.
 *
 * Lines break at spaces only, never after a hyphen: text extractors (pdftotext,
 * copy-paste in viewers) remove a hyphen that ends a line, which would turn
 * "Teriitehau-Vanaa" into "TeriitehauVanaa".
 */
import type { FontFace } from './fonts';

export interface FitRequest {
  face: FontFace;
  maxSize: number;
  minSize: number;
  width: number;
  maxLines: number;
  /** Extra space between wrapped lines, as a fraction of the font size. */
  lineGapRatio?: number;
}

export interface FittedText {
  size: number;
  lines: string[];
  height: number;
}

/** A single line is preferred to wrapping as long as it keeps this share of the largest size. */
const SINGLE_LINE_FLOOR = 0.75;
/** One point of slack so rounding never makes a measured line overflow. */
const SLACK = 1;

function lineGap(req: FitRequest, size: number): number {
  return (req.lineGapRatio ?? 0) * size;
}

/** Greedy wrap on spaces at the current font and size. A word wider than the line stays whole. */
export function wrapAtSpaces(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && doc.widthOfString(candidate) > width - SLACK) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

function fitsWrapped(doc: PDFKit.PDFDocument, lines: string[], width: number, maxLines: number): boolean {
  return lines.length <= maxLines && lines.every((l) => doc.widthOfString(l) <= width - SLACK);
}

function result(doc: PDFKit.PDFDocument, req: FitRequest, size: number, lines: string[]): FittedText {
  doc.font(req.face).fontSize(size);
  return {
    size,
    lines,
    height: lines.length * doc.currentLineHeight(true) + (lines.length - 1) * lineGap(req, size),
  };
}

export function fitText(doc: PDFKit.PDFDocument, text: string, req: FitRequest): FittedText {
  doc.font(req.face).fontSize(req.maxSize);
  // Width grows linearly with the size, so the single-line size is one division away.
  const usable = req.width - SLACK;
  const widthAtMax = doc.widthOfString(text);
  const singleLine =
    widthAtMax <= usable ? req.maxSize : Math.floor((req.maxSize * usable * 2) / widthAtMax) / 2;
  if (singleLine >= Math.max(req.minSize, SINGLE_LINE_FLOOR * req.maxSize) || req.maxLines === 1) {
    return result(doc, req, Math.max(singleLine, req.minSize), [text]);
  }
  for (let size = req.maxSize; size >= req.minSize; size -= 0.5) {
    doc.fontSize(size);
    const lines = wrapAtSpaces(doc, text, req.width);
    if (fitsWrapped(doc, lines, req.width, req.maxLines)) return result(doc, req, size, lines);
  }
  if (singleLine >= req.minSize) return result(doc, req, singleLine, [text]);
  // More lines than wanted (the caller shrinks its whole layout), but inside the width;
  // a single word too wide even for that is set on one line at whatever size fits.
  doc.fontSize(req.minSize);
  const lines = wrapAtSpaces(doc, text, req.width);
  if (fitsWrapped(doc, lines, req.width, lines.length)) return result(doc, req, req.minSize, lines);
  return result(doc, req, singleLine, [text]);
}

/** Draws fitted lines from y, centred in (or left-aligned to) the band [x, x + req.width]; returns the height used. */
export function drawFitted(
  doc: PDFKit.PDFDocument,
  fitted: FittedText,
  req: FitRequest,
  x: number,
  y: number,
  align: 'center' | 'left' = 'center',
): number {
  doc.font(req.face).fontSize(fitted.size);
  const step = doc.currentLineHeight(true) + lineGap(req, fitted.size);
  fitted.lines.forEach((line, i) => {
    const offset = align === 'center' ? Math.max(0, (req.width - doc.widthOfString(line)) / 2) : 0;
    doc.text(line, x + offset, y + i * step, { lineBreak: false });
  });
  return fitted.height;
}
