/**
 * Public surface of the pure timer: main process, display and control room import from here.
 * The zod schemas live in './schema' (imported directly by the contract) so the
 * display bundle does not pay for zod when it only needs the clock.
 */
export * from './format';
export * from './guard';
export * from './keyboard';
export * from './reads';
export * from './reducer';
export type * from './types';
