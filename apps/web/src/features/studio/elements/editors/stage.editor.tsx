import { Descriptions } from 'antd';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { asList, asRecord, getIn } from '../fields/draft-data';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';

/** A stage of the procedure (立项, 采购, 验收 …); its steps and attachments are edited below it in the navigation. */
export function StageEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const stage = asRecord(getIn(draft.data, path));
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required placeholder="例如 立项" />
      <IdField path={[...path, 'id']} />
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="环节">{asList(stage['steps']).length} 个</Descriptions.Item>
        <Descriptions.Item label="材料">{asList(stage['attachments']).length} 项</Descriptions.Item>
      </Descriptions>
    </>
  );
}
