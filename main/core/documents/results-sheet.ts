/**
 * The results sheet: the jury's minutes, A4 portrait, multi-page. A final
 * sheet can only be made from locked results (their SHA-256 is printed on
 * every page); a draft is watermarked and carries no hash.
 */
import { DocumentError } from './errors';
import { formatDateSpan, formatTimestamp } from './locale-format';
import { createPdf, decoratePages, drawImage, openImage } from './pdf-base';
import { drawAnnex, drawSignatures } from './results-annex';
import { drawAudience } from './results-audience';
import { drawDeclarations } from './results-declarations';
import { drawRooms } from './results-rooms';
import {
  drawAverages,
  drawAwards,
  drawCriteria,
  drawJury,
  drawMethod,
  drawRanking,
  type SheetContext,
} from './results-sections';
import { drawOutlineText, outlineWidth } from './text-outline';
import type { RenderOptions, ResultsSheetInput } from './types';
import { wordingFor } from './wording';

const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#1d3557';
const DRAFT_RED = '#b42318';

/** Refuses to make a final sheet without the hash of locked results. */
export function assertFinalizable(input: ResultsSheetInput): void {
  if (input.draft) return;
  if (input.resultsHash === null || input.resultsHash === '') {
    throw new DocumentError({ code: 'documents.finalRequiresLockedResults', reason: 'missingHash' });
  }
  if (!/^[0-9a-f]{64}$/i.test(input.resultsHash)) {
    throw new DocumentError({ code: 'documents.finalRequiresLockedResults', reason: 'malformedHash' });
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function drawHeader(ctx: SheetContext): void {
  const { doc, input, w } = ctx;
  const { event } = input;
  let textLeft = ctx.left;
  const top = MARGIN.top;
  if (event.logo) {
    drawImage(
      doc,
      openImage(doc, event.logo, 'event.logo'),
      { x: ctx.left, y: top, width: 110, height: 50 },
      'left',
    );
    textLeft += 126;
  }
  const width = ctx.left + ctx.width - textLeft;
  doc.font('serifBold').fontSize(20).fillColor(ACCENT).text(w.results.title, textLeft, top, { width });
  if (input.section)
    doc
      .font('serifBold')
      .fontSize(14)
      .text(input.section, textLeft, doc.y + 2, { width });
  doc
    .font('sansBold')
    .fontSize(12)
    .fillColor(INK)
    .text(event.name, textLeft, doc.y + 2, { width });
  const place = [event.venue, event.city].filter((s) => s.trim() !== '').join(', ');
  const when = capitalised(formatDateSpan(event.startDate, event.endDate, event.locale));
  doc
    .font('sans')
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(place ? `${when} · ${place}` : when, textLeft, doc.y + 1, { width });
  if (event.organiser) doc.text(event.organiser, textLeft, doc.y, { width });
  doc.y = Math.max(doc.y, top + 50) + 10;

  if (input.draft) {
    const y = doc.y;
    doc.font('sansBold').fontSize(10);
    const height = doc.heightOfString(w.results.draftBanner, { width: ctx.width - 16 }) + 10;
    doc.save().lineWidth(1).strokeColor(DRAFT_RED).rect(ctx.left, y, ctx.width, height).stroke().restore();
    doc
      .fillColor(DRAFT_RED)
      .text(w.results.draftBanner, ctx.left + 8, y + 5, { width: ctx.width - 16, align: 'center' });
    doc.y = y + height + 4;
    return;
  }
  doc.font('sans').fontSize(8.5).fillColor(INK);
  if (input.lockedAt) {
    doc.text(
      w.results.locked(formatTimestamp(input.lockedAt, event.locale, input.timeZone)),
      ctx.left,
      doc.y,
      {
        width: ctx.width,
      },
    );
  }
  doc.text(w.results.hash(input.resultsHash ?? ''), ctx.left, doc.y, { width: ctx.width });
}

function drawWatermark(doc: PDFKit.PDFDocument, fontDir: string, text: string): void {
  const { width, height } = doc.page;
  const spec = { text, face: 'sansBold' as const, size: 120 };
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.fillColor(DRAFT_RED).fillOpacity(0.1);
  drawOutlineText(doc, fontDir, spec, (width - outlineWidth(fontDir, spec)) / 2, height / 2 + 42);
  doc.restore();
}

function drawPageFurniture(ctx: SheetContext, fontDir: string, index: number, count: number): void {
  const { doc, input, w } = ctx;
  const { locale } = input.event;
  if (input.draft) drawWatermark(doc, fontDir, w.results.watermark);
  if (index > 0) {
    doc.font('sans').fontSize(7.5).fillColor(MUTED);
    doc.text(`${input.event.name} — ${w.results.title}`, ctx.left, 30, {
      width: ctx.width,
      lineBreak: false,
    });
    doc
      .save()
      .lineWidth(0.4)
      .strokeColor('#c5cdd6')
      .moveTo(ctx.left, 42)
      .lineTo(ctx.left + ctx.width, 42)
      .stroke()
      .restore();
  }
  const y = doc.page.height - 46;
  doc
    .save()
    .lineWidth(0.4)
    .strokeColor('#c5cdd6')
    .moveTo(ctx.left, y - 5)
    .lineTo(ctx.left + ctx.width, y - 5)
    .stroke()
    .restore();
  doc.font('sans').fontSize(7.5).fillColor(MUTED);
  doc.text(w.results.generated(formatTimestamp(input.generatedAt, locale, input.timeZone)), ctx.left, y, {
    width: ctx.width,
    lineBreak: false,
  });
  doc.font('sansBold').text(w.results.page(index + 1, count), ctx.left, y, {
    width: ctx.width,
    align: 'right',
    lineBreak: false,
  });
  if (!input.draft && input.resultsHash) {
    doc
      .font('sans')
      .fontSize(7)
      .text(w.results.hash(input.resultsHash), ctx.left, y + 11, { width: ctx.width, lineBreak: false });
  }
}

export async function renderResultsSheet(
  input: ResultsSheetInput,
  options: RenderOptions,
): Promise<Uint8Array> {
  assertFinalizable(input);
  const w = wordingFor(input.event.locale);
  const pdf = createPdf(
    {
      title: `${input.event.name} — ${w.results.title}${input.draft ? ` (${w.results.watermark})` : ''}`,
      author: input.event.organiser,
      locale: input.event.locale,
      layout: 'portrait',
      margins: MARGIN,
      bufferPages: true,
    },
    options,
  );
  const { doc } = pdf;
  // One section per prize track, each from a new page; a page's furniture (its hash) is its section's.
  const sections: { ctx: SheetContext; firstPage: number }[] = [];
  for (const section of [input, ...(input.tracks ?? [])]) {
    doc.addPage();
    const ctx: SheetContext = {
      doc,
      input: section,
      w,
      left: MARGIN.left,
      width: doc.page.width - MARGIN.left - MARGIN.right,
    };
    sections.push({ ctx, firstPage: doc.bufferedPageRange().count - 1 });
    drawHeader(ctx);
    drawJury(ctx);
    drawDeclarations(ctx);
    drawRooms(ctx);
    drawCriteria(ctx);
    drawMethod(ctx);
    drawRanking(ctx);
    drawAverages(ctx);
    drawAwards(ctx);
    drawAudience(ctx);
    drawSignatures(ctx);
    drawAnnex(ctx);
  }
  const sectionOf = (index: number) =>
    [...sections].reverse().find((s) => s.firstPage <= index)?.ctx ??
    (sections[0] as { ctx: SheetContext }).ctx;
  decoratePages(doc, (index, count) => drawPageFurniture(sectionOf(index), options.fontDir, index, count));
  return pdf.finish();
}
