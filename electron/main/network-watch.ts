/**
 * Tells the service when the network comes back, so the balance is read at once instead of at
 * the next (possibly backed-off) poll. Electron's `net.isOnline()` is cheap; asking every 30 s
 * is simpler and sturdier than a hidden window listening for the DOM's online event.
 */
export function watchNetwork(options: {
  isOnline(): boolean;
  onOnline(): void;
  intervalMs?: number;
}): () => void {
  let online = options.isOnline();
  const timer = setInterval(() => {
    const now = options.isOnline();
    if (now && !online) options.onOnline();
    online = now;
  }, options.intervalMs ?? 30_000);
  timer.unref?.();
  return () => clearInterval(timer);
}
