/**
 * `npm run cli -- verify-event <event.sqlite | export.json> [--lang fr|en] [--json]`:
 * says whether an event file or an event JSON export is intact (score chain,
 * lock records, SQLite integrity), prints the chain head and each lock's
 * fingerprint to compare with a printed results sheet, and fails (exit 1)
 * with the first problem otherwise.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { EventVerification } from './types';
import { verifyEventFile } from './verify-event';
import { verifyEventExport } from './verify-export';

export const VERIFY_EVENT_USAGE =
  'verify-event <file.sqlite|export.json> [--lang fr|en] [--json]\n' +
  '                                check the score chain, the results locks and the file integrity';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A `.json` file (or any file starting with "{") is an export; anything else an event file. */
export function verifyPath(path: string): EventVerification {
  const head = readFileSync(path)
    .subarray(0, 64)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (path.toLowerCase().endsWith('.json') || head.startsWith('{'))
    return verifyEventExport(readFileSync(path, 'utf8'));
  return verifyEventFile(path);
}

export function verifyEventCommand(args: string[], io: CliIo): void {
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : 'en';
  if (!file || (lang !== 'fr' && lang !== 'en'))
    throw new Error(`usage: npm run cli -- ${VERIFY_EVENT_USAGE}`);
  const locale: Locale = lang;
  const result = verifyPath(resolve(file));
  if (args.includes('--json')) io.out(JSON.stringify(result, null, 2));
  if (!result.ok) {
    const { params } = result.problem;
    // The kind of a renamed row ('team', 'juror', 'criterion') is a word of the message's language.
    const kind =
      typeof params.kind === 'string'
        ? translate(locale, `verify.kind.${params.kind}` as 'verify.kind.team')
        : undefined;
    const translated = translate(locale, result.problem.code, kind ? { ...params, kind } : params);
    // A problem in a prize track other than the main one names the track.
    const message =
      typeof params.track === 'string'
        ? translate(locale, 'verify.inTrack', { track: params.track, message: translated })
        : translated;
    throw new Error(translate(locale, 'verify.failed', { message }));
  }
  if (args.includes('--json')) return;
  io.out(translate(locale, 'verify.ok', { count: result.scoreCount, lastHash: result.lastHash }));
  for (const lock of result.locks) {
    io.out(
      translate(locale, 'verify.okLock', {
        at: lock.atUtc,
        by: lock.lockedBy,
        hash: lock.hash,
        count: lock.scoreCount,
      }),
    );
  }
  io.out(translate(locale, result.locked ? 'verify.lockedNow' : 'verify.notLocked'));
  for (const track of result.tracks ?? []) {
    io.out(translate(locale, 'verify.okTrack', { track: track.name }));
    for (const lock of track.locks)
      io.out(
        `  ${translate(locale, 'verify.okLock', { at: lock.atUtc, by: lock.lockedBy, hash: lock.hash, count: lock.scoreCount })}`,
      );
    io.out(
      `  ${translate(locale, track.locked ? 'verify.trackLockedNow' : 'verify.trackNotLocked', { track: track.name })}`,
    );
  }
}
