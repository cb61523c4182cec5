/// <reference types="node" />
import type { FormView } from '@banfa/api-contract';
import { formatCitation, parsePolicyYaml, type PolicyDocument } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OfficialForm, type OfficialFormProps } from './official-form.layout';

/**
 * 连平 附表1–3 printed from the real policy document (policies/441623-lianping), their layout from each form's
 * `print`, compared with the regulation's appendix tables (/work/shared/seeds: 附表1 项目立项申请表, 附表3 项目变更单).
 */
const POLICY = resolve(import.meta.dirname, '../../../../../policies/441623-lianping/consultation-draft-2.policy.yaml');

let doc: PolicyDocument;
let root: Root | null = null;
let container: HTMLElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const parsed = parsePolicyYaml(readFileSync(POLICY, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  doc = parsed.document;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
});

function formView(id: string): FormView {
  const form = doc.forms.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`no form ${id}`);
  return { id: form.id, title: form.title, citeText: formatCitation(form.cite), schema: form.schema, ...(form.print ? { print: form.print } : {}) };
}

function render(props: OfficialFormProps): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<OfficialForm {...props} />));
  return container;
}

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

/** The texts of the grid's label cells (th), in document order, blank ones left out. */
function gridLabels(element: HTMLElement): string[] {
  return [...element.querySelectorAll('[data-testid="official-grid"] th')].map((cell) => squeeze(cell.textContent)).filter(Boolean);
}

/** The value cell beside a label. */
function valueBeside(element: HTMLElement, label: string): string {
  const cell = [...element.querySelectorAll('[data-testid="official-grid"] th')].find((candidate) => squeeze(candidate.textContent) === label);
  if (!cell) throw new Error(`no label ${label}`);
  return (cell.nextElementSibling?.textContent ?? '').replace(/\u00a0/g, '').trim();
}

/** 附表1 filled as apps/api's lianpingForm('80') does. */
const APPLICATION = {
  applicant: '连平县教育局',
  userUnit: '连平县教育局',
  projectName: '智慧校园平台（80万元）',
  location: '连平县元善镇',
  constructionNature: 'new',
  plannedStart: '2026-03',
  plannedCompletion: '2026-12',
  totalInvestment: '80',
  fundingPlan: { year1: '80' },
  fundingSources: { county: '80' },
  constructionContent: '建设统一的校园管理平台',
  expectedBenefits: '提升教育管理效率',
  contactPerson: '张三',
  mobile: '13800000000',
};

