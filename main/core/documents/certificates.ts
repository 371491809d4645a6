/**
 * Participation and award certificates: A4 landscape, one page each, in the
 * event's language. The central text is a stack of blocks fitted to the
 * width (long names and project titles shrink, then wrap) and centred
 * vertically; signatures and the verification QR code sit at the bottom.
 */
import { type PlannedCertificate, planCertificates } from './certificate-plan';
import { DocumentError } from './errors';
import { drawFitted, type FitRequest, type FittedText, fitText } from './fit-text';
import { formatDate, formatDateSpan } from './locale-format';
import { type PageTemplate, placeTemplate, recordTemplate } from './page-template';
import { createPdf, drawImage, type OpenedImage, openImage } from './pdf-base';
import { drawQrCode } from './qr';
import type { CertificatesInput, RenderOptions } from './types';
import { type Wording, wordingFor } from './wording';

export type ProgressHook = (done: number, total: number) => void;

const PAGE = { width: 841.89, height: 595.28 };
const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#1d3557';
const GOLD = '#a68a56';
const TEXT_LEFT = 110;
const TEXT_WIDTH = PAGE.width - 2 * TEXT_LEFT;
/** The central stack is centred in this band, between the logo and the signatures. */
const BAND = { top: 110, bottom: 424 };

interface Block {
  text: string;
  fit: FitRequest;
  color: string;
  gapAfter: number;
  /** Printed identically on many certificates of the batch (wording, event, team): drawn once as a template. */
  repeats: boolean;
}

function block(
  text: string,
  fit: Partial<FitRequest> & Pick<FitRequest, 'face' | 'maxSize'>,
  color: string,
  gapAfter: number,
): Block {
  return {
    text,
    fit: { minSize: fit.maxSize, width: TEXT_WIDTH, maxLines: 1, lineGapRatio: 0, ...fit },
    color,
    gapAfter,
    repeats: true,
  };
}

function centralBlocks(cert: PlannedCertificate, input: CertificatesInput, w: Wording): Block[] {
  const { event } = input;
  const place = [event.venue, event.city].filter((s) => s.trim() !== '').join(', ');
  const when = formatDateSpan(event.startDate, event.endDate, event.locale);
  const whenWhere = place ? `${when} · ${place}` : when;
  const name = block(
    cert.recipient,
    { face: 'serifBold', maxSize: 40, minSize: 18, maxLines: 2, lineGapRatio: -0.1 },
    ACCENT,
    12,
  );
  name.repeats = false;
  const eventName = block(event.name, { face: 'serifBold', maxSize: 20, minSize: 11, maxLines: 2 }, INK, 4);
  const small = (text: string, gap: number) =>
    block(text, { face: 'sans', maxSize: 13, minSize: 8, maxLines: 2, lineGapRatio: 0.1 }, MUTED, gap);

  if (cert.kind === 'participation') {
    return [
      block(w.certificate.participationTitle, { face: 'serif', maxSize: 34, minSize: 20 }, ACCENT, 18),
      small(w.certificate.participationLead, 6),
      name,
      small(w.certificate.participationVerb, 6),
      eventName,
      small(whenWhere, 10),
      small(w.certificate.participationTeam(cert.teamName, cert.projectTitle), 0),
    ];
  }
  const kicker = block(
    w.certificate.awardKicker.toLocaleUpperCase(event.locale),
    { face: 'sansBold', maxSize: 12 },
    GOLD,
    6,
  );
  const context =
    cert.recipientKind === 'team'
      ? w.certificate.awardTeam(cert.projectTitle)
      : w.certificate.awardMember(cert.teamName, cert.projectTitle);
  return [
    kicker,
    block(cert.award ?? '', { face: 'serif', maxSize: 32, minSize: 16, maxLines: 2 }, ACCENT, 12),
    small(w.certificate.awardLead, 6),
    name,
    small(context, 10),
    small(w.certificate.awardEventLead, 4),
    eventName,
    small(whenWhere, 0),
  ];
}

