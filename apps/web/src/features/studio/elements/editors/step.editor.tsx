import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { ConditionField } from '../conditions/condition.editor';
import { bodyChoices, eventChoices, formChoices, settingChoices, stepChoices, trackChoices } from '../fields/document-options';
import { asRecord, asText, getIn } from '../fields/draft-data';
import { MultiSelectField, SelectField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { DeadlineEditor } from './deadline.editor';
import { IdField } from './id.field';

/** A step of a stage: who acts, after which steps, on which tracks, when, within what period, done on what event. */
export function StepEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const id = asText(asRecord(getIn(draft.data, path))['id']);
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required placeholder="例如 资金审核" />
      <SelectField path={[...path, 'body']} label="办理机构" options={bodyChoices(draft.data)} required />
      <MultiSelectField path={[...path, 'after']} label="前置环节" options={stepChoices(draft.data, id)} extra="这些环节都办结后本环节才开始；前置环节相同的环节并行办理" />
      <MultiSelectField path={[...path, 'tracks']} label="适用的管理方式" options={trackChoices(draft.data)} optional placeholder="（所有管理方式）" />
      <ConditionField path={[...path, 'when']} label="适用条件" optional />
      <DeadlineEditor path={[...path, 'deadline']} optional />
      <SelectField path={[...path, 'doneOn']} label="办结事件" options={eventChoices(draft.data)} optional placeholder="（由审查机构办结）" extra="由该事件办结的环节，例如申报单位的环节在提交申报时办结" />
      <SelectField path={[...path, 'form']} label="使用的表单" options={formChoices(draft.data)} optional />
      <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
      <IdField path={[...path, 'id']} />
    </>
  );
}