describe('OfficialForm 附表1 项目立项申请表', () => {
  it('prints the seed’s labels in the seed’s order, as a grid', () => {
    const sheet = render({ form: formView('project-application'), values: APPLICATION, projectNumber: 'AB12CD34' });
    // The seed's table, row by row (资金安排计划 and 资金来源 are merged columns beside the years and sources).
    expect(gridLabels(sheet)).toEqual([
      '申请单位',
      '项目使用单位',
      '项目名称',
      '项目拟建设地点',
      '建设性质',
      '计划动工时间',
      '项目总投资（万元）',
      '计划竣工时间',
      '资金安排计划',
      '第一年',
      '资金来源',
      '省级财政',
      '第二年',
      '市级财政',
      '第三年',
      '县级财政',
      '第四年',
      '单位自筹',
      '第五年',
      '其他',
      '建设内容',
      '预期经济、社会效益',
      '项目联系人',
      '办公电话',
      '手机号码',
      '联系地址',
      '邮编',
    ]);
    const merged = [...sheet.querySelectorAll('th')].find((cell) => squeeze(cell.textContent) === '资金安排计划');
    expect(merged?.getAttribute('rowspan')).toBe('5');
    // The opinions sit between 预期经济、社会效益 and the contacts, as on paper.
    const grid = squeeze(sheet.querySelector('[data-testid="official-grid"]')?.textContent);
    const order = ['预期经济、社会效益', '申请单位意见及盖章：', '主要领导签字：', '行业主管部门意见及盖章：', '主要领导签字：', '项目联系人'].map((text) => squeeze(text));
    let from = 0;
    for (const text of order) {
      const at = grid.indexOf(text, from);
      expect(at, text).toBeGreaterThanOrEqual(0);
      from = at + text.length;
    }
  });

  it('prints the values: enum labels, months, money with its unit exactly as typed', () => {
    const sheet = render({ form: formView('project-application'), values: { ...APPLICATION, totalInvestment: '80.50' }, projectNumber: 'AB12CD34' });
    expect(valueBeside(sheet, '申请单位')).toBe('连平县教育局');
    expect(valueBeside(sheet, '项目名称')).toBe('智慧校园平台（80万元）');
    // All choices print, the chosen one marked, as the paper's □新建 □扩建 … are ticked.
    expect(squeeze(valueBeside(sheet, '建设性质'))).toBe('■新建□扩建□迁建□改建□其他');
    expect(valueBeside(sheet, '计划动工时间')).toBe('2026年3月');
    expect(valueBeside(sheet, '计划竣工时间')).toBe('2026年12月');
    // The title carries the unit; the amount prints exactly as typed (no rounding, no float).
    expect(valueBeside(sheet, '项目总投资（万元）')).toBe('80.50');
    expect(valueBeside(sheet, '第一年')).toBe('80万元');
    expect(valueBeside(sheet, '县级财政')).toBe('80万元');
    // Blank amounts keep the paper's unit to write after.
    expect(squeeze(valueBeside(sheet, '第二年'))).toBe('万元');
    expect(squeeze(valueBeside(sheet, '省级财政'))).toBe('万元');
    expect(valueBeside(sheet, '建设内容')).toBe('建设统一的校园管理平台');
    expect(valueBeside(sheet, '项目联系人')).toBe('张三');
    expect(valueBeside(sheet, '手机号码')).toBe('13800000000');
    expect(valueBeside(sheet, '办公电话')).toBe('');
  });

  it('prints 附表1, the title, 项目编号 and the seal, signature and date blocks', () => {
    const sheet = render({ form: formView('project-application'), values: APPLICATION, projectNumber: 'AB12CD34', applicant: '连平县教育局' });
    expect(sheet.querySelector('.of-appendix')?.textContent).toBe('附表1');
    expect(sheet.querySelector('h1')?.textContent).toBe('项目立项申请表');
    expect(squeeze(sheet.querySelector('[data-testid="seal-line"]')?.textContent)).toBe('申请单位（盖章）：连平县教育局');
    expect(squeeze(sheet.querySelector('[data-testid="project-number"]')?.textContent)).toBe('项目编号：AB12CD34');
    const blocks = [...sheet.querySelectorAll('.of-opinion')].map((block) => squeeze(block.textContent));
    expect(blocks).toEqual(['申请单位意见及盖章：主要领导签字：年月日', '行业主管部门意见及盖章：主要领导签字：年月日']);
    // The date is the paper's blank, to be written by hand.
    expect(sheet.querySelector('.of-opinion-sign')?.textContent).toContain('\u3000\u3000年\u3000\u3000月\u3000\u3000日');
  });

  it('prints the paper’s blanks for an empty form', () => {
    const sheet = render({ form: formView('project-application'), values: {}, projectNumber: 'AB12CD34' });
    expect(squeeze(valueBeside(sheet, '建设性质'))).toBe('□新建□扩建□迁建□改建□其他');
    expect(squeeze(valueBeside(sheet, '计划动工时间'))).toBe('年月');
    expect(valueBeside(sheet, '项目名称')).toBe('');
  });
});

