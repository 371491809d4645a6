/**
 * The head laptop takes in a room's push: the same sealed room result as the
 * USB file, parsed and merged by the same code (main/core/rooms), so every
 * check of the USB path holds (event, room file, seal, chain and lock,
 * divergence, the head's own rules, idempotence). One check is the
 * network's own: a room login pushes its own room's result and no other.
 */

import type { CallResult } from '../../../../common/contract/result';
import type { Locale } from '../../../../common/domain';
import { isMessageKey, translate } from '../../../../common/i18n';
import type { Db } from '../../db/open';
import { DomainError } from '../../errors';
import type { Principal } from '../../lan/credentials';
import { explainRoomError } from '../errors';
import { type MergeReport, mergeRoomResult } from '../merge';
import { parseRoomResult } from '../room-result';
import { roomOfLogin } from './link';

/** Parses and merges a pushed room result for `principal`'s room; throws a DomainError when refused. */
export function acceptRoomPush(
  db: Db,
  principal: Principal,
  text: string,
  receivedAt = new Date(),
): MergeReport {
  const poolId = roomOfLogin(db, principal);
  const result = parseRoomResult(text);
  if (result.body.poolId !== poolId)
    throw new DomainError('roomPush.otherRoom', { room: result.body.poolName });
  return mergeRoomResult(db, result, receivedAt);
}

/** The push's answer as every call answers: the merge report, or the refusal translated in `locale`. */
export function roomPushAnswer(
  db: Db,
  principal: Principal,
  text: string,
  locale: Locale,
  receivedAt = new Date(),
): CallResult<MergeReport> {
  try {
    return { ok: true, value: acceptRoomPush(db, principal, text, receivedAt) };
  } catch (raw) {
    const error = explainRoomError(raw, locale);
    if (!(error instanceof DomainError) || !isMessageKey(error.code)) throw raw;
    return {
      ok: false,
      error: { code: error.code, message: translate(locale, error.code, error.params), params: error.params },
    };
  }
}
