import type { PublishPolicyRequest, PublishResultView } from '@banfa/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, List, Space, Steps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../../api/http';
import { usePolicyVersions } from '../history/policy-versions.query';
import { useScenarioRuns } from '../simulation/scenario-runs.hook';
import { useStudioDraft, type StudioDraft } from '../studio-draft.context';
import { ApiErrorAlert } from './api-error.alert';
import { PublishDryRunView } from './publish-dry-run.view';
import { publishReadiness } from './publish-readiness';
import { PublishedVersionView } from './published-version.view';

const ICON = { ok: '✓', wait: '…', blocked: '✗' } as const;
const COLOR = { ok: '#389e0d', wait: '#8c8c8c', blocked: '#cf1322' } as const;

interface Dates {
  effectiveFrom: Dayjs | null;
  effectiveTo: Dayjs | null;
  endPrevious: boolean;
}

const unsaved = (draft: StudioDraft) => draft.saveState.kind === 'pending' || draft.saveState.kind === 'saving';

function requestOf(dates: Dates): Omit<PublishPolicyRequest, 'dryRun' | 'lockVersion'> | null {
  if (!dates.effectiveFrom) return null;
  return {
    effectiveFrom: dates.effectiveFrom.format('YYYY-MM-DD'),
    ...(dates.effectiveTo ? { effectiveTo: dates.effectiveTo.format('YYYY-MM-DD') } : {}),
    ...(dates.endPrevious ? { endPrevious: true } : {}),
  };
}

/**
 * 发布: the effective date (and an end date; 结束上一版本 when the version in force has none), then — once the draft
 * validates, is saved and every scenario passes here — the api's dry run (projects it would touch, overlaps,
 * warnings, the scenarios as the server runs them), and only then 确认发布. The server enforces it all again; its
 * refusal is shown as it said it.
 */
