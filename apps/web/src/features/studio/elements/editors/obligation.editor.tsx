import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { ConditionField } from '../conditions/condition.editor';
import { bodyChoices, formChoices, settingChoices, trackChoices } from '../fields/document-options';
import { MultiSelectField, SelectField, SwitchField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';
import { ScheduleEditor } from './schedule.editor';

/** A duty with a date (a report, a filing, a self-evaluation window): who, to whom, when. */
export function ObligationEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required />
      <SelectField path={[...path, 'body']} label="履行机构" options={bodyChoices(draft.data)} required />
      <MultiSelectField path={[...path, 'to']} label="报送至" options={bodyChoices(draft.data)} placeholder="（无）" />
      <ScheduleEditor path={[...path, 'schedule']} />
      <ConditionField path={[...path, 'when']} label="适用条件" optional />
      <MultiSelectField path={[...path, 'tracks']} label="适用的管理方式" options={trackChoices(draft.data)} optional placeholder="（所有管理方式）" />
      <SwitchField path={[...path, 'soft']} label="原则上" />
      <SelectField path={[...path, 'form']} label="使用的表单" options={formChoices(draft.data)} optional />
      <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
      <IdField path={[...path, 'id']} />
    </>
  );
}
