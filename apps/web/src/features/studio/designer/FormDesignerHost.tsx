import type { ResolvedFact } from '@banfa/policy-model';
import { Alert, Space } from 'antd';
import { forwardRef, useImperativeHandle } from 'react';
import type { StudioDraft } from '../studio-draft.context';
import { FormDesigner } from './FormDesigner';
import { useFormSchema } from './use-form-schema';

export interface FormDesignerHostHandle {
  /** Writes what is pending into the draft now (before another form is opened, created or deleted). */
  flush(): void;
}

interface Props {
  draft: StudioDraft;
  index: number;
  formId: string;
  facts: ReadonlyArray<ResolvedFact>;
}

/**
 * The open form's designer and its working copy of the schema (use-form-schema.ts). A keystroke in the designer
 * re-renders this and the designer only, not the whole 表单 tab.
 */
export const FormDesignerHost = forwardRef<FormDesignerHostHandle, Props>(function FormDesignerHost({ draft, index, formId, facts }, ref) {
  const formSchema = useFormSchema(draft, index, formId);
  useImperativeHandle(ref, () => ({ flush: formSchema.flush }), [formSchema.flush]);
  if (!formSchema.schema) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {formSchema.problem && <Alert type="error" showIcon message={formSchema.problem} />}
      <FormDesigner key={formId} schema={formSchema.schema} onChange={formSchema.change} facts={facts} readOnly={!draft.editable} fileName={`${formId}.schema.json`} />
    </Space>
  );
});
