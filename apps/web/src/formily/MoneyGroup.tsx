import type { ReactNode } from 'react';

/** A row of related amounts (the five years of 资金安排计划, the funding sources), laid out as a grid. */
export function MoneyGroup({ children }: { children?: ReactNode }) {
  return <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 16 }}>{children}</div>;
}
