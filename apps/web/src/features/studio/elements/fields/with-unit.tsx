import { Space } from 'antd';
import type { ReactNode } from 'react';

/** An input with its unit after it (万元, 个月, or a unit select), joined as one control. */
export function WithUnit({ unit, children }: { unit?: ReactNode; children: ReactNode }) {
  if (unit === undefined || unit === null) return <>{children}</>;
  return (
    <Space.Compact>
      {children}
      {typeof unit === 'string' ? <Space.Addon>{unit}</Space.Addon> : unit}
    </Space.Compact>
  );
}
