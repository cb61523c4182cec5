import { checkCondition, createFactEnvironment, type FactEnvironment } from './cel-environment';
import { findCanonicalFact } from './fact-catalogue';
import { checkDeadline, checkScheduleOptions } from './deadline-references';
import { checkFormPrint } from './form-print-checks';
import { resolveFacts } from './facts';
import type { Condition, PolicyDocument } from './policy-document.schema';
import type { PolicyIssue } from './policy-issue';
import { DEADLINE_ANCHORS, PROJECT_EVENT_KINDS } from './project-event';
import { collectFactBindings } from './form-bindings';
import { checkFormConditions } from './form-conditions';
import { checkTrackThresholds } from './track-thresholds';

type Path = Array<string | number>;

/**
 * Checks what a schema cannot: that every reference (body, track, step, fact, setting, form, a form's print layout
 * to its fields) names something the document defines, that ids are unique, and that every CEL condition
 * type-checks against the facts. `atKey`: the issue is about a mapping's key (shown at the key, not its value).
 */
export function checkPolicyReferences(doc: PolicyDocument): Array<PolicyIssue & { atKey?: boolean }> {
  const issues: Array<PolicyIssue & { atKey?: boolean }> = [];
  const report = (path: Path, message: string, hint?: string) => issues.push({ path, message, ...(hint ? { hint } : {}) });

  const factKeys = new Set<string>();
  for (const [index, fact] of doc.facts.entries()) {
    if (factKeys.has(fact.key)) report(['facts', index, 'key'], `事实“${fact.key}”重复声明`, '请删除重复的一项；一个事实只声明一次');
    factKeys.add(fact.key);
    if (!findCanonicalFact(fact.key) && (!fact.type || !fact.label)) {
      report(['facts', index], `“${fact.key}”不是规范事实目录中的事实；本地事实须声明 type 和 label`);
    }
  }
  const facts = resolveFacts(doc);
  const factTypes = new Map(facts.map((fact) => [fact.key, fact.type]));
  const env = createFactEnvironment(facts);

  const bodyIds = unique(doc.bodies, ['bodies'], report);
  const trackIds = unique(doc.tracks, ['tracks'], report);
  const formIds = unique(doc.forms, ['forms'], report);
  const settingIds = new Set(doc.settings.map((setting) => setting.id));
  const stepIds = unique(
    doc.stages.flatMap((stage) => stage.steps),
    ['stages'],
    report,
  );

  for (const [index, setting] of doc.settings.entries()) {
    if (!setting.alternatives.some((alternative) => alternative.value === setting.reading)) {
      report(['settings', index, 'reading'], `选定的解读“${setting.reading}”不在 alternatives 中`);
    }
  }

  const checkSettings = (refs: string[] | undefined, path: Path) =>
    refs?.forEach((ref, i) => {
      if (!settingIds.has(ref)) report([...path, 'settings', i], `未定义的歧义设置“${ref}”（请在 settings 中声明）`);
    });
  const checkAnchor = (anchor: string | undefined, path: Path) => {
    if (anchor !== undefined && !DEADLINE_ANCHORS.includes(anchor)) {
      report(path, `未知的起算事件“${anchor}”，可选：${DEADLINE_ANCHORS.join('、')}`);
    }
  };
  const checkBody = (body: string, path: Path) => {
    if (!bodyIds.has(body)) report(path, `未定义的审查机构“${body}”（已定义：${[...bodyIds].join('、')}）`);
  };
  const checkMoneyFact = (fact: string, path: Path) => {
    if (factTypes.get(fact) !== 'money') report(path, `此处须引用 money 类型的事实，“${fact}”不是（请在 facts 中声明）`);
  };
  const checkWhen = (condition: Condition | undefined, path: Path): void => {
    if (!condition) return;
    if ('all' in condition) return condition.all.forEach((part, i) => checkWhen(part, [...path, 'all', i]));
    if ('any' in condition) return condition.any.forEach((part, i) => checkWhen(part, [...path, 'any', i]));
    if ('not' in condition) return checkWhen(condition.not, [...path, 'not']);
    if ('threshold' in condition) {
      const { fact, setting } = condition.threshold;
      if (factTypes.get(fact) !== 'money') {
        report([...path, 'threshold', 'fact'], `金额门槛须引用 money 类型的事实，“${fact}”不是（请在 facts 中声明）`);
      }
      if (setting && !settingIds.has(setting)) {
        report([...path, 'threshold', 'setting'], `未定义的歧义设置“${setting}”`);
      }
    } else {
      checkCel(env, facts.map((fact) => fact.key), condition.cel, [...path, 'cel'], report);
    }
  };
  const checkTracks = (tracks: string[] | undefined, path: Path) =>
    tracks?.forEach((track, i) => {
      if (!trackIds.has(track)) report([...path, 'tracks', i], `未定义的管理方式（track）“${track}”`);
    });

  doc.tracks.forEach((track, index) => checkWhen(track.when, ['tracks', index, 'when']));

  doc.stages.forEach((stage, s) => {
    stage.steps.forEach((step, i) => {
      const path: Path = ['stages', s, 'steps', i];
      checkBody(step.body, [...path, 'body']);
      checkSettings(step.settings, path);
      checkSettings(step.deadline?.settings, [...path, 'deadline']);
      checkTracks(step.tracks, path);
      checkWhen(step.when, [...path, 'when']);
      step.after.forEach((before, j) => {
        if (!stepIds.has(before)) report([...path, 'after', j], `未定义的环节“${before}”`);
        if (before === step.id) report([...path, 'after', j], '环节不能以自身为前置环节');
      });
      if (step.deadline) issues.push(...checkDeadline(step.deadline, [...path, 'deadline'], factTypes));
      if (step.doneOn && !(PROJECT_EVENT_KINDS as ReadonlyArray<string>).includes(step.doneOn)) {
        report([...path, 'doneOn'], `未知的事件“${step.doneOn}”，可选：${PROJECT_EVENT_KINDS.join('、')}`);
      }
      if (step.form && !formIds.has(step.form)) report([...path, 'form'], `未定义的表单“${step.form}”`);
    });
    stage.attachments.forEach((attachment, i) => {
      const path: Path = ['stages', s, 'attachments', i];
      checkTracks(attachment.tracks, path);
      checkWhen(attachment.when, [...path, 'when']);
      if (attachment.form && !formIds.has(attachment.form)) report([...path, 'form'], `未定义的表单“${attachment.form}”`);
    });
  });

  // Every rule quotes the sentence it encodes, so that every answer can be explained in the law's own words.
  const quoted = (cite: { article?: number; quote?: string }, path: Path) => {
    if (cite.article !== undefined && !cite.quote) {
      report([...path, 'cite'], '缺少原文：cite 须写明所依据的条文原句（quote）', '例如 cite: { article: 11, item: 2, quote: 原则上5个工作日内出具密码应用审核意见 }');
    }
  };
  doc.bodies.forEach((body, i) => quoted(body.cite, ['bodies', i]));
  doc.tracks.forEach((track, i) => quoted(track.cite, ['tracks', i]));
  doc.stages.forEach((stage, s) => {
    quoted(stage.cite, ['stages', s]);
    stage.steps.forEach((step, i) => quoted(step.cite, ['stages', s, 'steps', i]));
    stage.attachments.forEach((attachment, i) => quoted(attachment.cite, ['stages', s, 'attachments', i]));
  });
  doc.changeRules.forEach((rule, r) => {
    quoted(rule.cite, ['changeRules', r]);
    rule.limits.forEach((limit, i) => quoted(limit.cite, ['changeRules', r, 'limits', i]));
  });
  doc.obligations.forEach((obligation, i) => quoted(obligation.cite, ['obligations', i]));
  doc.gates.forEach((gate, i) => quoted(gate.cite, ['gates', i]));

  const cycle = findCycle(doc.stages.flatMap((stage) => stage.steps));
  if (cycle) {
    report(cycle.path, `环节的先后顺序构成循环：${cycle.ids.join(' → ')}`, '检查这些环节的 after，去掉其中一个使顺序成为单向');
  }

  doc.tracks.forEach((track, index) => checkSettings(track.settings, ['tracks', index]));
  checkSettings(doc.effective.settings, ['effective']);
  checkSettings(doc.counting.settings, ['counting']);

  doc.changeRules.forEach((rule, r) => {
    const path: Path = ['changeRules', r];
    checkWhen(rule.when, [...path, 'when']);
    checkAnchor(rule.before, [...path, 'before']);
    checkSettings(rule.settings, path);
    rule.approvalBy.forEach((body, i) => checkBody(body, [...path, 'approvalBy', i]));
    rule.filedWith.forEach((body, i) => checkBody(body, [...path, 'filedWith', i]));
    if (rule.form && !formIds.has(rule.form)) report([...path, 'form'], `未定义的表单“${rule.form}”`);
    rule.limits.forEach((limit, i) => {
      if (limit.kind !== 'count') checkMoneyFact(limit.base, [...path, 'limits', i, 'base']);
      if (limit.kind === 'ratio') checkSettings(limit.settings, [...path, 'limits', i]);
    });
  });

  doc.obligations.forEach((obligation, o) => {
    const path: Path = ['obligations', o];
    checkBody(obligation.body, [...path, 'body']);
    obligation.to.forEach((body, i) => checkBody(body, [...path, 'to', i]));
    checkWhen(obligation.when, [...path, 'when']);
    checkTracks(obligation.tracks, path);
    checkSettings(obligation.settings, path);
    const schedule = obligation.schedule;
    if (schedule.kind === 'after') {
      issues.push(...checkDeadline(schedule.deadline, [...path, 'schedule', 'deadline'], factTypes));
      checkSettings(schedule.deadline.settings, [...path, 'schedule', 'deadline']);
    } else if (schedule.kind === 'upon') {
      checkAnchor(schedule.event, [...path, 'schedule', 'event']);
    } else {
      checkAnchor(schedule.from, [...path, 'schedule', 'from']);
      checkAnchor(schedule.until, [...path, 'schedule', 'until']);
      checkSettings(schedule.settings, [...path, 'schedule']);
      issues.push(...checkScheduleOptions(schedule, [...path, 'schedule']));
    }
    if (obligation.form && !formIds.has(obligation.form)) report([...path, 'form'], `未定义的表单“${obligation.form}”`);
  });

  doc.gates.forEach((gate, g) => {
    checkWhen(gate.when, ['gates', g, 'when']);
    checkSettings(gate.settings, ['gates', g]);
  });
  unique(doc.changeRules, ['changeRules'], report);
  unique(doc.obligations, ['obligations'], report);
  unique(doc.gates, ['gates'], report);
  unique(doc.provisions, ['provisions'], report);

  issues.push(...checkTrackThresholds(doc));

  doc.forms.forEach((form, index) => {
    for (const binding of collectFactBindings(form.schema)) {
      if (!factTypes.has(binding.fact)) {
        report(['forms', index, 'schema', ...binding.path, 'x-fact'], `字段绑定了未声明的事实“${binding.fact}”`);
      }
    }
    // x-visible-when / x-required-when: CEL over the form's fields and the facts (form-conditions.ts).
    for (const issue of checkFormConditions(form.schema, { facts })) report(['forms', index, 'schema', ...issue.path], issue.message, issue.hint);
  });
  issues.push(...checkFormPrint(doc));

  return issues;
}

