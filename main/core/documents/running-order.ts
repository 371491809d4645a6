/**
 * The running order, for posting at the venue: large type, estimated slots,
 * absent and withdrawn teams greyed with their status. `estimateSlots`
 * builds the slots from a start time for callers that have no schedule yet.
 */
import type { TimerDefaults } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import { DocumentError } from './errors';
import { formatClock, formatDateSpan, formatTimestamp } from './locale-format';
import { createPdf, decoratePages } from './pdf-base';
import { type Cell, drawTable } from './table';
import type { RenderOptions, RunningOrderInput, RunningSlot } from './types';
import { wordingFor } from './wording';

const MARGIN = { top: 50, bottom: 70, left: 50, right: 50 };
const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#1d3557';
const SHADE = '#eceff3';

/** Back-to-back slots of changeover + pitch + Q&A from `sessionStart` (ISO instant). */
export function estimateSlots(
  sessionStart: string,
  teamIds: readonly number[],
  timer: TimerDefaults,
): RunningSlot[] {
  const start = new Date(sessionStart).getTime();
  const slotMs = timer.pitchMs + timer.qaMs;
  const stepMs = slotMs + timer.changeoverMs;
  return teamIds.map((teamId, i) => ({
    teamId,
    startsAt: new Date(start + i * stepMs).toISOString(),
    endsAt: new Date(start + i * stepMs + slotMs).toISOString(),
    status: 'planned',
  }));
}

export async function renderRunningOrder(
  input: RunningOrderInput,
  options: RenderOptions,
): Promise<Uint8Array> {
  const { event } = input;
  const w = wordingFor(event.locale);
  if (input.slots.length === 0) throw new DocumentError({ code: 'documents.nothingToRender' });
  const pdf = createPdf(
    {
      title: `${event.name} — ${w.order.title}`,
      author: event.organiser,
      locale: event.locale,
      layout: 'portrait',
      margins: MARGIN,
      bufferPages: true,
    },
    options,
  );
  const { doc } = pdf;
  // Set with the first page (pdfkit has no page before it): every page has the same size.
  let width = 0;
  const drawHeader = () => {
    doc.addPage();
    width = doc.page.width - MARGIN.left - MARGIN.right;
    doc
      .font('serifBold')
      .fontSize(28)
      .fillColor(ACCENT)
      .text(w.order.title, MARGIN.left, MARGIN.top, { width });
    doc.font('sansBold').fontSize(14).fillColor(INK).text(event.name, { width });
    const when = formatDateSpan(event.startDate, event.endDate, event.locale);
    const place = [event.venue, event.city].filter((s) => s.trim() !== '').join(', ');
    doc
      .font('sans')
      .fontSize(11)
      .fillColor(MUTED)
      .text(place ? `${when} · ${place}` : when, { width });
    doc.y += 14;
  };

  const clock = (iso: string) => formatClock(iso, event.locale, input.timeZone);
  // Every line says where the team stands; an empty cell read as "unknown" on the posted sheet.
  const statusText = (slot: RunningSlot) => w.order[slot.status];
  const isInactive = (slot: RunningSlot | undefined) =>
    slot?.status === 'absent' || slot?.status === 'withdrawn';
  const drawSlots = (slots: RunningSlot[], field: string) => {
    const rows: Cell[][] = slots.map((slot, i) => {
      const team = input.teams.find((t) => t.id === slot.teamId);
      if (!team)
        throw new DocumentError({
          code: 'documents.unknownReference',
          field: `${field}[${i}].teamId`,
          id: slot.teamId,
        });
      const inactive = isInactive(slot);
      return [
        { text: String(i + 1), face: 'sansBold' },
        {
          text: `${clock(slot.startsAt)} – ${clock(slot.endsAt)}`,
          face: inactive ? 'sans' : 'sansBold',
          color: inactive ? MUTED : INK,
        },
        { text: team.name, sub: team.projectTitle, face: 'sansBold', color: inactive ? MUTED : INK },
        { text: statusText(slot), face: 'sansItalic', color: MUTED },
      ];
    });
    drawTable(
      doc,
      [
        { header: w.forms.number, width: 36 },
        { header: w.order.slot, width: 120 },
        { header: `${w.results.team} / ${w.results.project}`, width: width - 36 - 120 - 80 },
        { header: w.order.status, width: 80 },
      ],
      rows,
      {
        x: MARGIN.left,
        fontSize: 12,
        minRowHeight: 30,
        shade: (i) => (isInactive(slots[i]) ? SHADE : null),
      },
    );
  };

  if (input.rooms === undefined) {
    drawHeader();
    drawSlots(input.slots, 'slots');
  } else {
    // One section per room, each from a new page: a room's order is posted at its door.
    input.rooms.forEach((room, r) => {
      drawHeader();
      doc.font('serifBold').fontSize(22).fillColor(INK).text(room.name, MARGIN.left, doc.y, { width });
      if (room.jurors.length > 0)
        doc
          .font('sans')
          .fontSize(11)
          .fillColor(MUTED)
          .text(translate(event.locale, 'roomDocs.order.jury', { jurors: room.jurors.join(', ') }), {
            width,
          });
      doc.y += 10;
      drawSlots(room.slots, `rooms[${r}].slots`);
    });
  }

  decoratePages(doc, (index, count) => {
    const y = doc.page.height - 50;
    doc
      .font('sansItalic')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(w.order.note, MARGIN.left, y, { width, lineBreak: false });
    doc
      .font('sans')
      .fontSize(8)
      .text(
        w.order.updated(formatTimestamp(input.generatedAt, event.locale, input.timeZone)),
        MARGIN.left,
        y + 12,
        {
          width,
          lineBreak: false,
        },
      );
    doc.font('sansBold').text(w.results.page(index + 1, count), MARGIN.left, y + 12, {
      width,
      align: 'right',
      lineBreak: false,
    });
  });
  return pdf.finish();
}
