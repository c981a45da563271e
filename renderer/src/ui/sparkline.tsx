import { useId } from 'react';

import type { BalancePoint } from '../../../electron/shared/domain/balance.js';

const W = 300;
const H = 64;
const PAD = 3;

/**
 * The balance history as a small SVG line. Time runs on the x axis (not the sample index) so a
 * gap while the computer slept looks like a gap. The label carries the range for screen readers.
 */
export function Sparkline({ points, label }: { points: BalancePoint[]; label: string }) {
  const gradient = useId();
  if (points.length < 2) return null;
  const times = points.map((p) => p.at.getTime());
  const values = points.map((p) => p.balanceUsd);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (t: number) => PAD + ((t - t0) / (t1 - t0 || 1)) * (W - 2 * PAD);
  // A flat line sits in the middle rather than on the floor.
  const y = (v: number) => (v1 === v0 ? H / 2 : PAD + (1 - (v - v0) / (v1 - v0)) * (H - 2 * PAD));
  const line = points.map((p) => `${x(p.at.getTime()).toFixed(1)},${y(p.balanceUsd).toFixed(1)}`);
  const area = `M${line[0]} L${line.slice(1).join(' L')} L${x(t1)},${H} L${x(t0)},${H} Z`;
  const last = points[points.length - 1];

  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <defs>
        <linearGradient id={gradient} x1="0" x2="0" y1="0" y2="1">
          <stop offset="0%" stopColor="var(--accent)" stopOpacity="0.25" />
          <stop offset="100%" stopColor="var(--accent)" stopOpacity="0" />
        </linearGradient>
      </defs>
      <path d={area} fill={`url(#${gradient})`} />
      <polyline
        points={line.join(' ')}
        fill="none"
        stroke="var(--accent)"
        strokeWidth="1.6"
        vectorEffect="non-scaling-stroke"
      />
      {last && (
        // A zero-length round-capped line: stays a dot under the non-uniform viewBox stretch.
        <line
          x1={x(last.at.getTime())}
          x2={x(last.at.getTime())}
          y1={y(last.balanceUsd)}
          y2={y(last.balanceUsd)}
          stroke="var(--accent)"
          strokeWidth="6"
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
