/**
 * Results derived from FROZEN objects, kept per object and per "signature"
 * (whatever else the result depends on, as a string). The per-connection
 * sheet cache hands out frozen score records and replaces a record on any
 * change (copy-on-write), so a frozen record is a value: what was computed
 * from it under the same signature cannot become stale. A score change gives
 * a new record (a miss); a weight change gives a new signature (a miss).
 * Records that are not frozen are never remembered: callers compute as usual.
 *
 * Entries live as long as their record (WeakMap). Only the most recently used
 * signatures are kept, so a chair trying many weights in a row does not keep
 * one result per sheet per weight they typed.
 */
export class FrozenMemo<V> {
  private readonly bySignature = new Map<string, WeakMap<object, V>>();

  constructor(private readonly maxSignatures: number) {}

  /** The table of one signature, made the most recently used. */
  table(signature: string): FrozenTable<V> {
    let map = this.bySignature.get(signature);
    if (map) this.bySignature.delete(signature);
    else map = new WeakMap();
    this.bySignature.set(signature, map);
    while (this.bySignature.size > this.maxSignatures) {
      const oldest = this.bySignature.keys().next().value as string;
      this.bySignature.delete(oldest);
    }
    return new FrozenTable(map);
  }
}

export class FrozenTable<V> {
  constructor(private readonly map: WeakMap<object, V>) {}

  get(key: object): V | undefined {
    return this.map.get(key);
  }

  /** Remembers `value` for `key` only when `key` is frozen (an object that can still change is never a key). */
  set(key: object, value: V): void {
    if (Object.isFrozen(key)) this.map.set(key, value);
  }
}
