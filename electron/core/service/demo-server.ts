import type { AppServicePorts, DemoServerHandle } from './app-service.js';

/**
 * The built-in local server behind "Try the demo": started on first use, shared by every demo
 * account of this run, closed with the service. Its URL changes each run, so a saved demo account
 * is pointed at the new one when it becomes active.
 */
export class DemoServer {
  private starting: Promise<DemoServerHandle> | null = null;

  constructor(private readonly start: AppServicePorts['startDemoServer']) {}

  ensure(): Promise<DemoServerHandle> {
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  async close(): Promise<void> {
    const starting = this.starting;
    this.starting = null;
    if (!starting) return;
    const handle = await starting.catch(() => null);
    await handle?.close?.();
  }
}
