/**
 * The chair's keyboard: one table (`CHAIR_KEYS`) that both drives
 * `keyToTimerCommand` and is shown on screen, so the help can never disagree
 * with the behaviour.
 *
 * Choices, and why:
 * - Space starts/pauses (every stage timer does this).
 * - N = next phase, T = next team. Not Enter: Enter also activates whatever
 *   button has focus (a second action on the same press) and is the key people
 *   hit by reflex; ending a team by accident is the worst mistake here.
 * - ↑/↓ give/take 10 s, Shift+↑/↓ one minute; only these repeat when held.
 * - B = blackout, like PowerPoint and the "blank" button of presentation clickers.
 * - Letters match the character typed (`key`), so the key labelled N works on
 *   AZERTY and QWERTY alike; `code` is the fallback on non-Latin layouts.
 * - Ctrl+Z (⌘Z) undoes the last timer action; otherwise nothing fires with
 *   Ctrl/Alt/Meta (browser and OS shortcuts, AltGr), nor while typing in a
 *   field (where Ctrl+Z undoes the typing), during IME composition, or with
 *   Shift on a letter.
 *
 * The UI should `preventDefault()` when an action is returned (Space would
 * otherwise scroll or click a focused button).
 */

export const ADJUST_SMALL_MS = 10_000;
export const ADJUST_LARGE_MS = 60_000;

export type ChairAction =
  | { type: 'toggle' }
  | { type: 'nextPhase' }
  /** Resolved by the main process: endTeam with the next team of the running order. */
  | { type: 'nextTeam' }
  | { type: 'adjust'; deltaMs: number }
  /** Display mode, not the timer: the projector goes black and back. */
  | { type: 'blackoutToggle' }
  /** Reverts the last timer action (main keeps it stored: timer-undo.ts). */
  | { type: 'undo' };

/** Physical key tokens; the UI turns them into glyphs or translated names ("Espace"). */
export type ChairKeyToken = 'Space' | 'N' | 'T' | 'B' | 'Z' | 'ArrowUp' | 'ArrowDown';

export interface ChairKeyBinding {
  key: ChairKeyToken;
  shift: boolean;
  /** Ctrl (⌘ on a Mac) held: only undo, the shortcut everyone already knows for it. */
  ctrl?: boolean;
  action: ChairAction;
  /** Whether holding the key down repeats the action. */
  repeatable: boolean;
  /** Translation key of the on-screen description. */
  descriptionCode: string;
}

export const CHAIR_KEYS: readonly ChairKeyBinding[] = Object.freeze([
  {
    key: 'Space',
    shift: false,
    action: { type: 'toggle' },
    repeatable: false,
    descriptionCode: 'chairKeys.toggle',
  },
  {
    key: 'N',
    shift: false,
    action: { type: 'nextPhase' },
    repeatable: false,
    descriptionCode: 'chairKeys.nextPhase',
  },
  {
    key: 'T',
    shift: false,
    action: { type: 'nextTeam' },
    repeatable: false,
    descriptionCode: 'chairKeys.nextTeam',
  },
  {
    key: 'ArrowUp',
    shift: false,
    action: { type: 'adjust', deltaMs: ADJUST_SMALL_MS },
    repeatable: true,
    descriptionCode: 'chairKeys.add10s',
  },
  {
    key: 'ArrowDown',
    shift: false,
    action: { type: 'adjust', deltaMs: -ADJUST_SMALL_MS },
    repeatable: true,
    descriptionCode: 'chairKeys.remove10s',
  },
  {
    key: 'ArrowUp',
    shift: true,
    action: { type: 'adjust', deltaMs: ADJUST_LARGE_MS },
    repeatable: true,
    descriptionCode: 'chairKeys.add1min',
  },
  {
    key: 'ArrowDown',
    shift: true,
    action: { type: 'adjust', deltaMs: -ADJUST_LARGE_MS },
    repeatable: true,
    descriptionCode: 'chairKeys.remove1min',
  },
  {
    key: 'B',
    shift: false,
    action: { type: 'blackoutToggle' },
    repeatable: false,
    descriptionCode: 'chairKeys.blackout',
  },
  {
    key: 'Z',
    shift: false,
    ctrl: true,
    action: { type: 'undo' },
    repeatable: false,
    descriptionCode: 'chairKeys.undo',
  },
]);

/** The fields of a DOM KeyboardEvent this needs, plus whether its target is editable. */
export interface ChairKeyInput {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** input, textarea, select or contenteditable: the chair is typing. */
  targetIsEditable: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

function tokenOf(key: string, code: string): string | null {
  if (key === ' ' || key === 'Spacebar' || (key === 'Unidentified' && code === 'Space')) return 'Space';
  if (key === 'ArrowUp' || key === 'ArrowDown') return key;
  if (/^[a-z]$/i.test(key)) return key.toUpperCase();
  // A single non-Latin character (Cyrillic, Greek layouts...): use the key's position.
  const position = /^Key([A-Z])$/.exec(code);
  if ([...key].length === 1 && position) return position[1] ?? null;
  return null;
}

export function keyToTimerCommand(input: ChairKeyInput): ChairAction | null {
  if (input.targetIsEditable || input.isComposing) return null;
  if (input.altKey) return null;
  // Ctrl/⌘ only with the bindings that ask for it (browser and OS shortcuts otherwise).
  const ctrl = input.ctrlKey || input.metaKey;
  const token = tokenOf(input.key, input.code);
  if (token === null) return null;
  const binding = CHAIR_KEYS.find(
    (b) => b.key === token && b.shift === input.shiftKey && (b.ctrl ?? false) === ctrl,
  );
  if (!binding) return null;
  if (input.repeat && !binding.repeatable) return null;
  return { ...binding.action };
}
