/** Public surface of the running order: statuses, reordering, the transparent draw and the schedule. */
export * from './draw';
export * from './order';
export * from './schedule';
export * from './types';
