/**
 * The end of the results sheet: the signature boxes of the jury (chair
 * first) and the annex with every juror's raw scores, recusals marked.
 */

import { criteriaColumns, INK, MUTED, num, type SheetContext, sectionTitle } from './results-sections';
import { type Cell, drawTable } from './table';

const SHADE = '#f3f4f6';

export function drawAnnex(ctx: SheetContext): void {
  const { doc, input, w } = ctx;
  doc.addPage();
  sectionTitle(ctx, w.results.annex);
  const teams = [...input.teams].sort((a, b) => a.position - b.position);
  input.jurors.forEach((juror) => {
    if (doc.y + 80 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.y += 6;
    doc.font('sansBold').fontSize(10).fillColor(INK).text(juror.name, ctx.left, doc.y, { continued: true });
    doc
      .font('sans')
      .fillColor(MUTED)
      .text(juror.title ? ` — ${juror.title}` : '');
    doc.y += 2;
    const recused = new Set(input.recusals.filter((r) => r.jurorId === juror.id).map((r) => r.teamId));
    const rows: Cell[][] = teams.map((team) => {
      if (recused.has(team.id)) {
        return [
          team.name,
          ...input.criteria.map(() => ''),
          { text: w.results.recused, face: 'sansItalic', color: MUTED },
        ];
      }
      const sheet = input.jurorScores.find((s) => s.jurorId === juror.id && s.teamId === team.id);
      return [
        team.name,
        ...input.criteria.map((c) => num(ctx, sheet?.scores[c.id], 2, 0)),
        { text: num(ctx, sheet?.total), face: 'sansBold' },
      ];
    });
    const columns = criteriaColumns(ctx, [{ header: w.results.team }], [null]);
    drawTable(doc, columns, rows, {
      x: ctx.left,
      fontSize: 8.5,
      shade: (i) => (recused.has(teams[i]?.id ?? -1) ? SHADE : null),
    });
  });
}

export function drawSignatures(ctx: SheetContext): void {
  const { doc, input, w } = ctx;
  const people = input.jurors.map((j) => ({
    role: j.id === input.chair.jurorId ? w.results.chairRole : w.results.memberRole,
    name: j.name,
    title: j.title,
    chair: j.id === input.chair.jurorId,
  }));
  if (input.chair.jurorId === null) {
    people.push({ role: w.results.chairRole, name: input.chair.name, title: input.chair.title, chair: true });
  }
  people.sort((a, b) => Number(b.chair) - Number(a.chair));
  const boxHeight = 86;
  sectionTitle(ctx, w.results.signatures, 20 + boxHeight);
  const columnWidth = (ctx.width - 16) / 2;
  for (let i = 0; i < people.length; i += 2) {
    if (doc.y + boxHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    people.slice(i, i + 2).forEach((p, k) => {
      const x = ctx.left + k * (columnWidth + 16);
      doc
        .save()
        .lineWidth(0.5)
        .strokeColor('#c5cdd6')
        .rect(x, y, columnWidth, boxHeight - 8)
        .stroke()
        .restore();
      doc
        .font('sans')
        .fontSize(7.5)
        .fillColor(MUTED)
        .text(p.role.toLocaleUpperCase(input.event.locale), x + 6, y + 5, { width: columnWidth - 12 });
      doc
        .font('sansBold')
        .fontSize(9.5)
        .fillColor(INK)
        .text(p.name, x + 6, doc.y + 1, { width: columnWidth - 12 });
      doc
        .font('sans')
        .fontSize(8)
        .fillColor(MUTED)
        .text(p.title, x + 6, doc.y, { width: columnWidth - 12, height: 24, ellipsis: true });
    });
    doc.y = y + boxHeight;
  }
}
