import type { PolicyVersionView } from '@banfa/api-contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Result, Skeleton, Splitter, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../api/http';
import { useAuth } from '../../../auth/AuthContext';
import { FormsPanel } from '../designer/forms.panel';
import { PolicyElementsPanel } from '../elements/policy-elements.panel';
import { HistoryPanel } from '../history/history.panel';
import { PublishPanel } from '../publish/publish.panel';
import { ScenariosPanel } from '../simulation/scenarios.panel';
import { SimulationPanel } from '../simulation/simulation.panel';
import { StudioDraftContext } from '../studio-draft.context';
import { ConflictDialog } from './conflict.dialog';
import { localStorageMirror } from './draft-mirror';
import { EditorHeader } from './editor-header';
import { NewDraftButton } from './new-draft.button';
import { PanelHost } from './panel-host';
import { loadVersion, studioTransport } from './policy-versions.api';
import { shortTime } from './save-errors';
import { usePolicyDraft } from './use-policy-draft';
import { canOnVersion } from './version.permissions';
import { YamlPane } from './yaml.pane';
import './studio-editor.css';

const TABS = [
  { key: 'elements', label: '要素', Panel: PolicyElementsPanel },
  { key: 'forms', label: '表单', Panel: FormsPanel },
  { key: 'simulation', label: '模拟', Panel: SimulationPanel },
  { key: 'scenarios', label: '场景测试', Panel: ScenariosPanel },
  { key: 'publish', label: '发布', Panel: PublishPanel },
  { key: 'history', label: '历史与差异', Panel: HistoryPanel },
] as const;

const YAML_SHOWN_KEY = 'banfa.studio.yamlShown';

/** `/studio/versions/:id`: one policy version in the studio. */
export function StudioEditorPage() {
  const { id = '' } = useParams();
  const version = useQuery({ queryKey: ['policy-version', id], queryFn: () => loadVersion(id), staleTime: Infinity, refetchOnWindowFocus: false, gcTime: 0 });
  if (version.isPending) return <Skeleton active paragraph={{ rows: 14 }} />;
  if (version.isError) {
    const status = version.error instanceof ApiError ? version.error.status : 0;
    return (
      <Result
        status={status === 404 ? '404' : status === 403 ? '403' : 'warning'}
        title={status === 404 ? '找不到这个政策版本' : '无法打开这个政策版本'}
        subTitle={status === 0 ? '无法连接服务器，请检查网络后重试' : version.error.message}
        extra={
          <>
            <Button onClick={() => void version.refetch()}>重试</Button>
            <Link to="/studio">
              <Button type="primary">返回政策列表</Button>
            </Link>
          </>
        }
      />
    );
  }
  return <StudioEditor key={version.data.id} version={version.data} />;
}

function StudioEditor({ version }: { version: PolicyVersionView }) {
  const { session, ability } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const canUpdate = canOnVersion(ability, 'update', version);
  const mirror = useMemo(() => localStorageMirror(session?.user.id ?? 'anonymous', version.id), [session?.user.id, version.id]);
  const draft = usePolicyDraft(version, { transport: studioTransport, mirror, readOnly: !canUpdate, onEditError: (text) => void message.warning(text) });
  const [yamlShown, setYamlShown] = useState(() => localStorage.getItem(YAML_SHOWN_KEY) !== 'false');
  const toggleYaml = (shown: boolean) => {
    setYamlShown(shown);
    localStorage.setItem(YAML_SHOWN_KEY, String(shown));
  };
  const tab = TABS.some((item) => item.key === search.get('tab')) ? (search.get('tab') as string) : 'elements';
  const tabs = (
    <Tabs
      activeKey={tab}
      onChange={(key) => setSearch((params) => ({ ...Object.fromEntries(params), tab: key }), { replace: true })}
      items={TABS.map(({ key, label, Panel }) => ({ key, label, children: <PanelHost Panel={Panel} draft={draft} active={key === tab} /> }))}
      className="studio-tabs"
    />
  );
  const published = draft.version.state === 'published';
  return (
    <StudioDraftContext.Provider value={draft}>
      {/* The editor fills the window below the menu: the panels and the YAML scroll inside it, not the page. */}
      <div style={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 64px - 32px)', minHeight: 560 }}>
        <EditorHeader
          draft={draft}
          yamlShown={yamlShown}
          onToggleYaml={toggleYaml}
          actions={published ? <NewDraftButton basedOn={draft.version} onCreated={(created) => navigate(`/studio/versions/${created.id}`)} size="small" /> : null}
        />
        {draft.restored && draft.saveState.kind !== 'conflict' && (
          <Alert
            type="success"
            showIcon
            closable
            style={{ marginBottom: 8 }}
            message={`已恢复本机上尚未保存到服务器的修改${draft.saveState.kind === 'saved' ? '，现已保存' : '，正在保存到服务器'}${draft.version.updatedAt ? `（服务器上的版本保存于 ${shortTime(draft.version.updatedAt)}）` : ''}`}
          />
        )}
        <div style={{ flex: 1, minHeight: 0 }}>
          {yamlShown ? (
            <Splitter style={{ height: '100%' }}>
              <Splitter.Panel min="30%" style={{ paddingRight: 12, overflow: 'hidden' }}>
                {tabs}
              </Splitter.Panel>
              <Splitter.Panel defaultSize="42%" min="20%" max="70%" collapsible style={{ paddingLeft: 12 }}>
                <YamlPane draft={draft} />
              </Splitter.Panel>
            </Splitter>
          ) : (
            <div style={{ height: '100%' }}>{tabs}</div>
          )}
        </div>
      </div>
      <ConflictDialog draft={draft} />
    </StudioDraftContext.Provider>
  );
}
