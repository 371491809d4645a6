/**
 * The results sheet's "Declarations of interest" section (issue 16): each
 * juror, when and how they declared (themselves, or the chair from a paper
 * form), the links declared in their words, and whether they are recused for
 * each of those teams. Drawn only when the input carries declarations, so a
 * sheet of an event that never used them is unchanged.
 */
import { translate } from '../../../common/i18n';
import { formatTimestamp } from './locale-format';
import { type SheetContext, sectionTitle, teamOf } from './results-sections';
import { type Cell, drawTable } from './table';

export function drawDeclarations(ctx: SheetContext): void {
  const { input } = ctx;
  const declarations = input.declarations;
  if (!declarations) return;
  const { locale } = input.event;
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string> = {}) =>
    translate(locale, key, params);
  sectionTitle(ctx, t('declarations.sheet.title'));
  const recused = new Set(input.recusals.map((r) => `${r.jurorId}:${r.teamId}`));
  const rows: Cell[][] = input.jurors.map((juror) => {
    const declaration = declarations.find((d) => d.jurorId === juror.id);
    if (!declaration) return [{ text: juror.name, face: 'sansBold' }, t('declarations.sheet.missing'), '—'];
    const when = formatTimestamp(declaration.atUtc, locale, input.timeZone);
    const links =
      declaration.links.length === 0
        ? t('declarations.sheet.noLink')
        : declaration.links
            .map((link) => {
              const team = teamOf(ctx, link.teamId, 'declarations.links.teamId').name;
              const status = recused.has(`${juror.id}:${link.teamId}`)
                ? t('declarations.sheet.recused')
                : t('declarations.sheet.notRecused');
              return `${team} (${link.detail}) — ${status}`;
            })
            .join(' ; ');
    return [
      { text: juror.name, face: 'sansBold' },
      {
        text: when,
        sub: declaration.byChair ? t('declarations.sheet.byChair') : t('declarations.sheet.byJuror'),
      },
      links,
    ];
  });
  drawTable(
    ctx.doc,
    [
      { header: t('declarations.sheet.juror'), width: 120 },
      { header: t('declarations.sheet.declaredAt'), width: 130 },
      { header: t('declarations.sheet.links'), width: ctx.width - 250 },
    ],
    rows,
    { x: ctx.left, fontSize: 8.5 },
  );
}
