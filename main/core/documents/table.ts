/**
 * A small flowing table for pdfkit: rows as tall as their wrapped text,
 * page breaks between rows (never inside one) with the header row repeated.
 */
import type { FontFace } from './fonts';

export interface Column {
  header: string;
  /** A second, smaller header line (e.g. a criterion's weight and scale). */
  headerSub?: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface RichCell {
  text: string;
  /** A second, smaller grey line (e.g. the project under the team name). */
  sub?: string;
  face?: FontFace;
  color?: string;
}

export type Cell = string | RichCell;

export interface TableOptions {
  x: number;
  fontSize: number;
  /** Grey background for rows that need to stand out (e.g. recusals). */
  shade?: (rowIndex: number) => string | null;
  /** Minimum row height, e.g. room to write by hand on paper forms. */
  minRowHeight?: number;
  /** Vertical rules between columns and around the table: boxes to write in on paper forms. */
  grid?: boolean;
  /** Called after an automatic page break, before the header row is repeated. */
  onPageBreak?: () => void;
}

const PADDING = 4;
const HEADER_FILL = '#e8ecf1';
const RULE = '#c5cdd6';
const INK = '#1f2933';
const MUTED = '#52606d';

function rich(cell: Cell): RichCell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

function cellHeight(doc: PDFKit.PDFDocument, cell: RichCell, width: number, size: number): number {
  doc.font(cell.face ?? 'sans').fontSize(size);
  let height = doc.heightOfString(cell.text || ' ', { width });
  if (cell.sub) {
    doc.font('sans').fontSize(size * 0.85);
    height += doc.heightOfString(cell.sub, { width });
  }
  return height;
}

function drawCell(
  doc: PDFKit.PDFDocument,
  cell: RichCell,
  column: Column,
  x: number,
  y: number,
  size: number,
): void {
  const width = column.width - 2 * PADDING;
  doc
    .font(cell.face ?? 'sans')
    .fontSize(size)
    .fillColor(cell.color ?? INK);
  doc.text(cell.text, x + PADDING, y + PADDING, { width, align: column.align ?? 'left' });
  if (cell.sub) {
    doc
      .font('sans')
      .fontSize(size * 0.85)
      .fillColor(MUTED);
    doc.text(cell.sub, x + PADDING, doc.y, { width, align: column.align ?? 'left' });
  }
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  cells: RichCell[],
  columns: Column[],
  size: number,
  min: number,
): number {
  let height = min;
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (column)
      height = Math.max(height, cellHeight(doc, cell, column.width - 2 * PADDING, size) + 2 * PADDING);
  });
  return height;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: RichCell[],
  columns: Column[],
  opts: TableOptions,
  y: number,
  height: number,
  fill: string | null,
): void {
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  if (fill) doc.save().rect(opts.x, y, width, height).fill(fill).restore();
  let x = opts.x;
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (!column) return;
    drawCell(doc, cell, column, x, y, opts.fontSize);
    x += column.width;
  });
  doc
    .save()
    .lineWidth(0.4)
    .strokeColor(RULE)
    .moveTo(opts.x, y + height)
    .lineTo(opts.x + width, y + height);
  if (opts.grid) {
    let edge = opts.x;
    doc.moveTo(edge, y).lineTo(edge, y + height);
    for (const column of columns) {
      edge += column.width;
      doc.moveTo(edge, y).lineTo(edge, y + height);
    }
    doc.moveTo(opts.x, y).lineTo(opts.x + width, y);
  }
  doc.stroke().restore();
}

/** Draws the table from doc.y; leaves doc.y just below it. */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: Column[],
  rows: Cell[][],
  opts: TableOptions,
): void {
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header = columns.map((c): RichCell => ({ text: c.header, sub: c.headerSub, face: 'sansBold' }));
  const headerSize = opts.fontSize * 0.9;
  const drawHeader = () => {
    const y = doc.y;
    const height = rowHeight(doc, header, columns, headerSize, 0);
    drawRow(doc, header, columns, { ...opts, fontSize: headerSize }, y, height, HEADER_FILL);
    doc.y = y + height;
  };
  drawHeader();
  rows.forEach((row, index) => {
    const cells = row.map(rich);
    const height = rowHeight(doc, cells, columns, opts.fontSize, opts.minRowHeight ?? 0);
    if (doc.y + height > bottom()) {
      doc.addPage();
      opts.onPageBreak?.();
      drawHeader();
    }
    const y = doc.y;
    drawRow(doc, cells, columns, opts, y, height, opts.shade?.(index) ?? null);
    doc.y = y + height;
  });
  doc.x = opts.x;
}
