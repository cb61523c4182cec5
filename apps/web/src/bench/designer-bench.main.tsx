import '../no-eval.setup';
import { resolveFacts } from '@banfa/policy-model';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FormDesigner } from '../features/studio/designer/FormDesigner';
import { benchSchema } from './designer-bench.schema';

/**
 * The page the designer's browser benchmark drives (apps/web-e2e/bench): the form designer alone, controlled by a
 * parent that keeps the schema in its state (as the studio's 表单 tab keeps its working copy), with a form of 300
 * fields. Not part of the product build.
 */
const facts = resolveFacts({ facts: [{ key: 'totalInvestment', cite: { article: 12 } }, { key: 'projectName', cite: { appendix: 1 } }] });
const initial = benchSchema();

function Bench() {
  const [schema, setSchema] = useState(initial);
  return <FormDesigner schema={schema} onChange={setSchema} facts={facts} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f5fa8' } }}>
    <AntApp>
      <Bench />
    </AntApp>
  </ConfigProvider>,
);
(window as { benchReady?: boolean }).benchReady = true;
