import { foundation } from './001-foundation';
import { runningOrder } from './002-running-order';
import { scoring } from './003-scoring';
import { documents } from './004-documents';
import { lan } from './005-lan';
import { lanLoginCodes } from './006-lan-login-codes';
import { lockRecordChain } from './007-lock-record-chain';
import { timerUndo } from './008-timer-undo';
import { audienceVote } from './013-audience-vote';

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
  audienceVote,
];
