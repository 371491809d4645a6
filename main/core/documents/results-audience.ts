/**
 * The audience vote on the results sheet: ballots printed, used and voided,
 * the votes per team, the weight declared before voting opened and, with a
 * weight, the combined ranking; the vote log's chain head. Kept apart from
 * the jury's ranking, which it never changes. Its wording is here (fr/en) so
 * the jury's wording file stays as it is.
 */
import type { Locale } from '../../../common/domain';
import { num, type SheetContext, sectionTitle, teamOf } from './results-sections';
import { type Cell, drawTable } from './table';

function wording(locale: Locale) {
  const NBSP = '\u00a0';
  return locale === 'fr'
    ? {
        title: 'Prix du public',
        counts: (p: number, u: number, v: number) =>
          `Bulletins imprimés${NBSP}: ${p} · utilisés${NBSP}: ${u} · annulés${NBSP}: ${v}`,
        separate:
          'Aucun poids déclaré avant l’ouverture du vote : le prix du public est distinct du classement du jury.',
        weight: (w: string) =>
          `Poids du public déclaré avant l’ouverture du vote${NBSP}: ${w}${NBSP}%. Score combiné = (1 − poids) × total du jury + poids × barème × votes ÷ votes de l’équipe la plus votée.`,
        notFinal:
          'Le vote n’était pas clos définitivement lors de l’édition de ce document : aucun décompte.',
        team: 'Équipe',
        votes: 'Votes',
        rank: 'Rang',
        combined: 'Score combiné',
        log: (h: string) => `Journal des votes, empreinte SHA-256 du dernier événement${NBSP}: ${h}`,
      }
    : {
        title: 'Audience prize',
        counts: (p: number, u: number, v: number) => `Ballots printed: ${p} · used: ${u} · voided: ${v}`,
        separate:
          'No weight declared before voting opened: the audience prize is separate from the jury’s ranking.',
        weight: (w: string) =>
          `Audience weight declared before voting opened: ${w} %. Combined score = (1 − weight) × jury total + weight × scale × votes ÷ votes of the most-voted team.`,
        notFinal: 'Voting was not closed for good when this document was made: no tally.',
        team: 'Team',
        votes: 'Votes',
        rank: 'Rank',
        combined: 'Combined score',
        log: (h: string) => `Vote log, SHA-256 of its last event: ${h}`,
      };
}

export function drawAudience(ctx: SheetContext): void {
  const { doc, input } = ctx;
  const audience = input.audience;
  if (!audience) return;
  const words = wording(input.event.locale);
  sectionTitle(ctx, words.title);
  doc.font('sans').fontSize(9).fillColor('#1f2933');
  doc.text(words.counts(audience.printed, audience.used, audience.voided), ctx.left, doc.y, {
    width: ctx.width,
  });
  doc.text(
    audience.weight === null ? words.separate : words.weight(num(ctx, audience.weight * 100, 1, 0)),
    ctx.left,
    doc.y + 2,
    { width: ctx.width },
  );
  doc.y += 4;
  if (!audience.tally) {
    doc.text(words.notFinal, ctx.left, doc.y, { width: ctx.width });
  } else {
    const combined = new Map((audience.combined ?? []).map((c) => [c.teamId, c]));
    const withCombined = audience.combined !== null;
    const rows: Cell[][] = audience.tally.map((row, i) => {
      const team = teamOf(ctx, row.teamId, `audience.tally[${i}].teamId`);
      const cells: Cell[] = [{ text: team.name, sub: team.projectTitle }, String(row.votes)];
      if (withCombined) {
        const c = combined.get(row.teamId);
        cells.push(c?.rank === null || c?.rank === undefined ? '—' : String(c.rank));
        cells.push(num(ctx, c?.combined ?? null));
      }
      return cells;
    });
    const columns = [
      { header: words.team, width: ctx.width - (withCombined ? 230 : 80) },
      { header: words.votes, width: 80, align: 'right' as const },
      ...(withCombined
        ? [
            { header: words.rank, width: 60, align: 'right' as const },
            { header: words.combined, width: 90, align: 'right' as const },
          ]
        : []),
    ];
    drawTable(doc, columns, rows, { x: ctx.left, fontSize: 9 });
  }
  if (audience.logHead) {
    doc.font('sans').fontSize(7.5).fillColor('#52606d');
    doc.text(words.log(audience.logHead), ctx.left, doc.y + 4, { width: ctx.width });
  }
}
