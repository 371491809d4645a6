import { DomainError } from '../errors';

/**
 * A reorder must name every existing item exactly once; anything else means the
 * window worked on a stale list, and we refuse rather than lose an item.
 */
export function assertSameIds(current: readonly number[], proposed: readonly number[]): void {
  const a = [...current].sort((x, y) => x - y);
  const b = [...proposed].sort((x, y) => x - y);
  if (a.length !== b.length || a.some((value, i) => value !== b[i])) {
    throw new DomainError('error.notFound');
  }
}
