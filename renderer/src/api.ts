import type {
  CallError,
  CallInput,
  CallName,
  CallOutput,
  CallResult,
  EventName,
  EventPayload,
  PitchJuryBridge,
} from '../../common/contract';

declare global {
  interface Window {
    pitchJury?: PitchJuryBridge;
  }
}

/** A refused call, carrying the translated message and field issues for forms. */
export class CallFailure extends Error {
  readonly error: CallError;
  constructor(error: CallError) {
    super(error.message);
    this.name = 'CallFailure';
    this.error = error;
  }
}

function bridge(): PitchJuryBridge {
  if (!window.pitchJury) throw new Error('Pitch Jury bridge missing: the preload did not run.');
  return window.pitchJury;
}

/** Typed call through the contract; throws CallFailure when main refuses. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await bridge().invoke(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new CallFailure(result.error);
  return result.value;
}

export function subscribe<N extends EventName>(
  name: N,
  listener: (payload: EventPayload<N>) => void,
): () => void {
  return bridge().on(name, (payload) => listener(payload as EventPayload<N>));
}
