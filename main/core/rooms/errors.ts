import type { Locale } from '../../../common/domain';
import { isMessageKey, translate } from '../../../common/i18n';
import { DomainError } from '../errors';

/**
 * Some merge refusals wrap another refusal (the room's broken chain, a score
 * the head's rules refuse) as `params.problem`, a message code. The messages
 * take it as words, so it is translated here, in the caller's language, with
 * the same params (seq, step…).
 */
export function explainRoomError(error: unknown, locale: Locale): unknown {
  if (!(error instanceof DomainError)) return error;
  const problem = error.params.problem;
  if (typeof problem !== 'string' || !isMessageKey(problem)) return error;
  return new DomainError(
    error.code,
    { ...error.params, problem: translate(locale, problem, error.params) },
    error.issues,
  );
}
