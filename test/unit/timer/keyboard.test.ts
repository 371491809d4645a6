import { describe, expect, it } from 'vitest';
import type { ChairKeyInput } from '../../../common/timer';
import { ADJUST_LARGE_MS, ADJUST_SMALL_MS, CHAIR_KEYS, keyToTimerCommand } from '../../../common/timer';

function press(key: string, code: string, extra: Partial<ChairKeyInput> = {}): ChairKeyInput {
  return {
    key,
    code,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    shiftKey: false,
    targetIsEditable: false,
    ...extra,
  };
}

describe('keyToTimerCommand', () => {
  it('maps the chair keys', () => {
    expect(keyToTimerCommand(press(' ', 'Space'))).toEqual({ type: 'toggle' });
    expect(keyToTimerCommand(press('n', 'KeyN'))).toEqual({ type: 'nextPhase' });
    expect(keyToTimerCommand(press('t', 'KeyT'))).toEqual({ type: 'nextTeam' });
    expect(keyToTimerCommand(press('b', 'KeyB'))).toEqual({ type: 'blackoutToggle' });
    expect(keyToTimerCommand(press('ArrowUp', 'ArrowUp'))).toEqual({
      type: 'adjust',
      deltaMs: ADJUST_SMALL_MS,
    });
    expect(keyToTimerCommand(press('ArrowDown', 'ArrowDown'))).toEqual({
      type: 'adjust',
      deltaMs: -ADJUST_SMALL_MS,
    });
    expect(keyToTimerCommand(press('ArrowUp', 'ArrowUp', { shiftKey: true }))).toEqual({
      type: 'adjust',
      deltaMs: ADJUST_LARGE_MS,
    });
    expect(keyToTimerCommand(press('ArrowDown', 'ArrowDown', { shiftKey: true }))).toEqual({
      type: 'adjust',
      deltaMs: -ADJUST_LARGE_MS,
    });
  });

  it('never fires while typing in a field or composing', () => {
    expect(keyToTimerCommand(press(' ', 'Space', { targetIsEditable: true }))).toBeNull();
    expect(keyToTimerCommand(press('n', 'KeyN', { targetIsEditable: true }))).toBeNull();
    expect(keyToTimerCommand(press('n', 'KeyN', { isComposing: true }))).toBeNull();
  });

  it('ignores Ctrl, Alt, Meta (and AltGr), and Shift on letters', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(keyToTimerCommand(press('t', 'KeyT', { [modifier]: true }))).toBeNull();
      expect(keyToTimerCommand(press('ArrowUp', 'ArrowUp', { [modifier]: true }))).toBeNull();
    }
    expect(keyToTimerCommand(press('T', 'KeyT', { shiftKey: true }))).toBeNull();
    expect(keyToTimerCommand(press(' ', 'Space', { shiftKey: true }))).toBeNull();
  });

  it('follows the character on AZERTY, the position on non-Latin layouts, and Caps Lock', () => {
    // AZERTY: the key at QWERTY's A types "q"; the key labelled N is where QWERTY has N.
    expect(keyToTimerCommand(press('q', 'KeyA'))).toBeNull();
    expect(keyToTimerCommand(press('t', 'KeyT'))).toEqual({ type: 'nextTeam' });
    // Russian layout: the key at KeyT types "е".
    expect(keyToTimerCommand(press('е', 'KeyT'))).toEqual({ type: 'nextTeam' });
    expect(keyToTimerCommand(press('N', 'KeyN'))).toEqual({ type: 'nextPhase' });
  });

  it('only adjustments repeat when a key is held', () => {
    expect(keyToTimerCommand(press(' ', 'Space', { repeat: true }))).toBeNull();
    expect(keyToTimerCommand(press('t', 'KeyT', { repeat: true }))).toBeNull();
    expect(keyToTimerCommand(press('ArrowUp', 'ArrowUp', { repeat: true }))).toEqual({
      type: 'adjust',
      deltaMs: ADJUST_SMALL_MS,
    });
  });

  it('ignores everything else', () => {
    for (const [key, code] of [
      ['Enter', 'Enter'],
      ['Escape', 'Escape'],
      ['x', 'KeyX'],
      ['1', 'Digit1'],
      ['ArrowLeft', 'ArrowLeft'],
    ]) {
      expect(keyToTimerCommand(press(key ?? '', code ?? ''))).toBeNull();
    }
  });

  it('the on-screen table is conflict-free and is exactly what the function does', () => {
    const combos = CHAIR_KEYS.map((b) => `${b.ctrl ? 'Ctrl+' : ''}${b.shift ? 'Shift+' : ''}${b.key}`);
    expect(new Set(combos).size).toBe(combos.length);
    for (const binding of CHAIR_KEYS) {
      const key =
        binding.key === 'Space' ? ' ' : binding.key.length === 1 ? binding.key.toLowerCase() : binding.key;
      const code = binding.key.length === 1 ? `Key${binding.key}` : binding.key;
      expect(
        keyToTimerCommand(press(key, code, { shiftKey: binding.shift, ctrlKey: binding.ctrl ?? false })),
      ).toEqual(binding.action);
    }
  });

  it('Ctrl+Z (⌘Z) undoes the last timer action, except in a field where it undoes the typing', () => {
    expect(keyToTimerCommand(press('z', 'KeyZ', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(keyToTimerCommand(press('z', 'KeyZ', { metaKey: true }))).toEqual({ type: 'undo' });
    expect(keyToTimerCommand(press('z', 'KeyZ'))).toBeNull();
    expect(keyToTimerCommand(press('t', 'KeyT', { ctrlKey: true }))).toBeNull();
    expect(keyToTimerCommand(press('z', 'KeyZ', { ctrlKey: true, targetIsEditable: true }))).toBeNull();
  });

  it('returned actions cannot alter the table', () => {
    const action = keyToTimerCommand(press('ArrowUp', 'ArrowUp'));
    if (action?.type === 'adjust') action.deltaMs = 1;
    expect(keyToTimerCommand(press('ArrowUp', 'ArrowUp'))).toEqual({
      type: 'adjust',
      deltaMs: ADJUST_SMALL_MS,
    });
  });
});
