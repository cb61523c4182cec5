import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { ConditionField } from '../conditions/condition.editor';
import { formChoices, settingChoices, trackChoices } from '../fields/document-options';
import { MultiSelectField, SelectField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';

/** A document the applicant submits at this stage, on which tracks and when, on which form. */
export function AttachmentEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required placeholder="例如 商用密码应用建设方案" />
      <MultiSelectField path={[...path, 'tracks']} label="适用的管理方式" options={trackChoices(draft.data)} optional placeholder="（所有管理方式）" />
      <ConditionField path={[...path, 'when']} label="须提交的条件" optional />
      <SelectField path={[...path, 'form']} label="对应表单" options={formChoices(draft.data)} optional />
      <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
      <IdField path={[...path, 'id']} />
    </>
  );
}
