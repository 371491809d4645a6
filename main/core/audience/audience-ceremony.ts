/**
 * The audience prize as a step of the ceremony (main/core/tracks/track-ceremony
 * builds the jury's steps, track by track). Once voting is closed for good and
 * ballots were printed, one step is added after the other tracks' prizes and
 * the main track's special awards, just before the main track's podium, so the
 * jury's grand prize still comes last. Before the final close the step does
 * not exist at all: neither the chair's plan nor the projector can hint at it.
 * Ties are shown as ties: every team with the most votes is on the step.
 */
import type { CeremonyPlan, CeremonyStep, CeremonyView } from '../../../common/contract/results';
import { LOCALES } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { Db } from '../db/open';
import { oneOf, rowShape, selectOne } from '../db/rows';
import { listTeams } from '../event/teams';
import { moveCeremony, readCeremonyPlan, readCeremonyView, showCeremony } from '../results/ceremony';
import { trackCeremonySteps } from '../tracks/track-ceremony';
import { listTracks } from '../tracks/track-store';
import { readAudience, readAudienceSettings } from './voting';

/** A file opened without migrating has no audience tables: no audience step. */
function hasAudienceVote(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audience_state'").get() !==
    undefined
  );
}

/** The audience prize's step (numbered 0: the caller numbers it), or null while it may not be shown. */
export function audiencePrizeStep(db: Db): CeremonyStep | null {
  if (!hasAudienceVote(db) || readAudienceSettings(db).state !== 'final') return null;
  const { counts, tally } = readAudience(db);
  if (counts.printed === 0) return null;
  const top = tally[0]?.votes ?? 0;
  const winners = new Set(top === 0 ? [] : tally.filter((t) => t.votes === top).map((t) => t.teamId));
  const { locale } = selectOne(
    db,
    rowShape({ locale: oneOf(LOCALES) }),
    'SELECT locale FROM event WHERE id = 1',
  );
  return {
    step: 0,
    kind: 'audience',
    // The projector speaks the event's language, like the award names the chair typed.
    name: translate(locale, 'audience.ceremony.prize'),
    podiumRank: null,
    teams: listTeams(db)
      .filter((t) => winners.has(t.id))
      .map((t) => ({ id: t.id, name: t.name, projectTitle: t.projectTitle })),
    votes: top,
  };
}

/** The jury's steps with the audience prize before the main track's podium (or at the end without one). */
export function ceremonyStepsWithAudience(db: Db): CeremonyStep[] | null {
  const jury = trackCeremonySteps(db);
  if (jury === null) return null;
  const audience = audiencePrizeStep(db);
  if (!audience) return jury;
  const mainId = listTracks(db).find((t) => t.main)?.id;
  const isMain = (s: CeremonyStep) => s.track === undefined || s.track.id === mainId;
  const at = jury.findIndex((s) => isMain(s) && s.kind === 'podium');
  const steps = [...jury];
  steps.splice(at === -1 ? steps.length : at, 0, audience);
  return steps.map((s, i) => ({ ...s, step: i + 1 }));
}

export const readFullCeremonyPlan = (db: Db): CeremonyPlan => readCeremonyPlan(db, ceremonyStepsWithAudience);
export const readFullCeremonyView = (db: Db): CeremonyView => readCeremonyView(db, ceremonyStepsWithAudience);
export const moveFullCeremony = (db: Db, move: 'next' | 'back' | 'reset'): CeremonyPlan =>
  moveCeremony(db, move, ceremonyStepsWithAudience);
export const showFullCeremony = (db: Db, onScreen: boolean): CeremonyPlan =>
  showCeremony(db, onScreen, ceremonyStepsWithAudience);
