import { createParser } from 'eventsource-parser';

/**
 * Reads a `text/event-stream` body and hands each event's data to `onData`, in order. Comment
 * lines (`: PING` keep-alives) are ignored, events split across TCP packets (even mid-character)
 * are reassembled. Returns when the body ends or right after `data: [DONE]`.
 */
export async function readSse(
  body: AsyncIterable<Uint8Array>,
  handlers: { onData: (data: string) => void; onChunk?: () => void },
): Promise<{ sawDone: boolean }> {
  let sawDone = false;
  const parser = createParser({
    onEvent: (event) => {
      if (sawDone) return;
      if (event.data.trim() === '[DONE]') {
        sawDone = true;
        return;
      }
      handlers.onData(event.data);
    },
  });
  const decoder = new TextDecoder();
  for await (const chunk of body) {
    handlers.onChunk?.();
    parser.feed(decoder.decode(chunk, { stream: true }));
    // Leaving the loop early closes the body: nothing useful comes after [DONE].
    if (sawDone) return { sawDone };
  }
  parser.feed(decoder.decode());
  // A last event without its blank line still counts (some proxies trim the trailing newline).
  parser.feed('\n\n');
  return { sawDone };
}

/** A watchdog for silence between chunks: `touch()` on every chunk, `fired` once it tripped. */
export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  fired = false;

  constructor(
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {}

  touch(): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.fired = true;
      this.onIdle();
    }, this.ms);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
