import type { AudienceDisplay, AudienceStatus } from '../../../common/contract/audience';
import { createBallots } from '../audience/ballots';
import { readAudienceReport } from '../audience/report';
import {
  readAudience,
  readAudienceSettings,
  revealAudiencePrize,
  setAudienceWeight,
  setProjectorOptions,
  setVotingState,
  voidBallot,
} from '../audience/voting';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { saveBallotCardsPdf } from '../documents-app/ballot-cards-file';
import { DomainError } from '../errors';
import { listTeams } from '../event/teams';
import { qrSvg } from '../lan/links';
import type { LanService } from '../lan/service';
import { readDisplaySettings, updateDisplaySettings } from '../pitch-day/display-store';

type AudienceCall =
  | 'audience.status'
  | 'audience.createBallots'
  | 'audience.setVoting'
  | 'audience.setWeight'
  | 'audience.voidBallot'
  | 'audience.setProjector'
  | 'audience.reveal'
  | 'audience.display'
  | 'audience.saveBallotCards'
  | 'vote.get'
  | 'vote.cast';

/** The voting page without a token: the phone asks for the card's short code. */
export function votingPageUrl(address: string): string {
  return `${address}#/ballot`;
}

/**
 * The chair's side of the audience vote (main/core/audience). A ballot's own
 * calls (`vote.*`) exist only over the network, for the ballot's login
 * (main/core/lan/roles/ballot): from a window they refuse.
 */
export function audienceHandlers(ctx: AppContext, services: { lan: LanService }): HandlerMap<AudienceCall> {
  const { lan } = services;
  /**
   * The audience screen is a display mode (common/contract/display-modes.ts):
   * the chair's tick box and the display panel's button are the same switch.
   */
  const onProjector = (): boolean => readDisplaySettings(db()).mode === 'audience';
  const showOnProjector = (show: boolean): void => {
    const { mode } = readDisplaySettings(db());
    if (show && mode !== 'audience') updateDisplaySettings(db(), { mode: 'audience' });
    if (!show && mode === 'audience') updateDisplaySettings(db(), { mode: 'timer' });
  };
  const db = () => ctx.requireEventFile().db;
  const now = () => new Date().toISOString();
  const status = async (): Promise<AudienceStatus> => {
    const report = readAudienceReport(db());
    const address = lan.address;
    const votingUrl = address ? votingPageUrl(address) : null;
    return {
      state: report.settings.state,
      weight: report.settings.weight,
      weightFrozen: report.settings.everOpened,
      onProjector: onProjector(),
      showCount: report.settings.showCount,
      revealed: report.settings.revealed,
      wrongCodes: report.settings.wrongCodes,
      counts: report.counts,
      ballots: report.ballots,
      tally: report.tally,
      combined: report.combined,
      votingUrl,
      votingQrSvg: votingUrl ? await qrSvg(votingUrl) : null,
    };
  };
  const changedThen = (scopes: Parameters<AppContext['changed']>[0]) => {
    ctx.changed(scopes);
    return status();
  };
  const networkOnly = (): never => {
    throw new DomainError('audience.networkOnly');
  };
  return {
    'audience.status': status,
    'audience.createBallots': ({ count }) => {
      const address = lan.address;
      if (!address) throw new DomainError('lan.notRunning');
      const ballots = createBallots(db(), count, now());
      ctx.changed(['votes']);
      return {
        ballots: ballots.map((b) => ({ ...b, url: `${address}#/ballot/${b.token}` })),
      };
    },
    'audience.setVoting': ({ state }) => {
      setVotingState(db(), state, now());
      return changedThen(['audience', 'votes', 'display', 'ceremony']);
    },
    'audience.setWeight': ({ weight }) => {
      setAudienceWeight(db(), weight, now());
      return changedThen(['votes']);
    },
    'audience.voidBallot': ({ ballotId, reason }) => {
      voidBallot(db(), ballotId, reason, now());
      return changedThen(['audience', 'votes', 'display']);
    },
    'audience.setProjector': (input) => {
      setProjectorOptions(db(), input);
      showOnProjector(input.onProjector);
      return changedThen(['votes', 'display']);
    },
    'audience.reveal': ({ revealed }) => {
      revealAudiencePrize(db(), revealed);
      // Revealing puts the prize on the projector; hiding it again leaves the screen to the chair.
      if (revealed) showOnProjector(true);
      return changedThen(['votes', 'display', 'ceremony']);
    },
    'audience.display': async (): Promise<AudienceDisplay> => {
      const settings = readAudienceSettings(db());
      const address = lan.address;
      const votingUrl = address ? votingPageUrl(address) : null;
      const { counts, tally } = readAudience(db());
      let winners: AudienceDisplay['winners'] = null;
      if (settings.revealed && settings.state === 'final') {
        const top = tally[0]?.votes ?? 0;
        const teams = new Map(listTeams(db()).map((t) => [t.id, t]));
        winners =
          top === 0
            ? []
            : tally
                .filter((t) => t.votes === top)
                .map((t) => ({
                  id: t.teamId,
                  name: teams.get(t.teamId)?.name ?? '',
                  projectTitle: teams.get(t.teamId)?.projectTitle ?? '',
                  votes: t.votes,
                }));
      }
      return {
        onProjector: onProjector(),
        state: settings.state,
        votingUrl,
        votingQrSvg: votingUrl && onProjector() ? await qrSvg(votingUrl) : null,
        votesCast: settings.showCount ? counts.used : null,
        winners,
      };
    },
    'audience.saveBallotCards': ({ ballots, locale }) =>
      saveBallotCardsPdf(ctx, { ballots, locale }, lan.address),
    'vote.get': networkOnly,
    'vote.cast': networkOnly,
  };
}