describe('OfficialForm 附表3 项目变更单', () => {
  const CHANGE = {
    projectName: '智慧校园平台',
    contractor: '连平县某信息科技有限公司',
    basis: '合同第五条：设备停产',
    content: '服务器与交换机更换为在产型号',
    contractorLead: '李四',
    ownerOpinion: '同意变更',
    ownerLead: '王五',
    hardwareChanges: [
      {
        subProject: '机房',
        oldItem: '华为 RH2288H V5',
        oldSpec: '2×Xeon 4210',
        oldQuantity: '2',
        oldUnitPrice: '45000.05',
        oldSubtotal: '90000.10',
        newItem: '浪潮 NF5280M6',
        newSpec: '2×Xeon 4314',
        newQuantity: '2',
        newUnitPrice: '48000.50',
        newSubtotal: '96001',
        remark: '原型号停产',
      },
      { subProject: '机房', oldItem: '交换机 S5720', oldQuantity: '1', oldUnitPrice: '8000.20', oldSubtotal: '8000.20', newItem: '交换机 S5735', newQuantity: '1', newUnitPrice: '9000', newSubtotal: '9000' },
    ],
  };

  it('prints the hardware list with its column titles, one row per change, blank rows and the exact 合计', () => {
    const sheet = render({ form: formView('change-request'), values: CHANGE, projectNumber: 'AB12CD34' });
    const table = sheet.querySelector('[data-testid="list-hardwareChanges"]') as HTMLTableElement;
    expect([...table.querySelectorAll('thead th')].map((cell) => cell.textContent)).toEqual([
      '序号',
      '分项目名称',
      '原设备品牌/型号',
      '原设备参数',
      '原数量',
      '原单价',
      '原小计',
      '现设备品牌/型号',
      '现设备参数',
      '现数量',
      '现单价',
      '现小计',
      '备注',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').replace(/\u00a0/g, '')));
    expect(rows[0]).toEqual(['1', '机房', '华为 RH2288H V5', '2×Xeon 4210', '2', '45000.05元', '90000.10元', '浪潮 NF5280M6', '2×Xeon 4314', '2', '48000.50元', '96001元', '原型号停产']);
    expect(rows[1]).toEqual(['2', '机房', '交换机 S5720', '', '1', '8000.20元', '8000.20元', '交换机 S5735', '', '1', '9000元', '9000元', '']);
    // Room for more by hand: five rows in all, as the paper has.
    expect(rows.slice(2, 5)).toEqual(Array.from({ length: 3 }, () => Array.from({ length: 13 }, () => '')));
    // 合计 of 原小计 and 现小计, exact to the 分.
    expect(rows[5]).toEqual(['合计', '98000.3元', '', '105001元', '']);
    // The software list has no changes: blank rows to fill in.
    const software = sheet.querySelector('[data-testid="list-softwareChanges"]') as HTMLTableElement;
    expect(software.querySelectorAll('tbody tr')).toHaveLength(6);
    expect(squeeze(software.querySelector('tbody')?.textContent)).toBe('合计');
  });

  it('prints the seed’s parts, opinions with signer and date, and the seal blocks under each list', () => {
    const sheet = render({ form: formView('change-request'), values: CHANGE, projectNumber: 'AB12CD34' });
    expect(sheet.querySelector('.of-appendix')?.textContent).toBe('附表3');
    expect(sheet.querySelector('h1')?.textContent).toBe('项目变更单');
    expect(squeeze(sheet.querySelector('[data-testid="project-number"]')?.textContent)).toBe('项目编号：AB12CD34');
    expect([...sheet.querySelectorAll('h2, h3')].map((heading) => heading.textContent)).toEqual([
      '一、变更基本情况',
      '二、项目变更清单',
      '（一）项目硬件设备（含系统软件）变更清单',
      '（二）项目应用软件变更清单',
    ]);
    expect(gridLabels(sheet)).toEqual(['项目名称', '分项目名称', '承建单位']);
    const opinions = [...sheet.querySelectorAll('.of-opinion')].map((block) => squeeze(block.textContent));
    expect(opinions).toEqual([
      '变更依据：合同第五条：设备停产',
      '变更内容：服务器与交换机更换为在产型号项目负责人：李四日期：年月日',
      '监理单位意见：项目负责人：日期：年月日',
      '建设单位意见：同意变更项目负责人：王五日期：年月日',
    ]);
    const text = squeeze(sheet.textContent);
    expect(text).toContain('注：建设单位、承建单位、监理单位均须加盖公章。');
    const seals = [...sheet.querySelectorAll('.of-seals')].map((block) => squeeze(block.textContent));
    expect(seals).toHaveLength(2);
    for (const block of seals) {
      expect(block).toBe('建设单位（盖章）：项目负责人（签名）：日期：监理单位（盖章）：项目负责人（签名）：日期：承建单位（盖章）：项目负责人（签名）：日期：');
    }
  });
});

describe('OfficialForm 附表2 项目数据资源管理核查表', () => {
  it('prints 单位名称（盖章） and the date above the grid, and the data list with room to fill', () => {
    const values = { unitName: '连平县教育局', fillDate: '2025-10-14', projectName: '智慧校园平台', totalInvestment: '80', hardware: '30', dataItems: [{ function: '学生管理', dataName: '学生基本信息', shareCycle: '每日', provision: '接口' }] };
    const sheet = render({ form: formView('data-resource-checklist'), values, projectNumber: 'AB12CD34' });
    expect(sheet.querySelector('.of-appendix')?.textContent).toBe('附表2');
    expect(squeeze(sheet.querySelector('.of-meta')?.textContent)).toBe('单位名称（盖章）：连平县教育局2025年10月14日项目编号：AB12CD34');
    expect(gridLabels(sheet)).toEqual(['项目名称', '联系人', '电话', '邮箱', '项目简介', '项目总投资', '系统硬件', '系统软件', '应用软件开发', '立项时间', '预计验收时间', '本项目数据内容', '序号', '系统功能', '产生数据名称', '共享周期', '提供方式']);
    expect(valueBeside(sheet, '项目总投资')).toBe('80万元');
    expect(valueBeside(sheet, '系统硬件')).toBe('30万元');
    const list = sheet.querySelector('[data-testid="list-dataItems"]') as HTMLTableElement;
    // (:scope: the list sits inside the grid's own tbody.)
    expect(list.querySelectorAll(':scope > tbody > tr')).toHaveLength(6);
    expect(squeeze(list.querySelector(':scope > tbody > tr')?.textContent)).toBe('1学生管理学生基本信息每日接口');
    expect(squeeze(sheet.querySelector('.of-note')?.textContent)).toMatch(/^注：1\.系统的每个功能/);
  });
});

describe('OfficialForm layout from the policy document', () => {
  it('prints a form without `print` in the default layout, whatever its id and title', () => {
    const { print: _print, ...plain } = formView('project-application');
    const sheet = render({ form: plain, values: APPLICATION, projectNumber: 'AB12CD34', applicant: '连平县教育局' });
    expect(sheet.querySelector('[data-testid="seal-line"]')).toBeNull();
    // Each section named on a row of its own, a row per field.
    const sections = [...sheet.querySelectorAll('.of-section-row')].map((cell) => squeeze(cell.textContent));
    expect(sections).toEqual(['基本情况', '资金安排计划', '建设内容与效益', '联系方式']);
    const start = [...sheet.querySelectorAll('[data-testid="official-grid"] tr')].find((row) => squeeze(row.textContent).startsWith('计划动工时间'));
    expect([...(start?.querySelectorAll('th') ?? [])].map((cell) => cell.textContent)).toEqual(['计划动工时间']);
    // The applicant's seal and signature at the end.
    const blocks = [...sheet.querySelectorAll('.of-opinion')].map((block) => squeeze(block.textContent));
    expect(blocks).toEqual(['申请单位（盖章）：连平县教育局负责人（签字）：日期：年月日']);
  });

  it('takes each key `print` gives and the default for the others', () => {
    const form: FormView = {
      id: 'any-form',
      title: '样例表',
      citeText: '附表4',
      schema: {
        type: 'object',
        properties: {
          name: { type: 'string', title: '名称', 'x-component': 'Input', 'x-index': 0 },
          phone: { type: 'string', title: '电话', 'x-component': 'Input', 'x-index': 1 },
          items: {
            type: 'array',
            title: '明细',
            'x-component': 'ArrayTable',
            'x-index': 2,
            items: { type: 'object', properties: { c_item: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: '品名' }, properties: { item: { type: 'string', 'x-component': 'Input' } } } } },
          },
        },
      },
      print: { rows: [['name', 'phone']], sealLine: { label: '填报单位（盖章）：' }, defaultMinRows: 2 },
    };
    const sheet = render({ form, values: { name: '样例' }, projectNumber: 'AB12CD34', applicant: '样例局' });
    expect(squeeze(sheet.querySelector('[data-testid="seal-line"]')?.textContent)).toBe('填报单位（盖章）：样例局');
    expect(valueBeside(sheet, '名称')).toBe('样例');
    const row = [...sheet.querySelectorAll('[data-testid="official-grid"] tr')].find((candidate) => squeeze(candidate.textContent).startsWith('名称'));
    expect([...(row?.querySelectorAll('th') ?? [])].map((cell) => cell.textContent)).toEqual(['名称', '电话']);
    expect(sheet.querySelectorAll('[data-testid="list-items"] tbody tr')).toHaveLength(2);
    expect([...sheet.querySelectorAll('.of-opinion')].map((block) => squeeze(block.textContent))).toEqual(['申请单位（盖章）：样例局负责人（签字）：日期：年月日']);
  });
});
