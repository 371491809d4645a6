/**
 * What every document shares: a pdfkit document with our fonts registered
 * and metadata set, collected into bytes; images decoded once per document;
 * and page furniture written after the content (so "x / y" knows y).
 */

import PDFDocument from 'pdfkit';
import type { Locale } from '../../../common/domain';
import { DocumentError } from './errors';
import { registerFaces } from './fonts';
import type { ImageInput, RenderOptions } from './types';

export interface PdfSetup {
  title: string;
  author: string;
  locale: Locale;
  layout: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /** Keep pages in memory until the end, to write "Page x / y" footers. */
  bufferPages: boolean;
}

export interface Pdf {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Uint8Array>;
}

export function createPdf(setup: PdfSetup, options: RenderOptions): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: setup.layout,
    margins: setup.margins,
    autoFirstPage: false,
    bufferPages: setup.bufferPages,
    lang: setup.locale === 'fr' ? 'fr-FR' : 'en',
    displayTitle: true,
    info: {
      Title: setup.title,
      Author: setup.author,
      Creator: 'Pitch Jury',
      Producer: 'Pitch Jury (pdfkit)',
      CreationDate: options.createdAt ? new Date(options.createdAt) : new Date(),
    },
  });
  registerFaces(doc, options.fontDir);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      // A fresh, exactly-sized buffer: the worker transfers it without copying.
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return ended;
    },
  };
}

/** pdfkit's image object, as `openImage` returns it (missing from @types/pdfkit). */
export interface OpenedImage {
  width: number;
  height: number;
}

interface OpenImageCapable {
  openImage(src: Buffer): OpenedImage;
  image(src: OpenedImage, x: number, y: number, options: PDFKit.Mixins.ImageOption): unknown;
}

function imageBytes(image: ImageInput): Buffer {
  return image instanceof Uint8Array ? Buffer.from(image) : Buffer.from(image.dataBase64, 'base64');
}

function looksLikePngOrJpeg(bytes: Buffer): boolean {
  const png =
    bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg;
}

/**
 * Opens an image once so a 300-page batch embeds the logo a single time
 * (pdfkit re-embeds raw buffers on every `image()` call).
 */
export function openImage(doc: PDFKit.PDFDocument, image: ImageInput, field: string): OpenedImage {
  const bytes = imageBytes(image);
  if (!looksLikePngOrJpeg(bytes)) throw new DocumentError({ code: 'documents.invalidImage', field });
  try {
    return (doc as unknown as OpenImageCapable).openImage(bytes);
  } catch {
    throw new DocumentError({ code: 'documents.invalidImage', field });
  }
}

/** Draws an opened image fitted (aspect kept) and centred in the box. */
export function drawImage(
  doc: PDFKit.PDFDocument,
  image: OpenedImage,
  box: { x: number; y: number; width: number; height: number },
  align: 'center' | 'left' = 'center',
): void {
  (doc as unknown as OpenImageCapable).image(image, box.x, box.y, {
    fit: [box.width, box.height],
    align: align === 'center' ? 'center' : undefined,
    valign: 'center',
  });
}

/**
 * Runs `draw` with the bottom margin lifted, so text placed in the footer
 * area does not make pdfkit start a new page.
 */
export function inFooterArea(doc: PDFKit.PDFDocument, draw: () => void): void {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  try {
    draw();
  } finally {
    doc.page.margins.bottom = bottom;
  }
}

/** Calls `draw` on every buffered page once the content is complete. */
export function decoratePages(doc: PDFKit.PDFDocument, draw: (index: number, count: number) => void): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    inFooterArea(doc, () => draw(i - start, count));
  }
}
