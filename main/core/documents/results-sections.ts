/**
 * The sections of the results sheet (the jury's minutes), each drawn in the
 * flow from doc.y. Numbers are formatted per locale; the arithmetic was done
 * by the ranking, this module only prints it.
 */
import type { Criterion, Team } from '../../../common/domain';
import { effectiveWeights, weightsInProportion } from '../../../common/setup-checks';
import { DocumentError } from './errors';
import { formatDuration, formatNumber, formatPercent } from './locale-format';
import { type Cell, type Column, drawTable } from './table';
import type { ResultsSheetInput, TieBreakStep } from './types';
import type { Wording } from './wording';

export interface SheetContext {
  doc: PDFKit.PDFDocument;
  input: ResultsSheetInput;
  w: Wording;
  left: number;
  width: number;
}

export const INK = '#1f2933';
export const MUTED = '#52606d';
const ACCENT = '#1d3557';

export function teamOf(ctx: SheetContext, teamId: number, field: string): Team {
  const team = ctx.input.teams.find((t) => t.id === teamId);
  if (!team) throw new DocumentError({ code: 'documents.unknownReference', field, id: teamId });
  return team;
}

export function criterionCode(index: number): string {
  return `C${index + 1}`;
}

export function num(
  ctx: SheetContext,
  value: number | null | undefined,
  decimals = 2,
  minDecimals = decimals,
): string {
  return value === null || value === undefined
    ? '—'
    : formatNumber(value, ctx.input.event.locale, decimals, minDecimals);
}

