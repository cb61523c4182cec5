import type { OutcomeComparisonView } from '@banfa/api-contract';
import { describe, expect, it } from 'vitest';
import { approvalBars } from './approval-bars';
import { comparableJurisdictions, defaultSelection, type JurisdictionNode } from './jurisdiction-options';
import { mergeQuestions, toSampleProject } from './sample-project.input';
import { statusColor } from './status.tag';
import { fileNameFromDisposition } from '../../api/file.download';

const node = (code: string, name: string, hasPolicy: boolean, children: JurisdictionNode[] = []): JurisdictionNode => ({
  code,
  name,
  level: 'county',
  hasPolicy,
  policies: [],
  children,
});

describe('the jurisdictions to choose from', () => {
  const tree = [node('440000', '广东省', false, [node('441600', '河源市', false, [node('441623', '连平县', true)])]), node('360000', '江西省', true)];

  it('lists those with a regulation, in code order, with where they lie', () => {
    expect(comparableJurisdictions(tree)).toEqual([
      { value: '360000', label: '江西省（360000）', path: '江西省' },
      { value: '441623', label: '连平县（441623）', path: '广东省 / 河源市 / 连平县' },
    ]);
  });

  it('selects all of them when the page opens, up to the limit', () => {
    expect(defaultSelection(comparableJurisdictions(tree))).toEqual(['360000', '441623']);
    expect(defaultSelection(comparableJurisdictions(tree), 1)).toEqual(['360000']);
  });
});

describe('the sample project', () => {
  it('writes 总投资 in 万元, each answer by its type, and the submission as an event', () => {
    const project = toSampleProject(
      {
        totalInvestment: '80',
        submittedOn: '2025-09-30',
        facts: { involvesCryptography: false, constructionNature: 'new', investmentExcludingOperation: '75.5', mlpsLevel: 3, urgent: undefined, projectLevel: '' },
      },
      [
        { key: 'investmentExcludingOperation', type: 'money' },
        { key: 'mlpsLevel', type: 'integer' },
      ],
    );
    expect(project).toEqual({
      facts: { totalInvestment: '80万元', involvesCryptography: false, constructionNature: 'new', investmentExcludingOperation: '75.5万元', mlpsLevel: 3 },
      events: [{ kind: 'submitted', on: '2025-09-30' }],
    });
  });

  it('leaves out what is not answered', () => {
    expect(toSampleProject({ totalInvestment: null, submittedOn: null })).toEqual({ facts: {}, events: [] });
  });
});

describe('the working days to approval', () => {
  const column = (code: string, name: string) => ({ key: code, jurisdiction: { code, name } }) as OutcomeComparisonView['columns'][number];
  const outcome = (approval: Partial<NonNullable<OutcomeComparisonView['outcomes'][number]['approval']>> | null) =>
    ({ approval: approval ? { text: '', lowerBound: false, soft: false, ...approval } : null }) as OutcomeComparisonView['outcomes'][number];

  it('gives each policy its figure, or says why there is none', () => {
    const bars = approvalBars({
      columns: [column('441623', '连平县'), column('371702', '牡丹区'), column('141023', '襄汾县')],
      outcomes: [
        outcome({ workingDays: 27, soft: true, text: '原则上27个工作日（2025-09-30申报，至2025-11-13）' }),
        outcome({ workingDays: null, reason: '立项环节均未规定办理时限' }),
        outcome({ workingDays: 12, lowerBound: true }),
      ],
    });
    expect(bars.map((bar) => [bar.code, bar.days, bar.label])).toEqual([
      ['441623', 27, '原则上27个工作日'],
      ['371702', null, '未规定时限'],
      ['141023', 12, '至少12个工作日'],
    ]);
  });
});

describe('the page’s small helpers', () => {
  it('colours a draft and an expired version apart from one in force', () => {
    expect(statusColor('征求意见稿（草稿）')).toBe('red');
    expect(statusColor('试行（已过期）')).toBe('volcano');
    expect(statusColor('征求意见稿')).toBe('orange');
    expect(statusColor('现行有效（尚未施行）')).toBe('purple');
    expect(statusColor('现行有效')).toBe('green');
    expect(statusColor('暂行')).toBe('blue');
  });

  it('reads the Chinese file name of a download', () => {
    const header = `attachment; filename="_______________.xlsx"; filename*=UTF-8''${encodeURIComponent('政务信息化项目管理办法对比（2025-10-01）.xlsx')}`;
    expect(fileNameFromDisposition(header, 'x.xlsx')).toBe('政务信息化项目管理办法对比（2025-10-01）.xlsx');
    expect(fileNameFromDisposition('attachment; filename="a.xlsx"', 'x.xlsx')).toBe('a.xlsx');
    expect(fileNameFromDisposition(null, 'x.xlsx')).toBe('x.xlsx');
  });
});

describe('the facts asked across runs', () => {
  it('keeps the facts asked before (answered ones are no longer missing) and adds the new ones, most needed first', () => {
    const question = (key: string, columns: string[]) => ({ key, label: key, type: 'boolean' as const, columns });
    expect(mergeQuestions([question('urgent', ['a']), question('projectLevel', ['c'])], [question('classified', ['a', 'b']), question('urgent', ['a'])]).map((entry) => entry.key)).toEqual([
      'classified',
      'urgent',
      'projectLevel',
    ]);
  });
});
