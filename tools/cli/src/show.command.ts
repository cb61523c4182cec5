import {
  anchorText,
  BODY_CATALOGUE,
  describeCounting,
  formatCitation,
  GATE_EFFECT_LABEL,
  LEVEL_LABEL,
  loadPolicyYaml,
  OUTSIDE_LABEL,
  percent,
  POLICY_STATUS_LABEL,
  PROVISION_KIND_LABEL,
  PolicyDescriber,
  resolveFacts,
  type Citation,
  type PolicyDocument,
} from '@banfa/policy-model';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { listFiles } from './files';

const LEVEL = LEVEL_LABEL;
const EFFECT: Readonly<Record<string, string>> = GATE_EFFECT_LABEL;
const OUTSIDE = OUTSIDE_LABEL;
const PROVISION = PROVISION_KIND_LABEL;

/** Prints a policy document as a policy admin checks it against the text: every element with its article. */
export function showCommand(id: string, dir: string, out: (line: string) => void): number {
  const file = findPolicy(id, dir);
  if (!file) {
    out(`找不到政策“${id}”：请给出文件中的 id、目录名（如 441623-lianping）或文件路径`);
    return 1;
  }
  printPolicy(loadPolicyYaml(readFileSync(file, 'utf8'), file), out);
  return 0;
}

function findPolicy(id: string, dir: string): string | undefined {
  if (existsSync(id) && statSync(id).isFile()) return id;
  const files = listFiles(dir, '.policy.yaml');
  return (
    files.find((file) => basename(dirname(file)) === id || basename(file, '.policy.yaml') === id) ??
    files.find((file) => /^id:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1] === id)
  );
}

const cite = (citation: Citation) => `〔${formatCitation(citation)}〕`;