function drawFrame(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc
    .lineWidth(1.6)
    .strokeColor(ACCENT)
    .rect(22, 22, PAGE.width - 44, PAGE.height - 44)
    .stroke();
  doc
    .lineWidth(0.5)
    .strokeColor(GOLD)
    .rect(29, 29, PAGE.width - 58, PAGE.height - 58)
    .stroke();
  doc.restore();
}

function drawHeader(doc: PDFKit.PDFDocument, input: CertificatesInput, logo: OpenedImage | null): void {
  if (logo) {
    drawImage(doc, logo, { x: PAGE.width / 2 - 110, y: 44, width: 220, height: 58 });
    return;
  }
  const organiser = input.event.organiser.toLocaleUpperCase(input.event.locale);
  const fit: FitRequest = { face: 'sansBold', maxSize: 11, minSize: 7, width: TEXT_WIDTH, maxLines: 1 };
  doc.fillColor(MUTED);
  drawFitted(doc, fitText(doc, organiser, fit), fit, TEXT_LEFT, 70);
}

function scaled(b: Block, factor: number): Block {
  const maxSize = b.fit.maxSize * factor;
  // The floor stays: below it text stops being readable, whatever the layout wants.
  return {
    ...b,
    fit: { ...b.fit, maxSize, minSize: Math.min(b.fit.minSize, maxSize) },
    gapAfter: b.gapAfter * factor,
  };
}

/**
 * Fits each block, then, when the stack is taller than the band (a long
 * name and a long project title together), shrinks the whole stack evenly
 * so the proportions of the design are kept.
 */
/** Templates of repeating blocks, keyed by what they draw. */
type BlockTemplates = Map<string, PageTemplate>;

function drawBlock(
  doc: PDFKit.PDFDocument,
  b: Block,
  f: FittedText,
  y: number,
  templates: BlockTemplates,
): void {
  if (!b.repeats) {
    doc.fillColor(b.color);
    drawFitted(doc, f, b.fit, TEXT_LEFT, y);
    return;
  }
  const key = `${b.fit.face}|${f.size}|${b.color}|${f.lines.join('\n')}`;
  let template = templates.get(key);
  if (!template) {
    template = recordTemplate(doc, () => {
      doc.fillColor(b.color);
      drawFitted(doc, f, b.fit, TEXT_LEFT, 0);
    });
    templates.set(key, template);
  }
  doc.save().translate(0, y);
  placeTemplate(doc, template);
  doc.restore();
}

/**
 * Fits each block, then, when the stack is taller than the band (a long
 * name and a long project title together), shrinks the whole stack evenly
 * so the proportions of the design are kept.
 */
function drawCentralText(doc: PDFKit.PDFDocument, original: Block[], templates: BlockTemplates): void {
  const room = BAND.bottom - BAND.top;
  let blocks = original;
  let fitted = blocks.map((b) => fitText(doc, b.text, b.fit));
  let total = stackHeight(blocks, fitted);
  for (let factor = 0.92; total > room && factor > 0.4; factor -= 0.08) {
    blocks = original.map((b) => scaled(b, factor));
    fitted = blocks.map((b) => fitText(doc, b.text, b.fit));
    total = stackHeight(blocks, fitted);
  }
  let y = BAND.top + Math.max(0, (room - total) / 2);
  blocks.forEach((b, i) => {
    const f = fitted[i];
    if (!f) return;
    drawBlock(doc, b, f, y, templates);
    y += f.height + b.gapAfter;
  });
}

function stackHeight(blocks: Block[], fitted: FittedText[]): number {
  return fitted.reduce(
    (sum, f, i) => sum + f.height + (i < blocks.length - 1 ? (blocks[i]?.gapAfter ?? 0) : 0),
    0,
  );
}

interface Signature {
  name: string;
  title: string;
  image: OpenedImage | null;
}

