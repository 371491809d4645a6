/**
 * The pitch-day documents from the event file: paper scoring forms (one per
 * juror, teams in running order) and the running order poster with the
 * schedule's estimated slots (main/core/pitch-day + common/order's estimate,
 * the same numbers the chair sees on the Running order page).
 */
import { translate } from '../../../common/i18n';
import { estimateSchedule, type TeamStatus } from '../../../common/order';
import type { Db } from '../db/open';
import type { RunningOrderInput, RunningSlot, ScoringFormsInput } from '../documents/types';
import { DomainError } from '../errors';
import { listCriteria } from '../event/criteria';
import { readEventInfo } from '../event/event-info';
import { listJurors } from '../event/jurors';
import { listTeams } from '../event/teams';
import { readOrder, readOrderView } from '../pitch-day';
import { withLockedNames } from '../results/locked-names';
import { listRecusals } from '../scoring/recusals';
import { readDocumentRooms } from './room-sections';

const inactive = (status: TeamStatus) => status === 'absent' || status === 'withdrawn';

export function buildScoringFormsInput(db: Db): ScoringFormsInput {
  return db.transaction((): ScoringFormsInput => {
    const jurors = withLockedNames(db, 'jurors', listJurors(db));
    const criteria = withLockedNames(db, 'criteria', listCriteria(db));
    if (jurors.length === 0) throw new DomainError('documents.noJurors');
    if (criteria.length === 0) throw new DomainError('documents.noCriteria');
    // Absent and withdrawn teams will not pitch: no line to fill in for them.
    const order = readOrder(db)
      .filter((e) => !inactive(e.status))
      .map((e) => e.teamId);
    if (order.length === 0) throw new DomainError('documents.noTeams');
    return {
      kind: 'forms',
      event: readEventInfo(db),
      jurors,
      teams: withLockedNames(db, 'teams', listTeams(db)),
      criteria,
      order,
      recusals: listRecusals(db).map(({ jurorId, teamId }) => ({ jurorId, teamId })),
    };
  })();
}

/**
 * The instant a wall-clock time on `isoDate` designates in `timeZone` (the
 * system zone when absent). One correction step is exact away from the two
 * yearly DST switches, which no session starts on at 9:00.
 */
export function wallClockInstant(isoDate: string, hour: number, timeZone?: string): number {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  if (!timeZone) return new Date(y, m - 1, d, hour).getTime();
  const guess = Date.UTC(y, m - 1, d, hour);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(guess);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return guess - (shown - guess);
}

/** When no start is set, the poster assumes 9:00 on the first day (and the page says so). */
export const ASSUMED_START_HOUR = 9;

export function buildRunningOrderInput(db: Db, options: { now: Date; timeZone?: string }): RunningOrderInput {
  return db.transaction((): RunningOrderInput => {
    const view = readOrderView(db);
    const event = readEventInfo(db);
    if (view.entries.length === 0) throw new DomainError('documents.noTeams');
    const sessionStart =
      view.startMs ?? wallClockInstant(event.startDate, ASSUMED_START_HOUR, options.timeZone);
    // With rooms, each room runs its own order from the same start, in parallel: one schedule per room.
    const slotsOf = (entries: typeof view.entries): RunningSlot[] => {
      const teamsHere = new Set(entries.map((e) => e.teamId));
      const schedule = estimateSchedule(
        {
          sessionStart,
          order: entries.map(({ teamId, status, pitchMs, qaMs }) => ({ teamId, status, pitchMs, qaMs })),
          changeoverMs: view.defaults.changeoverMs,
          actuals: view.actuals.filter((a) => teamsHere.has(a.teamId)),
        },
        options.now.getTime(),
      );
      // Before anyone has pitched the poster shows the plan; once the session is under way, the
      // estimate (teams that ran at their recorded times, the rest from now on), as the chair sees it.
      const underWay = view.actuals.length > 0;
      const slotOf = (team: (typeof schedule.teams)[number]) =>
        underWay ? (team.estimated ?? team.planned) : team.planned;
      // A team that will not pitch keeps its line, at the time the next team takes its place.
      const slots: RunningSlot[] = schedule.teams.map((team, i) => {
        const slot = slotOf(team);
        if (slot && !inactive(team.status)) {
          return {
            teamId: team.teamId,
            startsAt: new Date(slot.startMs).toISOString(),
            endsAt: new Date(slot.endMs).toISOString(),
            status: team.status === 'on_stage' ? 'onStage' : team.status === 'done' ? 'done' : 'planned',
          };
        }
        const next = schedule.teams
          .slice(i + 1)
          .map(slotOf)
          .find((s) => s !== null);
        const previous = schedule.teams
          .slice(0, i)
          .map(slotOf)
          .findLast((s) => s !== null);
        const at = new Date(
          next?.startMs ?? (previous ? previous.endMs + view.defaults.changeoverMs : sessionStart),
        ).toISOString();
        return {
          teamId: team.teamId,
          startsAt: at,
          endsAt: at,
          status: team.status === 'withdrawn' ? 'withdrawn' : 'absent',
        };
      });
      return slots;
    };
    const teams = withLockedNames(db, 'teams', listTeams(db));
    const rooms = runningRooms(db, view.entries);
    return {
      kind: 'order',
      event,
      teams,
      ...(rooms.length === 0
        ? { slots: slotsOf(view.entries) }
        : (() => {
            const sections = rooms.map((room) => ({
              name: room.name,
              jurors: room.jurors,
              slots: slotsOf(room.entries),
            }));
            return { slots: sections.flatMap((r) => r.slots), rooms: sections };
          })()),
      generatedAt: options.now.toISOString(),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    };
  })();
}

/**
 * The rooms of the running order: each room's teams in the room's own order,
 * then, when some teams are in no room, a last section for them (so no team
 * drops off the posted order). Empty for an event without rooms.
 */
function runningRooms<E extends { teamId: number }>(
  db: Db,
  entries: readonly E[],
): { name: string; jurors: string[]; entries: E[] }[] {
  const jurorNames = new Map(withLockedNames(db, 'jurors', listJurors(db)).map((j) => [j.id, j.name]));
  const rooms = readDocumentRooms(db, (id) => jurorNames.get(id) ?? `#${id}`);
  if (rooms.length === 0) return [];
  const byTeam = new Map(entries.map((e) => [e.teamId, e]));
  const placed = new Set(rooms.flatMap((r) => r.teamIds));
  const sections = rooms.map((room) => ({
    name: room.name,
    jurors: room.jurors,
    entries: room.teamIds.flatMap((id) => byTeam.get(id) ?? []),
  }));
  const rest = entries.filter((e) => !placed.has(e.teamId));
  if (rest.length > 0)
    sections.push({
      name: translate(readEventInfo(db).locale, 'roomDocs.order.unassigned'),
      jurors: [],
      entries: rest,
    });
  return sections.filter((s) => s.entries.length > 0);
}
