import { useEffect, useRef } from 'react';
import { type ChairAction, keyToTimerCommand } from '../../../common/timer';

/** The chair is typing: keys belong to the field (sliders and checkboxes included). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
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
      if (document.activeElement instanceof HTMLButtonElement) document.activeElement.blur();
      handler.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
