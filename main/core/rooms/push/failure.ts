/**
 * Why a push failed, as the room laptop's chair reads it: a sentence saying
 * what to check, never a bare socket code or HTTP status. The raw cause is
 * kept apart as a small detail (someone from IT may want it). A refusal the
 * head explained is shown in the head's words, translated here when this
 * build knows its message.
 */
import type { Locale } from '../../../../common/domain';
import { isMessageKey, type MessageKey, type MessageParams, translate } from '../../../../common/i18n';
import type { PushOutcome } from '../../lan/roles/room/client';

export interface PushFailure {
  /** The message to show (a key of common/i18n), translated when the status is read, in the chair's language. */
  code: MessageKey;
  params: MessageParams;
  /** The head's own translated words, used when its refusal's code is not known here (a newer head). */
  headMessage: string | null;
  /** The raw cause (ECONNREFUSED, HTTP 401), shown small, or null. */
  detail: string | null;
}

type FailedOutcome = Extract<PushOutcome, { ok: false }>;

/** Socket errors by what the chair should check (node's `code`; `timeout` is the client's own). */
const NETWORK_CAUSES: Record<string, MessageKey> = {
  ECONNREFUSED: 'roomPush.fail.refused',
  ETIMEDOUT: 'roomPush.fail.noAnswer',
  ESOCKETTIMEDOUT: 'roomPush.fail.noAnswer',
  timeout: 'roomPush.fail.noAnswer',
  EHOSTUNREACH: 'roomPush.fail.noRoute',
  ENETUNREACH: 'roomPush.fail.noRoute',
  EHOSTDOWN: 'roomPush.fail.noRoute',
  ENETDOWN: 'roomPush.fail.noRoute',
  EADDRNOTAVAIL: 'roomPush.fail.noRoute',
  ENOTFOUND: 'roomPush.fail.unknownName',
  EAI_AGAIN: 'roomPush.fail.unknownName',
  ECONNRESET: 'roomPush.fail.cut',
  ECONNABORTED: 'roomPush.fail.cut',
  EPIPE: 'roomPush.fail.cut',
};

/** The head's answers without a reason of its own, by status (see main/core/lan/http-api.ts). */
const HTTP_CAUSES: Record<number, MessageKey> = {
  401: 'roomPush.fail.wrongCode',
  413: 'roomPush.fail.tooLarge',
};

/**
 * 403 is two answers: the push endpoint's `forbidden` (a login of another
 * role), or the server's guard refusing a Host or Origin it does not serve
 * (plain text: the address typed is not the one the head listens on).
 */
function forbiddenCause(word: string | null | undefined): MessageKey {
  return word === 'forbidden' ? 'roomPush.fail.notRoomCode' : 'roomPush.fail.otherAddress';
}

function hostParams(headAddress: string): MessageParams {
  try {
    const url = new URL(headAddress);
    return { host: url.host, hostname: url.hostname };
  } catch {
    return { host: headAddress, hostname: headAddress };
  }
}

export function explainPushFailure(outcome: FailedOutcome, headAddress: string): PushFailure {
  const where = hostParams(headAddress);
  if (outcome.kind === 'unreachable') {
    if (outcome.reason === 'address')
      return {
        code: 'roomPush.badAddress',
        params: { address: headAddress },
        headMessage: null,
        detail: null,
      };
    const code = NETWORK_CAUSES[outcome.reason] ?? 'roomPush.fail.unreachable';
    return { code, params: where, headMessage: null, detail: outcome.reason };
  }
  const error = outcome.error;
  if (error) {
    // Params that are already words of the head (a wrapped `problem`) would mix two languages: keep the head's sentence.
    const params = error.params ?? {};
    const known = isMessageKey(error.code) && !('problem' in params);
    return {
      code: known ? (error.code as MessageKey) : 'roomPush.fail.notHead',
      params: known ? params : where,
      headMessage: known ? null : error.message,
      detail: null,
    };
  }
  return {
    code:
      outcome.status === 403
        ? forbiddenCause(outcome.word)
        : (HTTP_CAUSES[outcome.status] ?? 'roomPush.fail.notHead'),
    params: where,
    headMessage: null,
    detail: `HTTP ${outcome.status}`,
  };
}

/** A failure of this laptop (the file closing under the push), not of the network. */
export function localPushFailure(error: unknown): PushFailure {
  return {
    code: 'roomPush.fail.local',
    params: {},
    headMessage: null,
    detail: error instanceof Error ? error.message : String(error),
  };
}

export function pushFailureText(failure: PushFailure, locale: Locale): string {
  return failure.headMessage ?? translate(locale, failure.code, failure.params);
}
