import type { EventName, EventPayload } from '../../../common/contract';

/** One listener of every pushed event: the host's windows, the local network, a test. */
export type EventListener = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

/**
 * The pushed events of one app context. The host (Electron, the E2E harness,
 * a test) subscribes its windows when it builds the context; the local
 * network subscribes when its server starts. Listeners run in the order they
 * subscribed; one that throws does not stop the others.
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  /** Returns the function that unsubscribes. */
  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(name, payload);
      } catch (error) {
        console.error(`[pitch-jury] a listener of ${name} failed:`, error);
      }
    }
  }
}
