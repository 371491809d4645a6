/**
 * Paper scoring forms: one form per juror (A4 landscape), teams in running
 * order down the side, criteria with their weight and scale across, tall
 * rows to write in and a comment column. A form continues on another page
 * only when there are too many teams for one.
 */
import type { Juror, Team } from '../../../common/domain';
import { DocumentError } from './errors';
import { formatDateSpan, formatNumber, formatPercent } from './locale-format';
import { createPdf, inFooterArea } from './pdf-base';
import { type Cell, type Column, drawTable } from './table';
import type { RenderOptions, ScoringFormsInput } from './types';
import { type Wording, wordingFor } from './wording';

const MARGIN = { top: 36, bottom: 40, left: 36, right: 36 };
const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#1d3557';
const SHADE = '#eceff3';

function teamsInOrder(input: ScoringFormsInput): Team[] {
  return input.order.map((teamId, i) => {
    const team = input.teams.find((t) => t.id === teamId);
    if (!team)
      throw new DocumentError({ code: 'documents.unknownReference', field: `order[${i}]`, id: teamId });
    return team;
  });
}

function drawFormHeader(
  doc: PDFKit.PDFDocument,
  input: ScoringFormsInput,
  juror: Juror,
  w: Wording,
  continued: boolean,
): void {
  const { event } = input;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const half = width / 2;
  const top = MARGIN.top;
  const title = continued ? `${w.forms.title} ${w.forms.continued}` : w.forms.title;
  doc.font('serifBold').fontSize(17).fillColor(ACCENT).text(title, MARGIN.left, top, { width: half });
  doc
    .font('sansBold')
    .fontSize(10)
    .fillColor(INK)
    .text(event.name, MARGIN.left, doc.y + 1, { width: half });
  doc
    .font('sans')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(formatDateSpan(event.startDate, event.endDate, event.locale), { width: half });
  const leftBottom = doc.y;
  doc
    .font('sans')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(w.forms.juror.toLocaleUpperCase(event.locale), MARGIN.left + half, top, {
      width: half,
      align: 'right',
    });
  doc
    .font('sansBold')
    .fontSize(14)
    .fillColor(INK)
    .text(juror.name, MARGIN.left + half, doc.y, { width: half, align: 'right' });
  doc
    .font('sans')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(juror.title, MARGIN.left + half, doc.y, { width: half, align: 'right' });
  doc.y = Math.max(leftBottom, doc.y) + 10;
}

function columnsFor(input: ScoringFormsInput, w: Wording, width: number): Column[] {
  const { locale } = input.event;
  const n = (v: number) => formatNumber(v, locale, 2);
  const numberWidth = 30;
  const teamWidth = 180;
  const criterionWidth = Math.max(
    46,
    Math.min(92, (width - numberWidth - teamWidth - 170) / Math.max(1, input.criteria.length)),
  );
  const criteria = input.criteria.map(
    (c): Column => ({
      header: c.name,
      headerSub: `${formatPercent(c.weight, locale)} · ${n(c.min)}–${n(c.max)}`,
      width: criterionWidth,
      align: 'center',
    }),
  );
  const comments = width - numberWidth - teamWidth - criterionWidth * criteria.length;
  return [
    { header: w.forms.number, width: numberWidth },
    { header: w.forms.teamProject, width: teamWidth },
    ...criteria,
    { header: w.forms.comments, width: comments },
  ];
}

function drawLevels(doc: PDFKit.PDFDocument, input: ScoringFormsInput, w: Wording, width: number): void {
  const described = input.criteria.filter((c) => c.levels.length > 0);
  if (described.length === 0) return;
  const { locale } = input.event;
  const lines = described.map((c) => {
    const levels = c.levels.map((l) => `${formatNumber(l.value, locale, 2)} = ${l.label}`).join(' · ');
    return { name: c.name, levels };
  });
  doc.font('sans').fontSize(7.5);
  const needed = 14 + lines.length * doc.currentLineHeight(true) * 1.5;
  if (doc.y + needed > doc.page.height - MARGIN.bottom - 30) return;
  doc.y += 6;
  doc.font('sansBold').fontSize(8).fillColor(INK).text(w.forms.levels, MARGIN.left, doc.y, { width });
  for (const line of lines) {
    doc
      .font('sansBold')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(`${w.label(line.name)} `, MARGIN.left, doc.y, { width, continued: true });
    doc.font('sans').text(line.levels);
  }
}

function drawSignatureLine(doc: PDFKit.PDFDocument, w: Wording): void {
  const y = doc.page.height - MARGIN.bottom - 4;
  const x = doc.page.width - MARGIN.right - 320;
  inFooterArea(doc, () => {
    doc
      .font('sans')
      .fontSize(9)
      .fillColor(INK)
      .text(w.forms.signature, x, y - 12, { width: 130, lineBreak: false });
  });
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor(MUTED)
    .moveTo(x + 130, y)
    .lineTo(doc.page.width - MARGIN.right, y)
    .stroke()
    .restore();
}

/** Rows share the page's height (up to a comfortable maximum), so a short list still gets room to write. */
function rowHeightFor(doc: PDFKit.PDFDocument, teamCount: number): number {
  const available = doc.page.height - MARGIN.bottom - 30 - doc.y - 40;
  return Math.min(64, Math.max(34, available / Math.max(1, teamCount)));
}

export async function renderScoringForms(
  input: ScoringFormsInput,
  options: RenderOptions,
): Promise<Uint8Array> {
  const w = wordingFor(input.event.locale);
  const teams = teamsInOrder(input);
  if (input.jurors.length === 0) throw new DocumentError({ code: 'documents.nothingToRender' });
  const pdf = createPdf(
    {
      title: `${input.event.name} — ${w.forms.title}`,
      author: input.event.organiser,
      locale: input.event.locale,
      layout: 'landscape',
      margins: { ...MARGIN, bottom: MARGIN.bottom + 30 },
      bufferPages: false,
    },
    options,
  );
  const { doc } = pdf;
  for (const juror of input.jurors) {
    doc.addPage();
    drawFormHeader(doc, input, juror, w, false);
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    const recused = new Set(input.recusals.filter((r) => r.jurorId === juror.id).map((r) => r.teamId));
    const rows: Cell[][] = teams.map((team, i) => [
      { text: String(i + 1), face: 'sansBold' },
      { text: team.name, sub: team.projectTitle, face: 'sansBold' },
      ...input.criteria.map(() => ''),
      recused.has(team.id) ? { text: w.forms.recusedRow, face: 'sansItalic', color: MUTED } : '',
    ]);
    drawTable(doc, columnsFor(input, w, width), rows, {
      x: MARGIN.left,
      fontSize: 9,
      minRowHeight: rowHeightFor(doc, teams.length),
      grid: true,
      shade: (i) => (recused.has(teams[i]?.id ?? -1) ? SHADE : null),
      onPageBreak: () => drawFormHeader(doc, input, juror, w, true),
    });
    drawLevels(doc, input, w, width);
    drawSignatureLine(doc, w);
  }
  return pdf.finish();
}
