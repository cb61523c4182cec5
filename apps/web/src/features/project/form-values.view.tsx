import { Form } from '@formily/antd-v5';
import { createForm } from '@formily/core';
import { useMemo } from 'react';
import { SchemaField } from '../../formily/SchemaField';

/** A filled-in form as submitted, read only (the same schema the department filled). */
export function FormValuesView({ schema, values }: { schema: Record<string, unknown>; values: Record<string, unknown> }) {
  const form = useMemo(() => createForm({ initialValues: values, readPretty: true }), [values]);
  return (
    <Form form={form} layout="vertical">
      <SchemaField schema={{ ...schema, type: 'object' }} />
    </Form>
  );
}
