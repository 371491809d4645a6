import { foundation } from './001-foundation';
import { runningOrder } from './002-running-order';
import { scoring } from './003-scoring';
import { documents } from './004-documents';
import { lan } from './005-lan';
import { lanLoginCodes } from './006-lan-login-codes';
import { lockRecordChain } from './007-lock-record-chain';
import { timerUndo } from './008-timer-undo';
import { lanRoleOpen } from './009-lan-role-open';
import { vocabularyGuards } from './010-vocabulary-guards';
import { tracks } from './011-tracks';
import { rooms } from './012-rooms';
import { audienceVote } from './013-audience-vote';
import { declarations } from './014-declarations';
import { roomPush } from './015-room-push';
import { scoreRounds } from './016-score-rounds';

import type { Migration } from './types';

export type { Migration } from './types';

/**
 * Ordered list: migration N (1-based) brings the file to user_version N.
 * Append only; never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  runningOrder,
  scoring,
  documents,
  lan,
  lanLoginCodes,
  lockRecordChain,
  timerUndo,
  lanRoleOpen,
  vocabularyGuards,
  tracks,
  rooms,
  audienceVote,
  declarations,
  roomPush,
  scoreRounds,
];

/** The schema version from which event files hold declarations of interest (and their hash chain). */
export const DECLARATIONS_SCHEMA_VERSION = MIGRATIONS.indexOf(declarations) + 1;
