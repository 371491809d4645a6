import { AsyncLocalStorage } from 'node:async_hooks';
import type { RefreshScope } from '../../../common/contract/refresh-scopes';

/**
 * What one dispatched call announces while its handler runs, against what its
 * contract declares it invalidates (common/contract/*.scopes.ts). Pages
 * re-read from those declarations, so a handler announcing an undeclared
 * scope would refresh a page nobody told to listen: the dispatcher makes that
 * a loud error in tests and development builds.
 *
 * AsyncLocalStorage attributes an announcement to the call whose handler made
 * it, even across awaits and with several calls in flight. Work a handler
 * leaves running after it answered (a PDF job settling, a server's later
 * logins) is no longer watched: the watch closes when the handler settles.
 */
export class AnnounceWatch {
  private open = true;
  readonly stray = new Set<RefreshScope>();

  constructor(private readonly allowed: readonly RefreshScope[]) {}

  note(scopes: readonly RefreshScope[]): void {
    if (!this.open) return;
    for (const scope of scopes) if (!this.allowed.includes(scope)) this.stray.add(scope);
  }

  close(): void {
    this.open = false;
  }
}

/** The watch of the call being dispatched, if its context checks announcements. */
export class AnnounceWatches {
  private readonly storage = new AsyncLocalStorage<AnnounceWatch>();

  /** Runs `handler` under a fresh watch; resolves with its value and what it announced beyond `allowed`. */
  async run<T>(
    allowed: readonly RefreshScope[],
    handler: () => T | Promise<T>,
  ): Promise<{ value: T; stray: RefreshScope[] }> {
    const watch = new AnnounceWatch(allowed);
    try {
      const value = await this.storage.run(watch, handler);
      return { value, stray: [...watch.stray] };
    } finally {
      watch.close();
    }
  }

  note(scopes: readonly RefreshScope[]): void {
    this.storage.getStore()?.note(scopes);
  }
}
