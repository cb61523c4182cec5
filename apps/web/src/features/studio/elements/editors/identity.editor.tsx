import { LEVEL_LABEL, POLICY_STATUS_LABEL } from '@banfa/policy-model';
import { Descriptions, Divider } from 'antd';
import { useStudioDraft } from '../../studio-draft.context';
import { asRecord, asText } from '../fields/draft-data';
import { labelled, settingChoices } from '../fields/document-options';
import { DateField, MultiSelectField, SelectField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { ItemList } from './item-list';

/** Title, version, number, issuer, status, dates of effect, what it repeals and where the text comes from. */
export function IdentityEditor() {
  const draft = useStudioDraft();
  const jurisdiction = asRecord(draft.data['jurisdiction']);
  const parent = asRecord(jurisdiction['parent']);
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="行政区划">
          {asText(jurisdiction['name'])}（{asText(jurisdiction['code'])}，{LEVEL_LABEL[asText(jurisdiction['level']) as keyof typeof LEVEL_LABEL] ?? asText(jurisdiction['level'])}）
          {parent['name'] ? `，上级：${asText(parent['name'])}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="文件标识">{asText(draft.data['id'])}</Descriptions.Item>
      </Descriptions>
      <TextField path={['title']} label="标题" required />
      <TextField path={['versionLabel']} label="版本" required placeholder="例如 二次征求意见稿、试行、2022年版" />
      <TextField path={['documentNumber']} label="文号" optional placeholder="例如 连府办〔2019〕32号" />
      <TextField path={['issuer']} label="发布机关" required />
      <SelectField path={['status']} label="效力状态" options={labelled(POLICY_STATUS_LABEL)} required />
      <Divider orientation="left" plain>
        施行期间
      </Divider>
      <DateField path={['effective', 'from']} label="施行日期" />
      <DateField path={['effective', 'to']} label="有效期至" />
      <TextField path={['effective', 'note']} label="说明" optional multiline rows={2} />
      <MultiSelectField path={['effective', 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
      <Divider orientation="left" plain>
        废止的文件
      </Divider>
      <ItemList
        path={['repeals']}
        noun="废止文件"
        create={() => ({ title: '' })}
        title={(item) => asText(item['title']) || '（未填写标题）'}
        render={(itemPath) => (
          <>
            <TextField path={[...itemPath, 'title']} label="标题" required />
            <TextField path={[...itemPath, 'documentNumber']} label="文号" optional />
          </>
        )}
      />
      <Divider orientation="left" plain>
        原文来源
      </Divider>
      <TextField path={['source', 'title']} label="原文标题" required />
      <TextField path={['source', 'file']} label="原文文件" required />
    </>
  );
}
