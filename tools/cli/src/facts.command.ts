import { CANONICAL_FACTS, PROJECT_EVENT_KINDS, anchorText } from '@banfa/policy-model';

/** The canonical fact and event catalogue: what a project's input may name. */
export function factsCommand(json: boolean, out: (line: string) => void): number {
  if (json) {
    out(JSON.stringify({ facts: CANONICAL_FACTS, events: PROJECT_EVENT_KINDS.map((kind) => ({ kind, label: anchorText(kind) })) }, null, 2));
    return 0;
  }
  out('规范事实（key · 类型 · 名称）');
  for (const fact of CANONICAL_FACTS) {
    const options = fact.options ? `：${fact.options.map((option) => `${option.value}=${option.label}`).join('，')}` : '';
    out(`  ${fact.key} · ${fact.type} · ${fact.label}${options}`);
  }
  out('\n事件（kind · 名称）');
  PROJECT_EVENT_KINDS.forEach((kind) => out(`  ${kind} · ${anchorText(kind)}`));
  out('\n金额写成带单位的十进制数（30万元、1200.50元），日期写成 YYYY-MM-DD。');
  return 0;
}