function drawSignatures(doc: PDFKit.PDFDocument, signatures: Signature[], doneAt: string): void {
  const left = 70;
  const right = 640;
  const doneFit: FitRequest = {
    face: 'sansItalic',
    maxSize: 11,
    minSize: 7,
    width: right - left,
    maxLines: 1,
  };
  doc.fillColor(INK);
  drawFitted(doc, fitText(doc, doneAt, doneFit), doneFit, left, 432, 'left');
  if (signatures.length === 0) return;
  const column = (right - left) / signatures.length;
  signatures.forEach((s, i) => {
    const x = left + i * column + 8;
    const width = column - 16;
    if (s.image) drawImage(doc, s.image, { x, y: 450, width, height: 42 });
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor(MUTED)
      .moveTo(x, 496)
      .lineTo(x + width, 496)
      .stroke()
      .restore();
    const nameFit: FitRequest = { face: 'sansBold', maxSize: 10, minSize: 7, width, maxLines: 1 };
    doc.fillColor(INK);
    drawFitted(doc, fitText(doc, s.name, nameFit), nameFit, x, 500);
    const titleFit: FitRequest = { face: 'sans', maxSize: 8.5, minSize: 6.5, width, maxLines: 2 };
    doc.fillColor(MUTED);
    drawFitted(doc, fitText(doc, s.title, titleFit), titleFit, x, 514);
  });
}

/** One line centred on `centre` without pdfkit's line wrapper (which costs more than the text itself). */
function centredLine(doc: PDFKit.PDFDocument, text: string, centre: number, y: number): void {
  doc.text(text, centre - doc.widthOfString(text) / 2, y, { lineBreak: false });
}

const QR = { centre: 730, top: 440, size: 64 };

function drawVerification(doc: PDFKit.PDFDocument, code: string): void {
  drawQrCode(doc, code, QR.centre - QR.size / 2, QR.top, QR.size);
  doc.fillColor(INK).font('sansBold').fontSize(9);
  centredLine(doc, code, QR.centre, 510);
}

function drawVerificationLabel(doc: PDFKit.PDFDocument, w: Wording): void {
  doc.fillColor(MUTED).font('sans').fontSize(7);
  centredLine(doc, w.certificate.verification, QR.centre, 522);
}

/**
 * Renders every planned certificate of `input` into one PDF, calling
 * `onProgress` after each page. `shouldStop` is asked before each
 * certificate: when it answers true, the document is ended properly (pdfkit
 * closes its compression streams; nothing is torn down mid-write) and the
 * batch stops with DocumentError 'documents.cancelled'.
 */
export async function renderCertificates(
  input: CertificatesInput,
  options: RenderOptions,
  onProgress?: ProgressHook,
  shouldStop?: () => boolean,
): Promise<Uint8Array> {
  const { event } = input;
  const w = wordingFor(event.locale);
  const certificates = planCertificates(input);
  if (certificates.length === 0) throw new DocumentError({ code: 'documents.nothingToRender' });
  const pdf = createPdf(
    {
      title: `${event.name} — ${input.which === 'awards' ? w.certificate.awardKicker : w.certificate.participationTitle}`,
      author: event.organiser,
      locale: event.locale,
      layout: 'landscape',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      bufferPages: false,
    },
    options,
  );
  const { doc } = pdf;
  const logo = event.logo ? openImage(doc, event.logo, 'event.logo') : null;
  const signatures: Signature[] = input.signatories.map((s, i) => ({
    name: s.name,
    title: s.title,
    image: s.signature ? openImage(doc, s.signature, `signatories[${i}].signature`) : null,
  }));
  const doneAt = w.certificate.doneAt(
    input.issuedAt ?? event.city,
    formatDate(input.issuedOn ?? event.endDate, event.locale),
  );

  let template: PageTemplate | null = null;
  const blockTemplates: BlockTemplates = new Map();
  for (const [i, cert] of certificates.entries()) {
    if (shouldStop?.()) {
      await pdf.finish();
      throw new DocumentError({ code: 'documents.cancelled' });
    }
    doc.addPage();
    // What every certificate of the batch shares is drawn once, as a template.
    template ??= recordTemplate(doc, () => {
      drawFrame(doc);
      drawHeader(doc, input, logo);
      drawSignatures(doc, signatures, doneAt);
      drawVerificationLabel(doc, w);
    });
    placeTemplate(doc, template);
    drawCentralText(doc, centralBlocks(cert, input, w), blockTemplates);
    drawVerification(doc, cert.code);
    onProgress?.(i + 1, certificates.length);
  }
  return pdf.finish();
}
