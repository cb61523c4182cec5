import type { DraftSaveState } from '../studio-draft.context';
import type { ScenarioRunsState } from '../simulation/scenario-runs.hook';

export interface ReadinessCheck {
  key: 'valid' | 'saved' | 'scenarios';
  /** ok: fine; wait: will be fine (a save pending, the calendar loading); blocked: publishing cannot proceed. */
  state: 'ok' | 'wait' | 'blocked';
  text: string;
}

/**
 * What must hold before a draft goes to the server for publication: it validates, it is saved (or about to be), and
 * every scenario passes in the browser (the server runs them again and refuses on its own).
 */
export function publishReadiness(issueCount: number, saveState: DraftSaveState, scenarios: Pick<ScenarioRunsState, 'file' | 'runs' | 'failed' | 'stale' | 'running' | 'calendar'>): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [];
  checks.push(issueCount === 0 ? { key: 'valid', state: 'ok', text: '草稿通过校验' } : { key: 'valid', state: 'blocked', text: `草稿有 ${issueCount} 处错误，请先改正（见 YAML 窗格）` });
  switch (saveState.kind) {
    case 'saved':
      checks.push({ key: 'saved', state: 'ok', text: '已保存到服务器' });
      break;
    case 'pending':
    case 'saving':
      checks.push({ key: 'saved', state: 'wait', text: '有尚未保存的修改：试运行前会先保存' });
      break;
    case 'invalid':
      checks.push({ key: 'saved', state: 'blocked', text: `服务器未接受草稿内容：${saveState.message}` });
      break;
    case 'conflict':
      checks.push({ key: 'saved', state: 'blocked', text: `草稿已被他人修改，请先解决冲突：${saveState.message}` });
      break;
    case 'offline':
      checks.push({ key: 'saved', state: 'blocked', text: `无法保存到服务器：${saveState.message}` });
      break;
  }
  if (!scenarios.file.ok) {
    checks.push({ key: 'scenarios', state: 'blocked', text: `场景文件有 ${scenarios.file.issues.length} 处错误，请在“场景测试”中改正` });
  } else if (scenarios.stale || !scenarios.runs) {
    checks.push({ key: 'scenarios', state: 'blocked', text: '草稿无效，无法运行场景测试' });
  } else if (scenarios.calendar.loading) {
    checks.push({ key: 'scenarios', state: 'wait', text: '正在读取节假日安排，稍后运行场景测试' });
  } else if (scenarios.running) {
    checks.push({ key: 'scenarios', state: 'wait', text: '正在按最新内容重新运行场景测试…' });
  } else if (scenarios.failed > 0) {
    const names = scenarios.runs.filter((run) => run.failures.length > 0).map((run) => `“${run.scenario.name}”`);
    checks.push({ key: 'scenarios', state: 'blocked', text: `${scenarios.failed} 个场景未通过：${names.slice(0, 3).join('、')}${names.length > 3 ? ` 等` : ''}。每个场景都须通过才能发布` });
  } else if (scenarios.runs.length === 0) {
    checks.push({ key: 'scenarios', state: 'ok', text: '本版本没有场景测试（建议先在“模拟”中保存几个场景）' });
  } else {
    checks.push({ key: 'scenarios', state: 'ok', text: `${scenarios.runs.length} 个场景全部通过（浏览器中运行）` });
  }
  return checks;
}
