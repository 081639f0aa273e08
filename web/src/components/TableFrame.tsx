import type { ReactNode } from 'react';

/**
 * Wide tables scroll sideways on a phone instead of squeezing; the frame is focusable and named,
 * so keyboard users can scroll it too.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
