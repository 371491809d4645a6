import { audienceEn, audienceFr } from './audience';
import { audienceCeremonyEn, audienceCeremonyFr } from './audience-ceremony';
import { declarationsEn, declarationsFr } from './declarations';
import { demosEn, demosFr } from './demos';
import { documentsEn, documentsFr } from './documents';
import { en as setupEn } from './en';
import { finalDocsEn, finalDocsFr } from './final-docs';
import { finalRoundEn, finalRoundFr } from './final-round';
import { fr as setupFr } from './fr';
import { importProgressEn, importProgressFr } from './import-progress';
import { ioEn, ioFr } from './io';
import { lanEn, lanFr } from './lan';
import { lanRolesEn, lanRolesFr } from './lan-roles';
import { launcherEn, launcherFr } from './launcher';
import { rankingEn, rankingFr } from './ranking';
import { roomDocsEn, roomDocsFr } from './room-docs';
import { roomPushEn, roomPushFr } from './room-push';
import { roomPushFailuresEn, roomPushFailuresFr } from './room-push-failures';
import { roomPushReceiptEn, roomPushReceiptFr } from './room-push-receipt';
import { roomsEn, roomsFr } from './rooms';
import { scoringEn, scoringFr } from './scoring';
import { timerEn, timerFr } from './timer';
import { trackRecusalsEn, trackRecusalsFr } from './track-recusals';
import { tracksEn, tracksFr } from './tracks';
import { verifyEn, verifyFr } from './verify';
import { verifyTracksEn, verifyTracksFr } from './verify-tracks';
import { vocabularyEn, vocabularyFr } from './vocabulary';

/**
 * All messages, merged from one file per area so areas can grow in parallel.
 * Each area file exports `<area>En` (`as const`) and `<area>Fr` typed
 * `Record<keyof typeof <area>En, string>`; add one spread to each list below.
 */
export const EN = {
  ...setupEn,
  ...timerEn,
  ...rankingEn,
  ...scoringEn,
  ...ioEn,
  ...importProgressEn,
  ...documentsEn,
  ...lanEn,
  ...lanRolesEn,
  ...verifyEn,
  ...launcherEn,
  ...declarationsEn,
  ...vocabularyEn,
  ...tracksEn,
  ...roomsEn,
  ...finalRoundEn,
  ...audienceEn,
  ...audienceCeremonyEn,
  ...roomDocsEn,
  ...verifyTracksEn,
  ...demosEn,
  ...trackRecusalsEn,
  ...roomPushEn,
  ...finalDocsEn,
  ...roomPushFailuresEn,
  ...roomPushReceiptEn,
} as const;

export type MessageKey = keyof typeof EN;

export const FR: Record<MessageKey, string> = {
  ...setupFr,
  ...timerFr,
  ...rankingFr,
  ...scoringFr,
  ...ioFr,
  ...importProgressFr,
  ...documentsFr,
  ...lanFr,
  ...lanRolesFr,
  ...verifyFr,
  ...launcherFr,
  ...declarationsFr,
  ...vocabularyFr,
  ...tracksFr,
  ...roomsFr,
  ...finalRoundFr,
  ...audienceFr,
  ...audienceCeremonyFr,
  ...roomDocsFr,
  ...verifyTracksFr,
  ...demosFr,
  ...trackRecusalsFr,
  ...roomPushFr,
  ...finalDocsFr,
  ...roomPushFailuresFr,
  ...roomPushReceiptFr,
};
