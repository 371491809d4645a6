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
 * one result per sheet per weight they typed. At 300 teams × 15 jurors × 8
 * criteria one signature's totals weigh about 1.2 MB of heap; the users keep 8 (the
 * event and its prize tracks; more distinct ones only cost recomputes).
 */

/** What a memo did so far (tests check that the shared path is really taken). */
export interface FrozenMemoStats {
  hits: number;
  stored: number;
}

export class FrozenMemo<V> {
  private readonly bySignature = new Map<string, WeakMap<object, V>>();
  private readonly counts: FrozenMemoStats = { hits: 0, stored: 0 };

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
    return new FrozenTable(map, this.counts);
  }

  stats(): FrozenMemoStats {
    return { ...this.counts };
  }
}

export class FrozenTable<V> {
  constructor(
    private readonly map: WeakMap<object, V>,
    private readonly counts: FrozenMemoStats,
  ) {}

  get(key: object): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) this.counts.hits += 1;
    return value;
  }

  /** Remembers `value` for `key` only when `key` is frozen (an object that can still change is never a key). */
  set(key: object, value: V): void {
    if (!Object.isFrozen(key)) return;
    this.map.set(key, value);
    this.counts.stored += 1;
  }
}
