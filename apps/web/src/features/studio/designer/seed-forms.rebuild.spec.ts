/// <reference types="node" />
import { parsePolicyYaml, type PolicyForm } from '@banfa/policy-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSchemaText, parseSchemaText } from './schema-json';
import { DesignScript, normalised } from './testing/design-script.test-helper';

/** 连平县's three 附表 as the policy writes them (the document as written, no reading applied). */
const seedForms = (() => {
  const text = readFileSync(resolve(import.meta.dirname, '../../../../../../policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8');
  const parsed = parsePolicyYaml(text);
  if (!parsed.ok) throw new Error('the 连平县 seed policy does not parse');
  return new Map<string, PolicyForm>(parsed.written.forms.map((form) => [form.id, form]));
})();
const seed = (id: string) => (seedForms.get(id) as PolicyForm).schema;

const NATURE = [
  { label: '新建', value: 'new' },
  { label: '扩建', value: 'expansion' },
  { label: '迁建', value: 'relocation' },
  { label: '改建', value: 'renovation' },
  { label: '其他', value: 'other' },
];
const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';
const QUANTITY: [string, string] = ['^\\d+(\\.\\d+)?$', '数量应为数字'];

describe('the designer rebuilds 连平县’s 附表 from an empty form', () => {
  it('附表1 项目立项申请表: its four sections, the 资金安排计划 groups and the fields with their facts and rules', () => {
    const form = new DesignScript();
    const basic = form.add([], 'section', 'basic', '基本情况');
    form.add(basic, 'text', 'applicant', '申请单位', { required: true });
    form.add(basic, 'text', 'userUnit', '项目使用单位', { required: true });
    form.add(basic, 'text', 'projectName', '项目名称', { required: true, fact: 'projectName' });
    form.add(basic, 'text', 'location', '项目拟建设地点', { required: true });
    form.add(basic, 'radio', 'constructionNature', '建设性质', { required: true, fact: 'constructionNature', options: NATURE });
    form.add(basic, 'month', 'plannedStart', '计划动工时间', { required: true, pattern: [MONTH, '计划动工时间应为年月，例如 2026-03'] });
    form.add(basic, 'month', 'plannedCompletion', '计划竣工时间', { required: true, pattern: [MONTH, '计划竣工时间应为年月，例如 2026-12'] });
    form.add(basic, 'money', 'totalInvestment', '项目总投资（万元）', { required: true, fact: 'totalInvestment', unit: '万元' });
    const funding = form.add([], 'section', 'funding', '资金安排计划');
    const plan = form.add(funding, 'group', 'fundingPlan', '分年度安排');
    ['第一年', '第二年', '第三年', '第四年', '第五年'].forEach((title, year) => form.add(plan, 'money', `year${year + 1}`, title));
    const sources = form.add(funding, 'group', 'fundingSources', '资金来源');
    for (const [key, title] of [['province', '省级财政'], ['city', '市级财政'], ['county', '县级财政'], ['selfRaised', '单位自筹'], ['other', '其他']] as const) {
      form.add(sources, 'money', key, title);
    }
    const content = form.add([], 'section', 'content', '建设内容与效益');
    form.add(content, 'textarea', 'constructionContent', '建设内容', { required: true, rows: 4 });
    form.add(content, 'textarea', 'expectedBenefits', '预期经济、社会效益', { required: true, rows: 3 });
    const contact = form.add([], 'section', 'contact', '联系方式');
    form.add(contact, 'text', 'contactPerson', '项目联系人', { required: true });
    form.add(contact, 'text', 'officePhone', '办公电话', { pattern: ['^[0-9\\-+ ]{5,20}$', '办公电话只能包含数字和“-”，例如 0762-4381234'] });
    form.add(contact, 'text', 'mobile', '手机号码', { required: true, pattern: ['^1\\d{10}$', '手机号码应为 11 位数字，以 1 开头'] });
    form.add(contact, 'text', 'address', '联系地址');
    form.add(contact, 'text', 'postcode', '邮编', { pattern: ['^\\d{6}$', '邮编应为 6 位数字'] });

    expect(normalised(form.schema)).toEqual(normalised(seed('project-application')));
  });

  it('附表2 项目数据资源管理核查表, with the data-content table', () => {
    const form = new DesignScript();
    const header = form.add([], 'section', 'header', '基本信息');
    form.add(header, 'text', 'unitName', '单位名称', { required: true });
    form.add(header, 'date', 'fillDate', '填表日期', { required: true });
    form.add(header, 'text', 'projectName', '项目名称', { required: true });
    form.add(header, 'text', 'contactPerson', '联系人', { required: true });
    form.add(header, 'text', 'phone', '电话', { required: true });
    form.add(header, 'text', 'email', '邮箱', { format: ['email', '邮箱格式不正确，例如 name@example.gov.cn'] });
    form.add(header, 'textarea', 'summary', '项目简介', { required: true, rows: null });
    const investment = form.add([], 'section', 'investment', '项目总投资');
    form.add(investment, 'money', 'totalInvestment', '项目总投资', { required: true });
    form.add(investment, 'money', 'hardware', '系统硬件');
    form.add(investment, 'money', 'systemSoftware', '系统软件');
    form.add(investment, 'money', 'applicationDevelopment', '应用软件开发');
    form.add(investment, 'date', 'initiatedOn', '立项时间');
    form.add(investment, 'date', 'expectedAcceptanceOn', '预计验收时间');
    const dataContent = form.add([], 'section', 'dataContent', '本项目数据内容');
    const items = form.add(dataContent, 'table', 'dataItems', '系统功能及产生数据', {
      description: '注：1.系统的每个功能可产生多个数据名称（数据项），请如实填写。2.系统产生数据原则上为共享数据，凡声明不予共享的政务信息资源，必须提供相关法律、行政法规或党中央、国务院政策依据。',
    });
    form.add(items, 'text', 'function', '系统功能', { required: true });
    form.add(items, 'text', 'dataName', '产生数据名称', { required: true });
    form.add(items, 'text', 'shareCycle', '共享周期');
    form.add(items, 'text', 'provision', '提供方式');

    expect(normalised(form.schema)).toEqual(normalised(seed('data-resource-checklist')));
  });

  it('附表3 项目变更单, with both change lists as tables', () => {
    const form = new DesignScript();
    const basic = form.add([], 'section', 'basic', '一、变更基本情况');
    form.add(basic, 'text', 'projectName', '项目名称', { required: true });
    form.add(basic, 'text', 'subProjectName', '分项目名称');
    form.add(basic, 'text', 'contractor', '承建单位', { required: true });
    form.add(basic, 'textarea', 'basis', '变更依据', { required: true, rows: null });
    form.add(basic, 'textarea', 'content', '变更内容', { required: true, rows: null });
    form.add(basic, 'text', 'contractorLead', '承建单位项目负责人', { required: true });
    form.add(basic, 'textarea', 'supervisorOpinion', '监理单位意见', { rows: null, description: '未委托监理单位的项目不填（歧义设置 A6）' });
    form.add(basic, 'text', 'supervisorLead', '监理单位项目负责人');
    form.add(basic, 'textarea', 'ownerOpinion', '建设单位意见', { required: true, rows: null });
    form.add(basic, 'text', 'ownerLead', '建设单位项目负责人', { required: true });
    const lists = form.add([], 'section', 'lists', '二、项目变更清单');
    const changeList = (key: string, title: string, item: string, spec: string) => {
      const table = form.add(lists, 'table', key, title);
      form.add(table, 'text', 'subProject', '分项目名称');
      form.add(table, 'text', 'oldItem', `原${item}`);
      form.add(table, 'text', 'oldSpec', `原${spec}`);
      form.add(table, 'text', 'oldQuantity', '原数量', { pattern: QUANTITY });
      form.add(table, 'money', 'oldUnitPrice', '原单价', { unit: '元' });
      form.add(table, 'money', 'oldSubtotal', '原小计', { unit: '元' });
      form.add(table, 'text', 'newItem', `现${item}`);
      form.add(table, 'text', 'newSpec', `现${spec}`);
      form.add(table, 'text', 'newQuantity', '现数量', { pattern: QUANTITY });
      form.add(table, 'money', 'newUnitPrice', '现单价', { unit: '元' });
      form.add(table, 'money', 'newSubtotal', '现小计', { unit: '元' });
      form.add(table, 'text', 'remark', '备注');
    };
    changeList('hardwareChanges', '（一）项目硬件设备（含系统软件）变更清单', '设备品牌/型号', '设备参数');
    changeList('softwareChanges', '（二）项目应用软件变更清单', '功能模块', '软件功能');

    expect(normalised(form.schema)).toEqual(normalised(seed('change-request')));
  });

  it.each(['project-application', 'data-resource-checklist', 'change-request'])('exports and imports %s losslessly', (id) => {
    const text = exportSchemaText(seed(id));
    const imported = parseSchemaText(text);
    expect(imported).toEqual({ ok: true, schema: seed(id) });
    if (imported.ok) expect(exportSchemaText(imported.schema)).toBe(text);
  });
});