export function PublishPanel() {
  const draft = useStudioDraft();
  const latest = useRef<StudioDraft>(draft);
  latest.current = draft;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [, setSearch] = useSearchParams();
  const scenarios = useScenarioRuns(draft);
  const versions = usePolicyVersions(draft.version.policyId);
  const [dates, setDates] = useState<Dates>({ effectiveFrom: null, effectiveTo: null, endPrevious: false });
  const [preview, setPreview] = useState<{ key: string; result: PublishResultView } | null>(null);
  const [published, setPublished] = useState<PublishResultView | null>(null);
  const request = requestOf(dates);
  const key = JSON.stringify(request);
  const checks = publishReadiness(draft.issues.length, draft.saveState, scenarios);
  const blocked = checks.some((check) => check.state === 'blocked');
  // Unsaved edits are saved on the way; anything else still settling (the scenarios re-running) is waited for.
  const waiting = checks.some((check) => check.state === 'wait' && check.key !== 'saved');
  const dryRun = preview?.key === key ? preview.result : null;

  const send = async (dryRunOnly: boolean): Promise<PublishResultView> => {
    if (!request) throw new Error('请选择施行日期');
    if (unsaved(latest.current)) {
      await latest.current.saveNow();
      // The store answers through React: give it a moment to render the saved state (and the new lock version).
      for (let attempt = 0; attempt < 40 && unsaved(latest.current); attempt++) await new Promise((done) => setTimeout(done, 50));
    }
    const current = latest.current;
    if (current.saveState.kind !== 'saved') throw new Error('草稿尚未保存到服务器，请先解决保存问题');
    return api<PublishResultView>(`/policy-versions/${current.version.id}/publish`, {
      method: 'POST',
      body: { ...request, dryRun: dryRunOnly, lockVersion: current.version.lockVersion } satisfies PublishPolicyRequest,
    });
  };
  const trial = useMutation({ mutationFn: () => send(true), onSuccess: (result) => setPreview({ key, result }) });
  const publish = useMutation({
    mutationFn: () => send(false),
    onSuccess: async (result) => {
      setPublished(result);
      void message.success(`${result.version.label} 已发布`);
      // The studio opens the version again (core/studio-editor.page.tsx keys it ['policy-version', id]): reset, not
      // just refetched, so that its editor remounts on the published, read-only version. The lists follow.
      await queryClient.resetQueries({ queryKey: ['policy-version', result.version.id] });
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'policy-version' });
    },
  });

  // A dry run answers for the dates it was asked with: another date needs another one.
  useEffect(() => {
    trial.reset();
    publish.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on a change of the request only
  }, [key]);

  if (draft.version.state === 'published') return <PublishedVersionView version={draft.version} publishedBy={draft.version.publishedBy} />;
  if (published) return <PublishedVersionView version={published.version} />;

  const openEnded = (versions.data?.versions ?? []).filter((version) => version.state === 'published' && version.effectiveTo === null && version.id !== draft.version.id);
  const serverFailing = dryRun ? dryRun.scenarios.some((scenario) => scenario.failures.length > 0) : false;
  const conflicts = dryRun ? dryRun.overlaps.filter((overlap) => overlap.resolution === 'conflict') : [];
  const step = dryRun ? 2 : request ? 1 : 0;

  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 960 }} data-testid="publish">
      <Steps size="small" current={step} items={[{ title: '施行日期' }, { title: '发布前检查' }, { title: '试运行：查看影响' }, { title: '确认发布' }]} />
      <Card size="small" title="施行日期">
        <Form layout="vertical" component="div">
          <Space wrap align="start">
            <Form.Item label="施行日期" required style={{ marginBottom: 8 }}>
              <DatePicker aria-label="施行日期" value={dates.effectiveFrom} onChange={(effectiveFrom) => setDates({ ...dates, effectiveFrom })} />
            </Form.Item>
            <Form.Item label="结束日期（可不填）" style={{ marginBottom: 8 }}>
              <DatePicker
                aria-label="结束日期"
                value={dates.effectiveTo}
                disabledDate={(day) => (dates.effectiveFrom ? day.isBefore(dates.effectiveFrom, 'day') : false)}
                onChange={(effectiveTo) => setDates({ ...dates, effectiveTo })}
              />
            </Form.Item>
          </Space>
          {openEnded.length > 0 && (
            <Checkbox checked={dates.endPrevious} onChange={(event) => setDates({ ...dates, endPrevious: event.target.checked })}>
              结束上一版本：{openEnded.map((version) => `${version.label}（${version.effectiveFrom ? `自${version.effectiveFrom}起施行，` : ''}未定结束日期）`).join('、')}于施行日期前一天结束
            </Checkbox>
          )}
        </Form>
      </Card>
      <Card size="small" title="发布前检查">
        <List
          size="small"
          data-testid="publish-checks"
          dataSource={checks}
          renderItem={(check) => (
            <List.Item data-state={check.state}>
              <Typography.Text style={{ color: COLOR[check.state] }}>
                {ICON[check.state]} {check.text}
              </Typography.Text>
              {check.key === 'scenarios' && check.state === 'blocked' && (
                <Button type="link" size="small" onClick={() => setSearch((params) => ({ ...Object.fromEntries(params), tab: 'scenarios' }), { replace: true })}>
                  去场景测试
                </Button>
              )}
            </List.Item>
          )}
        />
        <Button type="primary" disabled={!request || blocked || waiting} loading={trial.isPending} onClick={() => trial.mutate()}>
          试运行：查看发布影响
        </Button>
        {!request && <Typography.Text type="secondary" style={{ marginLeft: 12 }}>先选择施行日期</Typography.Text>}
      </Card>
      {trial.isError && <ApiErrorAlert error={trial.error} title="试运行未通过" />}
      {dryRun && (
        <Card size="small" title="试运行结果：发布将产生的影响">
          <Space direction="vertical" style={{ width: '100%' }}>
            <PublishDryRunView result={dryRun} />
            {conflicts.length > 0 && <Alert type="error" showIcon message="施行期间与已发布版本冲突：请修改日期，或勾选“结束上一版本”后重新试运行" />}
            <Space>
              <Button type="primary" danger disabled={serverFailing || conflicts.length > 0 || blocked} loading={publish.isPending} onClick={() => publish.mutate()}>
                确认发布
              </Button>
              <Typography.Text type="secondary">发布后内容不可修改</Typography.Text>
            </Space>
          </Space>
        </Card>
      )}
      {publish.isError && <ApiErrorAlert error={publish.error} title="发布未成功" />}
    </Space>
  );
}
