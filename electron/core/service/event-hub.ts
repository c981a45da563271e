import type { EventChannel, EventPayloads } from '../../shared/ipc/contract.js';
import type { AppEventListener } from './app-service.js';

/** The service's typed event fan-out: windows, the tray and the preview bridge subscribe. */
export class EventHub {
  private readonly listeners = new Set<AppEventListener>();

  subscribe(listener: AppEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit<E extends EventChannel>(channel: E, payload: EventPayloads[E]): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(channel, payload);
      } catch (error) {
        // A window that failed to receive must not stop the tray from redrawing.
        console.error(`[service] a ${channel} listener failed:`, (error as Error).name);
      }
    }
  }
}
