/**
 * The results sheet's "Rooms" section (issue 15), on the head laptop: each
 * room of the preliminaries, its jury, when its room result was merged (or
 * that it was not received), and the finalist rule when one was recorded.
 * Drawn only when the input carries rooms, so other sheets are unchanged.
 */
import { type MessageParams, translate } from '../../../common/i18n';
import { formatTimestamp } from './locale-format';
import { type SheetContext, sectionTitle } from './results-sections';
import { type Cell, drawTable } from './table';

const MUTED = '#52606d';

export function drawRooms(ctx: SheetContext): void {
  const { input, doc } = ctx;
  const summary = input.rooms;
  if (!summary) return;
  const { locale } = input.event;
  const t = (key: Parameters<typeof translate>[1], params: MessageParams = {}) =>
    translate(locale, key, params);
  const at = (iso: string) => formatTimestamp(iso, locale, input.timeZone);
  sectionTitle(ctx, t('roomDocs.results.title'));
  const rows: Cell[][] = summary.rooms.map((room) => [
    { text: room.name, face: 'sansBold' },
    room.jurors.join(', ') || '—',
    room.merged
      ? t('roomDocs.results.mergedAt', { at: at(room.merged.atUtc), laptop: room.merged.laptop })
      : { text: t('roomDocs.results.notReceived'), face: 'sansItalic', color: MUTED },
  ]);
  drawTable(
    doc,
    [
      { header: t('roomDocs.results.room'), width: 110 },
      { header: t('roomDocs.results.jury'), width: ctx.width - 110 - 170 },
      { header: t('roomDocs.results.merged'), width: 170 },
    ],
    rows,
    { x: ctx.left, fontSize: 9 },
  );
  const rule = summary.finalistRule;
  if (!rule) return;
  sectionTitle(ctx, t('roomDocs.results.rule'), 60);
  const stated =
    rule.kind === 'chairSelection'
      ? t('roomDocs.rule.chairSelection', { reason: rule.reason })
      : t(rule.kind === 'topPerPool' ? 'roomDocs.rule.topPerPool' : 'roomDocs.rule.topOverall', {
          // A number, so the message picks its plural ("La première équipe", "Les 2 premières équipes").
          n: rule.n,
        });
  doc.font('sans').fontSize(10).fillColor('#1f2933').text(stated, ctx.left, doc.y, { width: ctx.width });
  doc
    .font('sans')
    .fontSize(9)
    .fillColor(MUTED)
    .text(
      t('roomDocs.rule.recorded', { at: at(rule.decidedAtUtc), finalists: rule.finalists.join(', ') || '—' }),
      { width: ctx.width },
    );
}
