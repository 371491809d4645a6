/**
 * The cut-out card sheet shared by the juror login cards and the audience
 * ballot cards: A4 portrait, a fixed grid of equal cards per page, each card
 * framed by a dashed cut line. Each document only says how many cards fit and
 * what goes inside one, so the two sheets cannot drift apart in layout.
 */
import type { Locale } from '../../../common/domain';
import { createPdf } from './pdf-base';
import type { RenderOptions } from './types';

export interface CardBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardGrid {
  /** Document title (PDF metadata). */
  title: string;
  locale: Locale;
  /** Page margin on all four sides, in points. */
  margin: number;
  columns: number;
  rows: number;
}

export async function renderCardGrid<T>(
  grid: CardGrid,
  cards: readonly T[],
  drawCard: (doc: PDFKit.PDFDocument, card: T, box: CardBox) => void,
  options: RenderOptions,
): Promise<Uint8Array> {
  const { margin, columns, rows } = grid;
  const pdf = createPdf(
    {
      title: grid.title,
      author: 'Pitch Jury',
      locale: grid.locale,
      layout: 'portrait',
      margins: { top: margin, bottom: margin, left: margin, right: margin },
      bufferPages: false,
    },
    options,
  );
  const { doc } = pdf;
  const perPage = columns * rows;
  cards.forEach((card, index) => {
    if (index % perPage === 0) doc.addPage();
    const slot = index % perPage;
    const width = (doc.page.width - 2 * margin) / columns;
    const height = (doc.page.height - 2 * margin) / rows;
    const box = {
      x: margin + (slot % columns) * width,
      y: margin + Math.floor(slot / columns) * height,
      width,
      height,
    };
    drawCutLine(doc, box);
    drawCard(doc, card, box);
  });
  return pdf.finish();
}

function drawCutLine(doc: PDFKit.PDFDocument, box: CardBox): void {
  doc.save();
  doc.dash(3, { space: 3 }).lineWidth(0.5).strokeColor('#9ca3af');
  doc.rect(box.x, box.y, box.width, box.height).stroke();
  doc.restore();
}
