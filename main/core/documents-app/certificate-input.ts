/**
 * Certificates from the event file: participation from the setup alone,
 * awards from the LOCKED results (a podium award goes to whoever holds the
 * rank in the frozen ranking; printing it from live results could put the
 * wrong team on paper minutes before a score changes).
 */
import type { CertificateSet } from '../../../common/contract/documents';
import type { Team } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { Db } from '../db/open';
import type { AwardGrant, CertificatesInput } from '../documents/types';
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import { listTeams } from '../event/teams';
import { readLockedResults } from '../results/lock-ops';
import { withLockedNames } from '../results/locked-names';
import { readLockedTrack } from '../tracks/track-lock';
import { listTracks } from '../tracks/track-store';
import { listSignatories } from './signatories';
import { readVerificationKey } from './verification-store';

/** The event as printed: its name as locked while the results are locked. */
function lockedEvent(db: Db) {
  const event = readEventInfo(db);
  const locked = readLockedResults(db);
  return locked ? { ...event, name: locked.payload.event.name } : event;
}

/**
 * One grant per winning team (a shared rank gives the award to each team
 * holding it), from every locked prize track. With several tracks, each
 * prize is named with its track ("Premier prix — Thème santé"); an event
 * with its main track only prints its prizes' names as they are.
 * null while no track is locked.
 */
export function lockedAwardGrants(db: Db): AwardGrant[] | null {
  const tracks = listTracks(db);
  const locale = readEventInfo(db).locale;
  let anyLocked = false;
  const grants = tracks.flatMap((track) => {
    const locked = readLockedTrack(db, track.id);
    if (!locked) return [];
    anyLocked = true;
    const name = (prize: string) =>
      tracks.length > 1 ? translate(locale, 'tracks.doc.trackPrize', { prize, track: track.name }) : prize;
    return locked.payload.awards.flatMap((award) =>
      award.winnerTeamIds.map((teamId) => ({ name: name(award.name), teamId })),
    );
  });
  return anyLocked ? grants : null;
}

/** How many certificates each set holds now (null awards: results not locked). */
export function certificateCounts(db: Db): { participation: number; awards: number | null } {
  const teams = listTeams(db);
  const grants = lockedAwardGrants(db);
  const members = new Map(teams.map((t) => [t.id, t.members.length]));
  return {
    participation: teams.reduce((sum, t) => sum + t.members.length, 0),
    awards: grants === null ? null : grants.reduce((sum, g) => sum + 1 + (members.get(g.teamId) ?? 0), 0),
  };
}

function requireAwards(db: Db, teams: readonly Team[]): AwardGrant[] {
  const grants = lockedAwardGrants(db);
  if (grants === null) throw new DomainError('documents.awardsNeedLockedResults');
  const known = new Set(teams.map((t) => t.id));
  // A team deleted after the lock cannot receive a certificate: it has no members left to name.
  const printable = grants.filter((g) => known.has(g.teamId));
  if (printable.length === 0) throw new DomainError('documents.noAwards');
  return printable;
}

export function buildCertificatesInput(db: Db, which: CertificateSet): CertificatesInput {
  return db.transaction((): CertificatesInput => {
    const teams = withLockedNames(db, 'teams', listTeams(db));
    const awards = which === 'participation' ? [] : requireAwards(db, teams);
    if (which === 'participation' && !teams.some((t) => t.members.length > 0))
      throw new DomainError('documents.noParticipants');
    return {
      kind: 'certificates',
      event: lockedEvent(db),
      teams,
      awards,
      signatories: listSignatories(db).map(({ name, title, signature }) => ({ name, title, signature })),
      which,
      verification: readVerificationKey(db),
    };
  })();
}
