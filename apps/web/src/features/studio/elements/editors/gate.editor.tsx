import { GATE_EFFECT_LABEL } from '@banfa/policy-model';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { ConditionField } from '../conditions/condition.editor';
import { labelled, settingChoices } from '../fields/document-options';
import { MultiSelectField, SelectField, SwitchField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';

/** A refusal or gate (不予立项, 不予支持 …): its effect, when it applies, 原则上, what the applicant is told. */
export function GateEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required />
      <SelectField path={[...path, 'effect']} label="后果" options={labelled(GATE_EFFECT_LABEL)} required />
      <ConditionField path={[...path, 'when']} label="触发条件" />
      <SwitchField path={[...path, 'soft']} label="原则上" extra="开启：作为提示并注明条款，不自动否决" />
      <TextField path={[...path, 'message']} label="提示内容" required multiline rows={2} />
      <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
      <IdField path={[...path, 'id']} />
    </>
  );
}
