/**
 * The phone's writes not yet acknowledged by the laptop, kept in local
 * storage: a juror who loses the Wi-Fi (or reloads the page, or closes the
 * browser) keeps what they typed, and it is sent again, with its idempotency
 * key, as soon as the connection is back. The laptop records each key once.
 */

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxEntry {
  key: string;
  name: string;
  input: unknown;
  queuedAt: number;
  /** Whose write it is ('juror:3'): a phone that changes hands never sends a previous juror's scores. */
  owner: string;
}

const STORAGE_KEY = 'pitch-jury.lan.outbox';

export class Outbox {
  private entries: OutboxEntry[];

  constructor(private readonly storage: StorageLike | null) {
    this.entries = this.load();
  }

  all(): readonly OutboxEntry[] {
    return this.entries;
  }

  get size(): number {
    return this.entries.length;
  }

  add(entry: OutboxEntry): void {
    this.entries = [...this.entries.filter((e) => e.key !== entry.key), entry];
    this.save();
  }

  remove(key: string): void {
    const next = this.entries.filter((e) => e.key !== key);
    if (next.length === this.entries.length) return;
    this.entries = next;
    this.save();
  }

  clear(): void {
    this.entries = [];
    this.save();
  }

  private load(): OutboxEntry[] {
    try {
      const parsed = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? '[]') as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (e): e is OutboxEntry =>
          typeof e === 'object' &&
          e !== null &&
          typeof e.key === 'string' &&
          typeof e.name === 'string' &&
          typeof e.owner === 'string' &&
          typeof e.queuedAt === 'number',
      );
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.entries.length === 0) this.storage?.removeItem(STORAGE_KEY);
      else this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.entries));
    } catch {
      // Storage full or disabled (private browsing): the entries stay in memory for this page.
    }
  }
}
