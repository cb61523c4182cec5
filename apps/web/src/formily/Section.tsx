import { useField } from '@formily/react';
import { Card } from 'antd';
import type { ReactNode } from 'react';

/** A titled part of a form (基本情况, 资金安排计划 …). */
export function Section({ children }: { children?: ReactNode }) {
  const field = useField();
  return (
    <Card size="small" title={field.title} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}
