import { connect, mapProps } from '@formily/react';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

interface SectionProps {
  title?: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}

function SectionBase({ title, description, children }: SectionProps) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      {typeof description === 'string' && description !== '' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {description}
        </Typography.Paragraph>
      )}
      {children}
    </Card>
  );
}

/**
 * A titled part of a form (基本情况, 资金安排计划 …). connect() observes the field, so a section retitled in the
 * designer shows its new title at once.
 */
export const Section = connect(
  SectionBase,
  mapProps((props: SectionProps, field) => ({ ...props, title: field.title, description: field.description })),
);
