import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'good' | 'warn' | 'bad' | 'info' | 'tier';

/** A small label for statuses, tiers and enum values. `rank` shades tier badges by level. */
export function Badge({ tone = 'neutral', rank, children, title }: { tone?: BadgeTone; rank?: number; children: ReactNode; title?: string }) {
  const cls = `badge badge-${tone}${rank != null ? ` badge-rank-${Math.min(rank, 5)}` : ''}`;
  return (
    <span className={cls} title={title}>
      {children}
    </span>
  );
}
