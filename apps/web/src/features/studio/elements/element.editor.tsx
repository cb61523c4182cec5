import { Alert, Button, Form, Tag, Typography } from 'antd';
import { useMemo, type ComponentType } from 'react';
import { useStudioDraft, type DocumentPath } from '../studio-draft.context';
import { listSpecAt, type ElementKind } from './element-kinds.model';
import { referenceCounter } from './element-references';
import { AttachmentEditor } from './editors/attachment.editor';
import { BodyEditor } from './editors/body.editor';
import { ChangeRuleEditor } from './editors/change-rule.editor';
import { CountingEditor } from './editors/counting.editor';
import { FactEditor } from './editors/fact.editor';
import { GateEditor } from './editors/gate.editor';
import { IdentityEditor } from './editors/identity.editor';
import { ItemActions } from './editors/item-list';
import { NoteEditor } from './editors/note.editor';
import { ObligationEditor } from './editors/obligation.editor';
import { ProvisionEditor } from './editors/provision.editor';
import { SettingEditor } from './editors/setting.editor';
import { StageEditor } from './editors/stage.editor';
import { StepEditor } from './editors/step.editor';
import { TrackEditor } from './editors/track.editor';
import { CitationEditor } from './fields/citation.editor';
import { asList, asRecord, getIn } from './fields/draft-data';

const EDITORS: Readonly<Record<Exclude<ElementKind, 'identity' | 'counting'>, ComponentType<{ path: DocumentPath }>>> = {
  body: BodyEditor,
  fact: FactEditor,
  setting: SettingEditor,
  track: TrackEditor,
  stage: StageEditor,
  step: StepEditor,
  attachment: AttachmentEditor,
  changeRule: ChangeRuleEditor,
  obligation: ObligationEditor,
  gate: GateEditor,
  provision: ProvisionEditor,
  note: NoteEditor,
};

/** The form of one element, its article and source sentence beside it, and moving or deleting it. */
export function ElementEditor({ path, kind, onSelect }: { path: DocumentPath; kind: ElementKind; onSelect(path: DocumentPath): void }) {
  const draft = useStudioDraft();
  const element = getIn(draft.data, path);
  const references = useMemo(() => referenceCounter(draft.data)(element), [draft.data, element]);
  if (kind === 'identity' || kind === 'counting') {
    return (
      <section data-testid={`editor-${kind}`}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {kind === 'identity' ? '基本信息与状态' : '期限计算规则'}
        </Typography.Title>
        <Form className="banfa-element-form" layout="horizontal" labelCol={{ flex: '120px' }} labelWrap wrapperCol={{ flex: '1 1 0', style: { minWidth: 0 } }} colon={false}>
          {kind === 'identity' ? <IdentityEditor /> : <CountingEditor />}
        </Form>
      </section>
    );
  }
  const listPath = path.slice(0, -1);
  const index = Number(path.at(-1));
  const spec = listSpecAt(listPath);
  if (!spec || element === undefined) return <Alert type="warning" showIcon message="此要素已不存在（可能已在 YAML 中删除）" />;
  const count = asList(getIn(draft.data, listPath)).length;
  const Editor = EDITORS[kind];
  const hasCite = kind !== 'note' || asRecord(element)['cite'] !== undefined;
  return (
    <section data-testid={`editor-${kind}`} data-path={path.join('.')}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 12 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flex: 1, minWidth: 0 }}>
          <Tag style={{ flex: 'none' }}>{spec.noun}</Tag>
          <Typography.Title level={5} style={{ margin: 0, minWidth: 0 }} ellipsis={{ tooltip: true }} data-testid="element-title">
            {spec.title(asRecord(element))}
          </Typography.Title>
        </div>
        {draft.editable ? (
          <ItemActions
            path={listPath}
            index={index}
            count={count}
            noun={spec.noun}
            canDelete={!(kind === 'step' && count <= 1)}
            warning={references > 0 ? `文件中另有 ${references} 处引用它，删除后这些地方会显示错误。` : undefined}
            onMoved={(to) => onSelect([...listPath, to])}
            onDeleted={() => onSelect(listPath)}
          />
        ) : null}
      </div>
      <div className="banfa-element-body">
        <div className="banfa-element-columns">
          <div className="banfa-element-cite">
            {hasCite ? (
              <CitationEditor path={[...path, 'cite']} />
            ) : draft.editable ? (
              <Button size="small" onClick={() => draft.setIn([...path, 'cite'], {})}>
                注明出处
              </Button>
            ) : null}
          </div>
          <Form className="banfa-element-form" layout="horizontal" labelCol={{ flex: '120px' }} labelWrap wrapperCol={{ flex: '1 1 0', style: { minWidth: 0 } }} colon={false}>
            <Editor path={path} />
          </Form>
        </div>
      </div>
    </section>
  );
}
