import { describe, expect, it } from 'vitest';
import {
  beforeQuitStep,
  initialQuitState,
  QuitFlow,
  type QuitState,
  willQuitStep,
  windowCloseStep,
} from '../../../main/app/quit-flow';

const state = (patch: Partial<QuitState> = {}): QuitState => ({ ...initialQuitState(), ...patch });

describe('quit steps (pure)', () => {
  it('asks mid-pitch, once; proceeds when idle, confirmed or already shutting down', () => {
    expect(beforeQuitStep(state(), true)).toBe('ask');
    expect(beforeQuitStep(state({ asking: true }), true)).toBe('wait');
    expect(beforeQuitStep(state(), false)).toBe('proceed');
    expect(beforeQuitStep(state({ confirmed: true }), true)).toBe('proceed');
    expect(beforeQuitStep(state({ shutdown: 'done' }), true)).toBe('proceed');
  });

  it('lets windows close without a question once the app is quitting', () => {
    expect(windowCloseStep(state({ quitting: true }), true)).toBe('proceed');
    expect(windowCloseStep(state(), true)).toBe('ask');
  });

  it('shuts down once in will-quit, holds the quit meanwhile, then exits', () => {
    expect(willQuitStep(state())).toBe('shutdown');
    expect(willQuitStep(state({ shutdown: 'running' }))).toBe('wait');
    expect(willQuitStep(state({ shutdown: 'done' }))).toBe('exit');
  });
});

/** A minimal model of Electron's app.quit() ordering: before-quit, (windows), will-quit. */
function harness(midPitch: boolean, answers: boolean[]) {
  const log: string[] = [];
  let exited = false;
  const event = () => {
    const e = { prevented: false, preventDefault: () => (e.prevented = true) };
    return e;
  };
  const flow: QuitFlow = new QuitFlow({
    midPitchTeam: () => (midPitch ? 'Tāmaʻa Teriʻi' : null),
    ask: async (team) => {
      log.push(`ask ${team}`);
      return answers.shift() ?? false;
    },
    shutdown: async () => {
      log.push('shutdown');
    },
    quit: () => quit(),
    exit: () => {
      log.push('exit');
      exited = true;
    },
  });
  function quit(): void {
    log.push('quit');
    const before = event();
    flow.beforeQuit(before);
    if (before.prevented) return;
    const will = event();
    flow.willQuit(will);
    if (!will.prevented) exited = true;
  }
  return { flow, log, quit, exited: () => exited };
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('QuitFlow', () => {
  it('a cancelled quit mid-pitch shuts nothing down', async () => {
    const h = harness(true, [false]);
    h.quit();
    await flush();
    expect(h.log).toEqual(['quit', 'ask Tāmaʻa Teriʻi']);
    expect(h.exited()).toBe(false);
    expect(h.flow.state.confirmed).toBe(false);
  });

  it('an accepted quit shuts down once, then exits', async () => {
    const h = harness(true, [true]);
    h.quit();
    await flush();
    expect(h.log).toEqual(['quit', 'ask Tāmaʻa Teriʻi', 'quit', 'shutdown', 'exit']);
    expect(h.exited()).toBe(true);
  });

  it('a quit with no clock running shuts down without asking (File > Quit, Cmd+Q)', async () => {
    const h = harness(false, []);
    h.quit();
    await flush();
    expect(h.log).toEqual(['quit', 'shutdown', 'exit']);
    expect(h.exited()).toBe(true);
  });

  it('a second Cmd+Q while the question is open neither asks again nor quits', async () => {
    const h = harness(true, [false]);
    h.quit();
    h.quit();
    await flush();
    expect(h.log.filter((l) => l.startsWith('ask'))).toHaveLength(1);
    expect(h.exited()).toBe(false);
  });

  it('closing the control window mid-pitch asks over it; accepting quits the app', async () => {
    const h = harness(true, [true]);
    const close = { prevented: false, preventDefault: () => (close.prevented = true) };
    h.flow.windowClose(close, 'control');
    expect(close.prevented).toBe(true);
    await flush();
    expect(h.exited()).toBe(true);
    expect(h.log.filter((l) => l === 'shutdown')).toHaveLength(1);
  });
});
