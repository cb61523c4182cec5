import { Form } from 'antd';
import type { ReactNode } from 'react';

/**
 * The fields of a part inside a field (a condition, a deadline): labelled for the width left to them, without a
 * form element of their own.
 */
export function NestedForm({ children }: { children: ReactNode }) {
  return (
    <Form component={false} layout="horizontal" labelCol={{ flex: '84px' }} labelWrap wrapperCol={{ flex: '1 1 0', style: { minWidth: 0 } }} colon={false}>
      {children}
    </Form>
  );
}
