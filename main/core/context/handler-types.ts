import type { z } from 'zod';
import type { CallName, CallOutput, Calls } from '../../../common/contract';

/** A handler receives the *parsed* input (defaults applied) and returns the output. */
export type Handler<N extends CallName> = (
  input: z.output<Calls[N]['input']>,
) => CallOutput<N> | Promise<CallOutput<N>>;

export type HandlerMap<N extends CallName> = { [K in N]: Handler<K> };

/** Every call of the contract must have exactly one handler: the type enforces it. */
export type Handlers = HandlerMap<CallName>;