function checkCel(
  env: FactEnvironment,
  declared: ReadonlyArray<string>,
  expression: string,
  path: Path,
  report: (path: Path, message: string, hint?: string) => void,
) {
  const result = checkCondition(env, expression);
  if (result.valid) return;
  const hint = /Unknown variable/i.test(result.message)
    ? `条件只能读取 facts 中声明的事实：${declared.join('、')}；需要新的事实请先在 facts 中声明`
    : /overload|type/i.test(result.message)
      ? '金额类事实在条件中是以“分”为单位的整数（int），布尔类事实是 bool，枚举是字符串；金额门槛请写成 threshold 而不是 CEL'
      : 'CEL 语法参见 https://cel.dev ；例如 involvesCryptography && category == "software"';
  report(path, result.message, hint);
}

function unique<T extends { id: string }>(
  items: ReadonlyArray<T>,
  path: Path,
  report: (path: Path, message: string, hint?: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) report([...path, index, 'id'], `标识“${item.id}”重复`);
    seen.add(item.id);
  });
  return seen;
}

/** A cycle in the steps' `after` order, if any, with the path of the step where it closes. */
function findCycle(steps: ReadonlyArray<{ id: string; after: string[] }>): { ids: string[]; path: Path } | undefined {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...trail.slice(trail.indexOf(id)), id];
    state.set(id, 'visiting');
    trail.push(id);
    for (const next of byId.get(id)?.after ?? []) {
      const found = byId.has(next) ? visit(next) : undefined;
      if (found) return found;
    }
    trail.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const step of steps) {
    const ids = visit(step.id);
    if (ids) return { ids, path: ['stages'] };
  }
  return undefined;
}
