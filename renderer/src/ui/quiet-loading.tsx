import { useEffect, useState } from 'react';

/** Most waits at start-up are a few dozen milliseconds: say "loading" only if one is not. */
const QUIET_MS = 400;

/**
 * A loading message that appears only after a short quiet spell, so a fast start never flashes
 * text that is replaced a moment later (the window would otherwise paint "Loading…" first).
 */
export function QuietLoading({ label }: { label: string }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), QUIET_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="centered" aria-busy="true" aria-label={label}>
      {visible ? label : null}
    </div>
  );
}