/** Starts a section, on a new page when fewer than `keep` points are left for it. */
export function sectionTitle(ctx: SheetContext, title: string, keep = 90): void {
  const { doc } = ctx;
  if (doc.y + keep > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.y += 10;
  doc.font('serifBold').fontSize(13).fillColor(ACCENT).text(title, ctx.left, doc.y, { width: ctx.width });
  doc.y += 4;
}

function distribute(ctx: SheetContext, fixed: Omit<Column, 'width'>[], widths: (number | null)[]): Column[] {
  const used = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const flexible = widths.filter((w) => w === null).length;
  const share = flexible > 0 ? (ctx.width - used) / flexible : 0;
  return fixed.map((c, i) => ({ ...c, width: widths[i] ?? share }));
}

export function drawJury(ctx: SheetContext): void {
  const { input, w } = ctx;
  sectionTitle(ctx, w.results.jury);
  const recusedTeams = (jurorId: number) =>
    input.recusals
      .filter((r) => r.jurorId === jurorId)
      .map((r) => {
        const team = teamOf(ctx, r.teamId, 'recusals.teamId').name;
        return r.reason ? `${team} (${r.reason})` : team;
      })
      .join(' ; ') || '—';
  const rows: Cell[][] = input.jurors.map((j) => [
    { text: j.name, face: 'sansBold' },
    j.title,
    j.id === input.chair.jurorId ? w.results.chairRole : w.results.memberRole,
    recusedTeams(j.id),
  ]);
  if (input.chair.jurorId === null) {
    rows.unshift([{ text: input.chair.name, face: 'sansBold' }, input.chair.title, w.results.chairRole, '—']);
  }
  const columns = distribute(
    ctx,
    [
      { header: w.results.name },
      { header: w.results.titleColumn },
      { header: w.results.role },
      { header: w.results.recusals },
    ],
    [120, null, 85, 130],
  );
  drawTable(ctx.doc, columns, rows, { x: ctx.left, fontSize: 8.5 });
}

function scaleText(ctx: SheetContext, c: Criterion): string {
  const n = (v: number) => formatNumber(v, ctx.input.event.locale, 2);
  return ctx.w.results.scale(n(c.min), n(c.max), c.step === 1 ? null : n(c.step));
}

export function drawCriteria(ctx: SheetContext): void {
  const { input, w } = ctx;
  sectionTitle(ctx, w.results.criteria);
  // Weights that do not add up to 100 are used in proportion: print what each one really counts for.
  const proportional = weightsInProportion(input.criteria);
  const rows: Cell[][] = effectiveWeights(input.criteria).map((c, i) => [
    { text: criterionCode(i), face: 'sansBold' },
    { text: c.name, sub: c.description || undefined, face: 'sansBold' },
    formatPercent(c.weight, input.event.locale),
    ...(proportional
      ? [
          {
            text: formatPercent(Math.round(c.effective * 10) / 10, input.event.locale),
            face: 'sansBold' as const,
          },
        ]
      : []),
    scaleText(ctx, c),
  ]);
  const columns = distribute(
    ctx,
    [
      { header: w.results.code },
      { header: w.results.criterion },
      { header: w.results.weight, align: 'right' },
      ...(proportional ? [{ header: w.results.effectiveWeight, align: 'right' as const }] : []),
      { header: w.results.scaleColumn },
    ],
    [40, null, 55, ...(proportional ? [70] : []), 150],
  );
  drawTable(ctx.doc, columns, rows, { x: ctx.left, fontSize: 8.5 });
  if (proportional) {
    const total = formatNumber(
      input.criteria.reduce((sum, c) => sum + c.weight, 0),
      input.event.locale,
      2,
    );
    ctx.doc
      .font('sansItalic')
      .fontSize(8)
      .fillColor(MUTED)
      .text(w.results.weightsInProportion(total), ctx.left, ctx.doc.y + 3, { width: ctx.width });
  }
}

function stepText(ctx: SheetContext, step: TieBreakStep): string {
  const { w, input } = ctx;
  if (step.kind === 'first_places') return w.results.tieBreakFirstPlaces;
  if (step.kind === 'head_to_head') return w.results.tieBreakHeadToHead;
  if (step.kind === 'chair_decision') return w.results.tieBreakChair;
  const criterion = input.criteria.find((c) => c.id === step.criterionId);
  if (!criterion)
    throw new DocumentError({ code: 'documents.unknownReference', field: 'tieBreak', id: step.criterionId });
  return w.results.tieBreakCriterion(criterion.name);
}

function tieBreakText(ctx: SheetContext, steps: TieBreakStep[]): string {
  const { w, input } = ctx;
  if (steps.length === 0) return w.results.tieBreakNone;
  return steps
    .map((step) => {
      if (step.kind === 'first_places') return w.results.tieBreakFirstPlaces;
      if (step.kind === 'head_to_head') return w.results.tieBreakHeadToHead;
      if (step.kind === 'chair_decision') return w.results.tieBreakChair;
      const criterion = input.criteria.find((c) => c.id === step.criterionId);
      if (!criterion)
        throw new DocumentError({
          code: 'documents.unknownReference',
          field: 'tieBreak',
          id: step.criterionId,
        });
      return w.results.tieBreakCriterion(criterion.name);
    })
    .join(w.results.tieBreakJoin);
}

export function drawMethod(ctx: SheetContext): void {
  const { doc, input, w } = ctx;
  sectionTitle(ctx, w.results.method);
  const aggregation =
    'text' in input.aggregation ? input.aggregation.text : w.results.aggregation[input.aggregation.method];
  const tieBreak = 'text' in input.tieBreak ? input.tieBreak.text : tieBreakText(ctx, input.tieBreak.steps);
  const penalty = input.overtimePenalty
    ? w.results.penaltyRule(input.overtimePenalty.pointsPerStarted30s)
    : w.results.penaltyNone;
  const sheets = input.sheets ? w.results.sheetsReceived(input.sheets.received, input.sheets.expected) : null;
  for (const [label, text] of [
    [w.results.aggregationLabel, aggregation],
    [w.results.tieBreakLabel, tieBreak],
    [w.results.penaltyLabel, penalty],
    ...(sheets ? ([[w.results.sheetsLabel, sheets]] as const) : []),
  ] as const) {
    doc
      .font('sansBold')
      .fontSize(9)
      .fillColor(INK)
      .text(`${w.label(label)} `, ctx.left, doc.y, { width: ctx.width, continued: true });
    doc.font('sans').text(text);
    doc.y += 3;
  }
}

function rankLabel(rank: number, tied: boolean): string {
  return tied ? `${rank}=` : String(rank);
}

export function drawRanking(ctx: SheetContext): void {
  const { input, w } = ctx;
  sectionTitle(ctx, w.results.ranking);
  const rows: Cell[][] = input.ranking.map((r, i) => {
    const team = teamOf(ctx, r.teamId, `ranking[${i}].teamId`);
    // A row whose place was decided by a tie-break says which rule decided it.
    const decided = r.decidedBy ? w.results.decidedBy(stepText(ctx, r.decidedBy)) : null;
    const sub = [team.projectTitle, decided].filter((s) => s).join(' — ') || undefined;
    return [
      { text: rankLabel(r.rank, r.tied), face: 'sansBold' },
      { text: team.name, sub, face: 'sansBold' },
      { text: num(ctx, r.total), face: 'sansBold' },
      r.timeUsedMs === null ? '—' : formatDuration(r.timeUsedMs),
      r.overtimeMs ? formatDuration(r.overtimeMs, true) : '—',
      r.penalty ? num(ctx, -r.penalty, 2, 0) : '—',
    ];
  });
  const columns = distribute(
    ctx,
    [
      { header: w.results.rank },
      { header: `${w.results.team} / ${w.results.project}` },
      { header: w.results.total(input.event.scaleMax), align: 'right' },
      { header: w.results.time, align: 'right' },
      { header: w.results.overtime, align: 'right' },
      { header: w.results.penalty, align: 'right' },
    ],
    [40, null, 62, 48, 68, 56],
  );
  drawTable(ctx.doc, columns, rows, { x: ctx.left, fontSize: 9 });
  if (input.ranking.some((r) => r.tied)) {
    ctx.doc
      .font('sansItalic')
      .fontSize(8)
      .fillColor(MUTED)
      .text(w.results.tiedLegend, ctx.left, ctx.doc.y + 3);
  }
}

export function criteriaColumns(
  ctx: SheetContext,
  first: Omit<Column, 'width'>[],
  firstWidths: (number | null)[],
): Column[] {
  const { input, w } = ctx;
  const codes = input.criteria.map(
    (_, i): Omit<Column, 'width'> => ({ header: criterionCode(i), align: 'right' }),
  );
  return distribute(
    ctx,
    [...first, ...codes, { header: w.results.total(input.event.scaleMax), align: 'right' }],
    [...firstWidths, ...codes.map(() => 42), 60],
  );
}

export function drawAverages(ctx: SheetContext): void {
  const { input, w } = ctx;
  sectionTitle(ctx, w.results.averages);
  const rows: Cell[][] = input.ranking.map((r, i) => [
    rankLabel(r.rank, r.tied),
    teamOf(ctx, r.teamId, `ranking[${i}].teamId`).name,
    ...input.criteria.map((c) => num(ctx, r.criterionAverages[c.id])),
    { text: num(ctx, r.total), face: 'sansBold' },
  ]);
  const columns = criteriaColumns(ctx, [{ header: w.results.rank }, { header: w.results.team }], [40, null]);
  drawTable(ctx.doc, columns, rows, { x: ctx.left, fontSize: 8.5 });
}

export function drawAwards(ctx: SheetContext): void {
  const { input, w } = ctx;
  if (input.awards.length === 0) return;
  sectionTitle(ctx, w.results.awards);
  const rows: Cell[][] = input.awards.map((a, i) => {
    const team = teamOf(ctx, a.teamId, `awards[${i}].teamId`);
    return [
      { text: a.name, face: 'sansBold' },
      { text: team.name, sub: team.projectTitle },
    ];
  });
  const columns = distribute(
    ctx,
    [{ header: w.results.award }, { header: `${w.results.team} / ${w.results.project}` }],
    [170, null],
  );
  drawTable(ctx.doc, columns, rows, { x: ctx.left, fontSize: 9 });
}
