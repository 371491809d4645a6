/**
 * The results sheet's "Rooms" section (issue 15), on the head laptop: each
 * room of the preliminaries, its jury, when its room result was merged (or
 * that it was not received), the finalist rule when one was recorded, and
 * the final's room (its own jury, its running order, its merge).
 * Drawn only when the input carries rooms, so other sheets are unchanged.
 */
import { type MessageParams, translate } from '../../../common/i18n';
import { formatTimestamp } from './locale-format';
import { type SheetContext, sectionTitle } from './results-sections';
import { type Cell, drawTable } from './table';
import type { FinalRoomSummary, RoomsSummary } from './types';

const MUTED = '#52606d';

/** The sheet's language: its messages and its timestamps. */
function wording(ctx: SheetContext) {
  const { locale } = ctx.input.event;
  return {
    t: (key: Parameters<typeof translate>[1], params: MessageParams = {}) => translate(locale, key, params),
    at: (iso: string) => formatTimestamp(iso, locale, ctx.input.timeZone),
  };
}

export function drawRooms(ctx: SheetContext): void {
  const summary = ctx.input.rooms;
  if (!summary) return;
  const { t } = wording(ctx);
  sectionTitle(ctx, t('roomDocs.results.title'));
  if (summary.rooms.length > 0) drawRoomTable(ctx, summary.rooms);
  drawRule(ctx, summary.finalistRule);
  if (summary.final) drawFinal(ctx, summary.final);
}

function drawRoomTable(ctx: SheetContext, rooms: RoomsSummary['rooms']): void {
  const { doc } = ctx;
  const { t, at } = wording(ctx);
  const rows: Cell[][] = rooms.map((room) => [
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
}

function drawRule(ctx: SheetContext, rule: RoomsSummary['finalistRule']): void {
  if (!rule) return;
  const { doc } = ctx;
  const { t, at } = wording(ctx);
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

/** The final's room: its name, ITS jury (not the preliminaries'), its running order, its merge. */
function drawFinal(ctx: SheetContext, final: FinalRoomSummary): void {
  const { doc } = ctx;
  const { t, at } = wording(ctx);
  sectionTitle(ctx, t('finalDocs.title', { room: final.name }), 60 + 14 * final.order.length);
  doc
    .font('sans')
    .fontSize(10)
    .fillColor('#1f2933')
    .text(
      final.jurors.length > 0
        ? t('finalDocs.jury', { jurors: final.jurors.join(', ') })
        : t('finalDocs.noJury'),
      ctx.left,
      doc.y,
      { width: ctx.width },
    );
  const seed = final.drawSeed === null ? '' : t('finalDocs.seed', { seed: final.drawSeed });
  doc.moveDown(0.3).text(t('finalDocs.order', { seed }), { width: ctx.width });
  final.order.forEach((team, i) => {
    doc.text(`${i + 1}. ${team}`, ctx.left + 12, doc.y, { width: ctx.width - 12 });
  });
  doc
    .moveDown(0.3)
    .font('sans')
    .fontSize(9)
    .fillColor(MUTED)
    .text(
      final.merged
        ? t('finalDocs.merged', {
            at: at(final.merged.atUtc),
            laptop: final.merged.laptop,
          })
        : t('finalDocs.notReceived'),
      ctx.left,
      doc.y,
      { width: ctx.width },
    );
}
