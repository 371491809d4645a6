/**
 * What a juror's phone shows of its form while some of its writes have not
 * reached the laptop yet (offline, or just sent): the laptop's last answer
 * with those writes applied on top, in the order they were made. A reload
 * without network then still shows every score typed, and a draft sent a
 * moment ago is not shown reverted by a read that crossed it.
 */
import type { JurorForm, SheetView } from '../../../common/contract/scoring';
import type { OutboxEntry } from './outbox';

interface WriteInput {
  teamId?: unknown;
  scores?: unknown;
  comment?: unknown;
}

function emptySheet(jurorId: number, teamId: number): SheetView {
  return {
    jurorId,
    teamId,
    scores: [],
    comment: null,
    status: 'draft',
    submittedAtUtc: null,
    reopenCount: 0,
    lastSeq: 0,
  };
}

/** The form with `writes` (outbox entries, oldest first) applied; the input is not changed. */
export function withPendingWrites(form: JurorForm, writes: readonly OutboxEntry[]): JurorForm {
  if (writes.length === 0) return form;
  const order = new Map(form.criteria.map((c, i) => [c.id, i]));
  const teams = form.teams.map((team) => ({ ...team }));
  for (const write of writes) {
    const input = (write.input ?? {}) as WriteInput;
    const team = teams.find((t) => t.teamId === input.teamId);
    if (!team || team.recused) continue;
    let sheet: SheetView = team.sheet ? { ...team.sheet } : emptySheet(form.juror.id, team.teamId);
    if (write.name === 'scoring.saveDraft' || write.name === 'scoring.submit') {
      const scores = new Map(sheet.scores.map((s) => [s.criterionId, s.value]));
      for (const edit of Array.isArray(input.scores) ? input.scores : []) {
        const { criterionId, value } = edit as { criterionId: number; value: number | null };
        if (!order.has(criterionId)) continue;
        if (value === null) scores.delete(criterionId);
        else scores.set(criterionId, value);
      }
      sheet.scores = [...scores]
        .map(([criterionId, value]) => ({ criterionId, value }))
        .sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0));
      if (typeof input.comment === 'string' || input.comment === null) {
        sheet.comment = input.comment === '' ? null : input.comment;
      }
      if (write.name === 'scoring.submit') sheet = { ...sheet, status: 'submitted' };
    } else if (write.name === 'scoring.reopen') {
      sheet = { ...sheet, status: 'draft' };
    }
    team.sheet = sheet;
  }
  return { ...form, teams };
}
