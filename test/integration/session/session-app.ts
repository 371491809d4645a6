/**
 * A test app (real handlers over a temp SQLite file) with the demo event
 * loaded, a controlled clock, and typed helpers for pitch-day calls.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { CallName, CallOutput } from '../../../common/contract';
import type { ChairCommand } from '../../../common/contract/session';
import { testApp } from '../../support/temp';

export const T0 = Date.UTC(2026, 10, 27, 13, 0, 0);

/** The scopes of every `event.changed` pushed so far. */
export const changedScopes = (emitted: readonly { name: string; payload: unknown }[]) =>
  emitted.flatMap((e) => (e.name === 'event.changed' ? (e.payload as { scopes: string[] }).scopes : []));

/** Fakes only Date (SQLite and the dispatcher need real timers and promises). */
export function useControlledClock(): { advance: (ms: number) => void; now: () => number } {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  return {
    advance: (ms) => vi.setSystemTime(Date.now() + ms),
    now: () => Date.now(),
  };
}

export async function sessionApp() {
  const app = testApp();
  const loaded = await app.invoke('file.loadDemo', {});
  expect(loaded.ok).toBe(true);
  async function ok<N extends CallName>(name: N, input: unknown): Promise<CallOutput<N>> {
    const result = await app.invoke(name, input);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`);
    return result.value as CallOutput<N>;
  }
  async function refused(name: CallName, input: unknown) {
    const result = await app.invoke(name, input);
    if (result.ok) throw new Error(`${name} should have been refused`);
    return result.error;
  }
  const chair = (command: ChairCommand) => ok('timer.command', command);
  const timerPushes = () => app.emitted.filter((e) => e.name === 'timer.changed');
  return { ...app, ok, refused, chair, timerPushes, db: () => app.ctx.requireEventFile().db };
}