export function printPolicy(doc: PolicyDocument, out: (line: string) => void): void {
  const say = new PolicyDescriber(doc);
  const bodies = new Map(doc.bodies.map((body) => [body.id, body.name]));
  const tracks = new Map(doc.tracks.map((track) => [track.id, track.name]));
  const body = (id: string) => bodies.get(id) ?? id;
  const steps = new Map(doc.stages.flatMap((stage) => stage.steps).map((step) => [step.id, step.name]));
  const j = doc.jurisdiction;

  out(`${doc.title}（${doc.versionLabel}）`);
  out(`行政区划：${j.name}（${j.code}，${LEVEL[j.level]}${j.parent ? `，上级：${j.parent.name}` : ''}）`);
  out(`发布机关：${doc.issuer}${doc.documentNumber ? `  文号：${doc.documentNumber}` : ''}  状态：${POLICY_STATUS_LABEL[doc.status]}`);
  out(`有效期：${doc.effective.from ?? '未规定'} 至 ${doc.effective.to ?? '未规定'}${doc.effective.note ? `（${doc.effective.note}）` : ''}`);
  doc.repeals.forEach((repealed) => out(`废止：${repealed.title}${repealed.documentNumber ? `（${repealed.documentNumber}）` : ''}`));
  out(`来源：${doc.source.file}`);
  out(`期限计算：${describeCounting(doc.counting)}${doc.counting.settings ? `（${doc.counting.settings.join('、')}）` : ''}`);

  out('\n审查机构');
  doc.bodies.forEach((b) => out(`  · ${b.name}（${BODY_CATALOGUE[b.catalogueKey as keyof typeof BODY_CATALOGUE] ?? b.catalogueKey}）${cite(b.cite)}`));

  out('\n规则读取的事实');
  resolveFacts(doc).forEach((fact) => out(`  · ${fact.label}（${fact.key}，${fact.canonical ? '规范' : '本地'}）${fact.cite ? cite(fact.cite) : ''}`));

  out('\n管理方式（按顺序，取第一个条件成立者）');
  doc.tracks.forEach((track, i) => out(`  ${i + 1}. ${track.name}：${track.when ? say.condition(track.when) : '其他情形'} ${cite(track.cite)}`));

  out('\n办理程序');
  for (const stage of doc.stages) {
    out(`  【${stage.name}】${cite(stage.cite)}`);
    for (const step of stage.steps) {
      const parts = [
        step.name,
        body(step.body),
        step.tracks ? `仅${step.tracks.map((t) => tracks.get(t) ?? t).join('、')}` : '',
        step.when ? `条件：${say.condition(step.when)}` : '',
        step.after.length > 0 ? `在“${step.after.map((id) => steps.get(id) ?? id).join('”“')}”之后` : '',
        step.deadline ? say.deadline(step.deadline) : '',
        step.doneOn ? `${anchorText(step.doneOn)}即完成` : '',
      ].filter(Boolean);
      out(`    - ${parts.join(' · ')} ${cite(step.cite)}`);
    }
    for (const attachment of stage.attachments) {
      const when = [attachment.tracks ? `仅${attachment.tracks.map((t) => tracks.get(t) ?? t).join('、')}` : '', attachment.when ? `条件：${say.condition(attachment.when)}` : '']
        .filter(Boolean)
        .join(' · ');
      out(`    材料：${attachment.name}${when ? ` · ${when}` : ''} ${cite(attachment.cite)}`);
    }
  }

  if (doc.changeRules.length > 0) out('\n变更规则');
  for (const rule of doc.changeRules) {
    out(`  · ${rule.name}${rule.when ? `（${say.condition(rule.when)}）` : ''}${rule.before ? `，限${rule.before}之前` : ''} ${cite(rule.cite)}`);
    for (const limit of rule.limits) {
      const soft = limit.soft ? '原则上' : '';
      const text =
        limit.kind === 'ratio'
          ? `变更金额${soft}${SYMBOLS[limit.comparison]}${label(doc, limit.base)}的${percent(limit.ratio)}`
          : limit.kind === 'count'
            ? `变更${soft}不超过${limit.max}次`
            : limit.kind === 'total-not-above'
              ? `变更后总金额${soft}不超过${label(doc, limit.base)}`
              : `${label(doc, limit.base)}${soft}不得增加`;
      out(`      - ${text} ${cite(limit.cite)}`);
    }
    if (rule.approvalBy.length > 0) out(`      - 须经${rule.approvalBy.map(body).join('、')}同意`);
    if (rule.filedWith.length > 0) out(`      - 报${rule.filedWith.map(body).join('、')}备案`);
    out(`      - 超出上述限制：${OUTSIDE[rule.outside]}${rule.outsideText ? `（${rule.outsideText}）` : ''}`);
  }

  if (doc.obligations.length > 0) out('\n义务与报送');
  for (const obligation of doc.obligations) {
    const to = obligation.to.length > 0 ? ` → ${obligation.to.map(body).join('、')}` : '';
    out(`  · ${obligation.name}：${body(obligation.body)}${to} · ${say.schedule(obligation.schedule)}${obligation.when ? ` · 条件：${say.condition(obligation.when)}` : ''} ${cite(obligation.cite)}`);
  }

  if (doc.gates.length > 0) out('\n否决与门槛');
  for (const gate of doc.gates) {
    out(`  · ${gate.soft ? '原则上' : ''}${EFFECT[gate.effect] ?? gate.effect}：${say.condition(gate.when)} ${cite(gate.cite)}`);
  }

  if (doc.provisions.length > 0) out('\n其他条款');
  doc.provisions.forEach((provision) => out(`  · [${PROVISION[provision.kind]}] ${provision.text} ${cite(provision.cite)}`));

  if (doc.settings.length > 0) out('\n歧义设置（条文未明确之处，选定的解读）');
  for (const setting of doc.settings) {
    const reading = setting.alternatives.find((alternative) => alternative.value === setting.reading)?.label ?? setting.reading;
    out(`  · ${setting.id} ${setting.question} ${cite(setting.cite)}`);
    out(`      选定：${reading}；理由：${setting.why}`);
  }
  if (doc.forms.length > 0) out('\n表单');
  doc.forms.forEach((form) => out(`  · ${form.title} ${cite(form.cite)}`));
  if (doc.notes.length > 0) out('\n编码说明');
  doc.notes.forEach((note) => out(`  · ${note.text}${note.cite ? ` ${cite(note.cite)}` : ''}`));
}

const SYMBOLS = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

function label(doc: PolicyDocument, key: string): string {
  return resolveFacts(doc).find((fact) => fact.key === key)?.label ?? key;
}

