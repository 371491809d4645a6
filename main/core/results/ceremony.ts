/**
 * The award ceremony on the projector, one award at a time. The sequence is
 * built from the LOCKED results only (what is announced in public is what was
 * locked): special awards first in the order of the awards list, then the
 * podium from its last place up to the winner. The projector's read returns
 * the revealed steps and nothing about the ones after them.
 */
import type { CeremonyPlan, CeremonyStep, CeremonyView } from '../../../common/contract/results';
import { LOCALES } from '../../../common/domain';
import type { Db } from '../db/open';
import { oneOf, rowShape, selectOne } from '../db/rows';
import { DomainError } from '../errors';
import { readLockedResults } from './lock-ops';
import type { StoredResultsPayload as ResultsPayload } from './locked-payload';

/** The full sequence, in reveal order. */
export function ceremonySteps(payload: ResultsPayload): CeremonyStep[] {
  const teams = new Map(payload.teams.map((t) => [t.id, t]));
  const indexed = payload.awards.map((award, index) => ({ award, index }));
  const specials = indexed.filter((a) => a.award.kind === 'special');
  const podium = indexed
    .filter((a) => a.award.kind === 'podium')
    .sort((a, b) => (b.award.podiumRank ?? 0) - (a.award.podiumRank ?? 0) || a.index - b.index);
  return [...specials, ...podium].map(({ award }, step) => ({
    step: step + 1,
    kind: award.kind,
    name: award.name,
    podiumRank: award.podiumRank,
    teams: award.winnerTeamIds.flatMap((id) => {
      const team = teams.get(id);
      return team ? [{ id: team.id, name: team.name, projectTitle: team.projectTitle }] : [];
    }),
  }));
}

function readState(db: Db): { revealed: number; onScreen: boolean } {
  const row = selectOne(
    db,
    rowShape({ revealed: 'num', on_screen: 'num' }),
    'SELECT revealed, on_screen FROM ceremony_state WHERE id = 1',
  );
  return { revealed: row.revealed, onScreen: row.on_screen === 1 };
}

/** The sequence to reveal, or null while nothing is locked (prize tracks pass theirs, main/core/tracks). */
export type CeremonySource = (db: Db) => CeremonyStep[] | null;

function stepsNow(db: Db): CeremonyStep[] | null {
  const locked = readLockedResults(db);
  return locked ? ceremonySteps(locked.payload) : null;
}

export function readCeremonyPlan(db: Db, source: CeremonySource = stepsNow): CeremonyPlan {
  return db.transaction((): CeremonyPlan => {
    const steps = source(db);
    const state = readState(db);
    return {
      locked: steps !== null,
      steps: steps ?? [],
      revealedCount: Math.min(state.revealed, steps?.length ?? 0),
      onScreen: state.onScreen,
    };
  })();
}

/** For the projector: only what has been revealed. */
export function readCeremonyView(db: Db, source: CeremonySource = stepsNow): CeremonyView {
  return db.transaction((): CeremonyView => {
    const plan = readCeremonyPlan(db, source);
    const event = selectOne(
      db,
      rowShape({ name: 'text', locale: oneOf(LOCALES) }),
      'SELECT name, locale FROM event WHERE id = 1',
    );
    return {
      eventName: event.name,
      locale: event.locale,
      onScreen: plan.onScreen,
      revealed: plan.steps.slice(0, plan.revealedCount),
      finished: plan.steps.length > 0 && plan.revealedCount === plan.steps.length,
    };
  })();
}

/** Reveals the next award (+1), steps back (−1) or starts over (reset). */
export function moveCeremony(
  db: Db,
  move: 'next' | 'back' | 'reset',
  source: CeremonySource = stepsNow,
): CeremonyPlan {
  return db.transaction((): CeremonyPlan => {
    const plan = readCeremonyPlan(db, source);
    if (move !== 'reset' && !plan.locked) throw new DomainError('ceremony.notLocked');
    if (move === 'next' && plan.steps.length === 0) throw new DomainError('ceremony.noAwards');
    const target =
      move === 'reset'
        ? 0
        : Math.max(0, Math.min(plan.steps.length, plan.revealedCount + (move === 'next' ? 1 : -1)));
    db.prepare('UPDATE ceremony_state SET revealed = ? WHERE id = 1').run(target);
    return readCeremonyPlan(db, source);
  })();
}

/** The projector shows the ceremony (true) or goes back to the timer and its modes (false). */
export function showCeremony(db: Db, onScreen: boolean, source: CeremonySource = stepsNow): CeremonyPlan {
  db.prepare('UPDATE ceremony_state SET on_screen = ? WHERE id = 1').run(onScreen ? 1 : 0);
  return readCeremonyPlan(db, source);
}
