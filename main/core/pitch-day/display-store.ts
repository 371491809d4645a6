/**
 * What the projector shows (mode, the message to the speaker) and where (the
 * OS display the chair picked, the last bounds of a windowed display).
 */
import {
  DISPLAY_MODES,
  type DisplayMode,
  MAX_MESSAGE_LENGTH,
  VISIBLE_MODES,
  type VisibleMode,
} from '../../../common/contract/display-modes';
import type { DisplaySettings, WindowBounds } from '../../../common/contract/session';
import type { Db } from '../db/open';
import { oneOf, rowShape, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';

const Row = rowShape({
  mode: oneOf(DISPLAY_MODES),
  mode_before_blackout: oneOf(VISIBLE_MODES),
  message: 'text',
  screen_id: 'num?',
  window_bounds: 'text?',
});

export function readDisplaySettings(db: Db): DisplaySettings {
  const row = selectMaybe(db, Row, 'SELECT * FROM display_state WHERE id = 1');
  if (!row) return { mode: 'timer', modeBeforeBlackout: 'timer', message: '', screenId: null };
  return {
    mode: row.mode,
    modeBeforeBlackout: row.mode_before_blackout,
    message: row.message,
    screenId: row.screen_id,
  };
}

/** Changes the mode and/or the message; entering blackout remembers where to come back. */
export function updateDisplaySettings(
  db: Db,
  change: { mode?: DisplayMode | undefined; message?: string | undefined },
): DisplaySettings {
  return db.transaction(() => {
    const current = readDisplaySettings(db);
    const message = change.message === undefined ? current.message : change.message.normalize('NFC');
    if ([...message].length > MAX_MESSAGE_LENGTH) {
      throw new DomainError('validation.tooLong', { max: MAX_MESSAGE_LENGTH }, [
        { path: ['message'], code: 'validation.tooLong', params: { max: MAX_MESSAGE_LENGTH } },
      ]);
    }
    const mode = change.mode ?? current.mode;
    const before: VisibleMode = current.mode === 'blackout' ? current.modeBeforeBlackout : current.mode;
    db.prepare('UPDATE display_state SET mode = ?, mode_before_blackout = ?, message = ? WHERE id = 1').run(
      mode,
      mode === 'blackout' ? before : mode,
      message,
    );
    return readDisplaySettings(db);
  })();
}

/** The blackout key: black now, or back to what was shown before. */
export function toggleBlackout(db: Db): DisplaySettings {
  const current = readDisplaySettings(db);
  return updateDisplaySettings(db, {
    mode: current.mode === 'blackout' ? current.modeBeforeBlackout : 'blackout',
  });
}

export function writeScreenChoice(db: Db, screenId: number | null): void {
  db.prepare('UPDATE display_state SET screen_id = ? WHERE id = 1').run(screenId);
}

export function readWindowBounds(db: Db): WindowBounds | null {
  const row = selectMaybe(
    db,
    rowShape({ window_bounds: 'text?' }),
    'SELECT window_bounds FROM display_state WHERE id = 1',
  );
  if (!row?.window_bounds) return null;
  try {
    const b = JSON.parse(row.window_bounds) as Partial<WindowBounds>;
    const ok = [b.x, b.y, b.width, b.height].every((n) => typeof n === 'number' && Number.isFinite(n));
    return ok ? (b as WindowBounds) : null;
  } catch {
    return null;
  }
}

export function writeWindowBounds(db: Db, bounds: WindowBounds | null): void {
  db.prepare('UPDATE display_state SET window_bounds = ? WHERE id = 1').run(
    bounds ? JSON.stringify(bounds) : null,
  );
}
