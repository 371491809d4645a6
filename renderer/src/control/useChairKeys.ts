import { useEffect, useRef } from 'react';
import { type ChairAction, keyToTimerCommand } from '../../../common/timer';

/** Inputs that take no typing: a key pressed on them is the chair's, not theirs. */
const CLICK_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'color', 'file']);

/**
 * The chair is typing: keys belong to the field. A checkbox or a button the
 * chair just clicked ("Couper le son") is not typing: Space then drives the
 * timer instead of toggling the control again. A slider keeps its arrows.
 */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !CLICK_INPUTS.has(target.type);
  return ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The chair's keyboard (common/timer/keyboard.ts) on this page. A key that
 * maps to an action is consumed (no scrolling, no second click on a focused
 * button); keys typed in a field never act.
 */
export function useChairKeys(onAction: (action: ChairAction) => void): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = keyToTimerCommand({
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        targetIsEditable: isEditableTarget(event.target),
        repeat: event.repeat,
        isComposing: event.isComposing,
      });
      if (!action) return;
      event.preventDefault();
      // A focused button or checkbox would otherwise take the key's click on keyup.
      const focused = document.activeElement;
      if (focused instanceof HTMLButtonElement || focused instanceof HTMLInputElement) focused.blur();
      handler.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
