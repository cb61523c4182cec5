import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { ConditionField } from '../conditions/condition.editor';
import { settingChoices } from '../fields/document-options';
import { MultiSelectField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';

/** A track (备案制, 审批制 …): the first whose condition holds is chosen; one without a condition is the fallback. */
export function TrackEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required placeholder="例如 备案制" />
      <ConditionField path={[...path, 'when']} label="适用条件" optional extra="按顺序判断，第一个条件成立的管理方式适用；不设条件的作为其他情形的默认方式（通常放在最后）" />
      <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
      <IdField path={[...path, 'id']} />
    </>
  );
}
