/**
 * Coalesces streamed text so the renderer gets at most one message per interval per request:
 * a 200-chunks-per-second stream must not become 200 IPC messages (and 200 React renders) a
 * second. The first piece waits one interval too, which is below what a reader can notice.
 */
export const DELTA_INTERVAL_MS = 17; // ≤ 60 events per second

export interface PendingDelta {
  content: string;
  reasoning: string;
}

export class DeltaBatcher {
  private content = '';
  private reasoning = '';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly emit: (delta: PendingDelta) => void,
    private readonly intervalMs = DELTA_INTERVAL_MS,
  ) {}

  push(kind: 'content' | 'reasoning', text: string): void {
    if (text === '') return;
    if (kind === 'content') this.content += text;
    else this.reasoning += text;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.intervalMs);
  }

  /** Sends what is pending now (the answer ended); nothing is sent when nothing is pending. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.content === '' && this.reasoning === '') return;
    const delta = { content: this.content, reasoning: this.reasoning };
    this.content = '';
    this.reasoning = '';
    this.emit(delta);
  }
}
