import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FinalRoundView, RoomMergeReport, RoomsView, RoomView } from '../../../common/contract/rooms';
import { translate } from '../../../common/i18n';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { readEventInfo } from '../event/event-info';
import { fileStem } from '../event-file';
import { getRoom, saveRooms } from '../rooms/assignment';
import { explainRoomError } from '../rooms/errors';
import { createFinalRound, describeFinalistRule, readFinalRound, setFinalJury } from '../rooms/final-round';
import { mergeRoomResult, readRoomResultFile } from '../rooms/merge';
import { readRoomProgress } from '../rooms/progress';
import { writePushSettingsIntoRoomFile } from '../rooms/push/link';
import { readRoomIdentity, writeRoomFile } from '../rooms/room-file';
import { buildRoomResult } from '../rooms/room-result';
import { getTrack } from '../tracks/track-store';

type RoomsCall =
  | 'rooms.get'
  | 'rooms.save'
  | 'rooms.progress'
  | 'rooms.writeRoomFile'
  | 'rooms.writeResult'
  | 'rooms.merge'
  | 'rooms.final'
  | 'rooms.decideFinal'
  | 'rooms.setFinalJury';

/** Writes `text` beside `path` and renames it over, so a pulled USB stick never leaves half a file under the real name. */
function writeAtomically(path: string, text: string): void {
  const staging = join(dirname(path), `.${basename(path)}.writing`);
  try {
    writeFileSync(staging, text, 'utf8');
    renameSync(staging, path);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
}

/**
 * Rooms on several laptops (main/core/rooms): assignment, room files, room
 * results and their merge, progress. Files are chosen by the host's dialogs.
 */
export function roomsHandlers(ctx: AppContext): HandlerMap<RoomsCall> {
  const db = () => ctx.requireEventFile().db;

  const progress = (): RoomView[] => readRoomProgress(db());

  const view = (): RoomsView => {
    const d = db();
    const identity = readRoomIdentity(d);
    return {
      rooms: progress(),
      teams: d.prepare('SELECT id, name FROM team ORDER BY position, id').all() as RoomsView['teams'],
      jurors: d.prepare('SELECT id, name FROM juror ORDER BY position, id').all() as RoomsView['jurors'],
      thisRoom: identity
        ? {
            eventName: identity.headEventName,
            roomName: identity.poolName,
            writtenAtUtc: identity.writtenAtUtc,
          }
        : null,
    };
  };

  const finalView = (): FinalRoundView | null => {
    const d = db();
    const final = readFinalRound(d);
    if (!final) return null;
    return {
      roundId: final.roundId,
      rule: final.rule,
      ruleText: describeFinalistRule(ctx.uiLocale, final.rule),
      finalists: final.finalists,
      drawSeed: final.drawSeed,
      order: final.order,
      decidedAtUtc: final.decidedAtUtc,
      room: readRoomProgress(d, final.roundId)[0] ?? null,
      trackId: final.trackId,
      trackName: final.trackId === null ? null : getTrack(d, final.trackId).name,
    };
  };

  /** Refusals that wrap another refusal come out in the UI language (rooms/errors.ts). */
  const explained = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      throw explainRoomError(error, ctx.uiLocale);
    }
  };

  return {
    'rooms.get': () => view(),
    'rooms.save': ({ rooms }) => {
      saveRooms(db(), rooms);
      ctx.changed(['setup']);
      return view();
    },
    'rooms.progress': () => progress(),
    'rooms.writeRoomFile': async ({ poolId }) => {
      const d = db();
      const room = getRoom(d, poolId);
      const suggested = `${fileStem(readEventInfo(d).name)}-${fileStem(room.name)}.sqlite`;
      const path = await ctx.options.platform.pickRoomFileDestination?.(suggested, 'roomFile');
      if (!path) return null;
      const identity = writeRoomFile(d, poolId, path);
      // Network role `room`: a room with a login gets it in its file (no typing on the room laptop).
      writePushSettingsIntoRoomFile(d, poolId, path, identity.writtenAtUtc);
      ctx.changed(['setup']);
      return { path };
    },
    'rooms.writeResult': async () => {
      const d = db();
      const text = buildRoomResult(d);
      const identity = readRoomIdentity(d);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
      const suggested = `${fileStem(identity?.poolName ?? 'room')}-result-${stamp}.json`;
      const path = await ctx.options.platform.pickRoomFileDestination?.(suggested, 'roomResult');
      if (!path) return null;
      writeAtomically(path, text);
      return { path };
    },
    'rooms.merge': async () => {
      const d = db();
      const path = await ctx.options.platform.pickRoomResultToMerge?.();
      if (!path) return null;
      const report = explained(() => mergeRoomResult(d, readRoomResultFile(path)));
      if (!report.alreadyMerged) ctx.changed(['scores', 'results', 'setup']);
      const locale = ctx.uiLocale;
      const message = [
        report.alreadyMerged
          ? translate(locale, 'rooms.alreadyMerged', { room: report.roomName })
          : translate(locale, 'rooms.merged', {
              room: report.roomName,
              added: report.added,
              laptop: report.laptop,
            }),
        report.roomLockHash
          ? translate(locale, 'rooms.roomLocked', { hash: report.roomLockHash })
          : translate(locale, 'rooms.roomNotLocked'),
      ].join(' ');
      const answer: RoomMergeReport = { ...report, message };
      return answer;
    },
    'rooms.final': () => finalView(),
    'rooms.decideFinal': ({ rule, drawSeed }) => {
      // The final's room and track are named in the event's language (they print on its documents).
      createFinalRound(db(), rule, drawSeed?.trim() ? drawSeed.trim() : null);
      ctx.changed(['setup', 'results']);
      return finalView() as FinalRoundView;
    },
    'rooms.setFinalJury': ({ jurorIds }) => {
      setFinalJury(db(), jurorIds);
      ctx.changed(['setup', 'results']);
      return finalView() as FinalRoundView;
    },
  };
}
