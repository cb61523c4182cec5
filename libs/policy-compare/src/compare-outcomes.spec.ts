import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { parseMoney, type PolicyDocument } from '@banfa/policy-model';
import type { ProjectInput } from '@banfa/policy-runtime';
import { describe, expect, it } from 'vitest';
import { compareOutcomes } from './compare-outcomes';
import { copyPolicy, dashiqiao, jiangxi, lianping, mudan, SEEDS, xiangfen } from './fixtures/seed-policies.fixture';
import type { OutcomeComparison } from './outcome.types';

const calendar = new WorkingCalendar(chineseDaysYears());

/** One 80万元 project, with the facts each regulation needs to choose its track (some of them local to one). */
const project: ProjectInput = {
  facts: {
    totalInvestment: parseMoney('80', '万元'),
    involvesCryptography: false,
    inAnnualPlan: true,
    urgent: false,
    constructionNature: 'new',
    // 襄汾县 (local facts)
    newlyEstablishedUnit: false,
    inApplicationPlan: true,
    // 大石桥市 (local)
    mergedReportChosen: false,
    // 江西省 (local)
    projectLevel: 'city',
    provincialCategory: 'other',
    investmentExcludingOperation: parseMoney('80', '万元'),
  },
  events: [{ kind: 'submitted', on: '2025-09-30' }],
};

const comparison = compareOutcomes(SEEDS, project, '2025-10-01', calendar);

function outcome(c: OutcomeComparison, doc: PolicyDocument) {
  const found = c.outcomes.find((candidate) => candidate.column === doc.id);
  if (!found) throw new Error(`no column ${doc.id}`);
  return found;
}

function row(c: OutcomeComparison, key: string) {
  const found = c.rows.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

describe('compareOutcomes: one 80万元 project through the five seed regulations', () => {
  it('gives each regulation’s track', () => {
    expect(comparison.outcomes.map((candidate) => [candidate.column, candidate.track?.id])).toEqual([
      [xiangfen.id, 'standard'],
      [dashiqiao.id, 'standard'],
      [jiangxi.id, 'city-filing'],
      [mudan.id, 'regular'],
      [lianping.id, 'approval'],
    ]);
    expect(outcome(comparison, lianping).track).toEqual({ id: 'approval', name: '审批制', citeText: '第十一条' });
  });

  it('gives the working days to approval: 27 under 连平 (10 + 12 + 5), none set by the others', () => {
    const approval = outcome(comparison, lianping).approval;
    expect(approval).toMatchObject({ workingDays: 27, submittedOn: '2025-09-30', approvedBy: '2025-11-13', lowerBound: false, soft: true, assumedSubmission: false });
    expect(approval?.steps.filter((step) => step.deadline).map((step) => [step.id, step.startedOn, step.doneOn])).toEqual([
      ['initial-review', '2025-09-30', '2025-10-21'],
      ['funding-review', '2025-10-21', '2025-11-06'],
      ['approval-decision', '2025-11-06', '2025-11-13'],
    ]);
    expect(approval?.text).toBe('原则上27个工作日（2025-09-30申报，至2025-11-13）');
    for (const doc of [xiangfen, dashiqiao, jiangxi, mudan]) {
      expect(outcome(comparison, doc).approval, doc.id).toMatchObject({ workingDays: null, reason: '立项环节均未规定办理时限' });
    }
    const time = row(comparison, 'approval-time');
    expect(time.differs).toBe(true);
    expect(time.cells.find((cell) => cell.column === lianping.id)?.citeText).toBe('第十一条第（四）项、第十一条第（五）项、第十一条第（六）项');
    expect(time.explanation?.at(-1)).toContain('资金审核（原则上12个工作日内，2025-10-21起，至2025-11-06）〔第十一条第（五）项〕');
  });

  it('explains the track by the conditions tried, with the facts read and the articles', () => {
    expect(outcome(comparison, lianping).trackExplanation).toEqual([
      '不适用“备案制”：项目总投资 ≤ 50万元 不成立（项目总投资：80万元）〔第十二条〕',
      '适用“审批制”：其他情形〔第十一条〕',
    ]);
    const track = row(comparison, 'track');
    expect(track.differs).toBe(true);
    expect(track.explanation?.find((line) => line.startsWith('连平县'))).toContain('〔第十二条〕');
  });

  it('reports the facts a regulation does not read, without failing any column', () => {
    expect(outcome(comparison, lianping).facts.unknown).toEqual(['urgent', 'newlyEstablishedUnit', 'inApplicationPlan', 'mergedReportChosen', 'projectLevel', 'provincialCategory', 'investmentExcludingOperation']);
    expect(outcome(comparison, xiangfen).facts.unknown).toContain('totalInvestment');
    expect(comparison.outcomes.every((candidate) => candidate.error === undefined)).toBe(true);
    const unknown = row(comparison, 'facts:unknown');
    expect(unknown.cells.find((cell) => cell.column === jiangxi.id)?.text).toBe('involvesCryptography；inAnnualPlan；urgent；newlyEstablishedUnit；inApplicationPlan；mergedReportChosen');
  });

  it('leaves a value of the wrong type out of the one policy that reads the fact, and says so', () => {
    const typo = compareOutcomes([lianping, xiangfen], { ...project, facts: { ...project.facts, totalInvestment: '80万' } }, '2025-10-01', calendar);
    expect(outcome(typo, lianping).facts.invalid).toEqual([expect.objectContaining({ key: 'totalInvestment', message: expect.stringContaining('是金额，应写成带单位的十进制数') })]);
    expect(outcome(typo, lianping).track).toBeNull();
    expect(outcome(typo, xiangfen).track?.id).toBe('standard');
  });

  it('keeps a policy that cannot be evaluated to its own column', () => {
    const broken = copyPolicy(lianping);
    broken.id = 'broken-policy';
    const step = broken.stages[0]?.steps[1];
    if (step) step.when = { cel: 'involvesCryptography &&' };
    const mixed = compareOutcomes([broken, lianping], project, '2025-10-01', calendar);
    expect(mixed.outcomes[0]?.error).toBeTruthy();
    expect(mixed.outcomes[0]?.applicability).toMatch(/^无法计算：/);
    expect(mixed.outcomes[1]?.approval?.workingDays).toBe(27);
  });

  it('says whether each regulation applies and is in force', () => {
    expect(outcome(comparison, mudan)).toMatchObject({ applicable: true, inForce: false });
    expect(outcome(comparison, lianping)).toMatchObject({ applicable: true, inForce: false });
    expect(outcome(comparison, xiangfen)).toMatchObject({ applicable: true, inForce: true });
    expect(comparison.columns.find((column) => column.policyId === mudan.id)?.statusText).toBe('试行（已过期）');
    const classified = compareOutcomes([lianping], { ...project, facts: { ...project.facts, classified: true } }, '2025-10-01', calendar);
    expect(classified.outcomes[0]).toMatchObject({ applicable: false, applicability: '不适用：涉密县级政务信息化项目按有关规定执行，不适用本办法。（涉密项目：是）（第五条）' });
  });

  it('lists the steps, bodies, attachments and obligations side by side', () => {
    const lianpingOutcome = outcome(comparison, lianping);
    expect(lianpingOutcome.steps.filter((step) => step.phase === 'initiation').map((step) => step.id)).toEqual(['plan-and-review', 'application', 'initial-review', 'funding-review', 'approval-decision']);
    expect(lianpingOutcome.attachments.filter((attachment) => attachment.phase === 'initiation').map((attachment) => attachment.id)).toEqual([
      'application-form',
      'project-plan',
      'data-resource-checklist',
      'necessity-documents',
    ]);
    const bodies = row(comparison, 'review-bodies').cells.find((cell) => cell.column === lianping.id);
    expect(bodies?.text).toBe('县政务服务数据管理局（政务服务数据管理部门）；县财政局（财政部门）');
    expect(row(comparison, 'obligations').cells.find((cell) => cell.column === lianping.id)?.citeText).toBe('第六条、第二十五条');
  });

  it('runs one project across versions over time: the raised threshold moves it to 备案制', () => {
    const later = copyPolicy(lianping);
    later.versionLabel = '正式施行稿';
    const filing = later.tracks[0];
    if (filing?.when && 'threshold' in filing.when) filing.when.threshold.amount = '100';
    const overTime = compareOutcomes([lianping, later], project, '2025-10-01', calendar);
    expect(overTime.outcomes.map((candidate) => candidate.track?.id)).toEqual(['approval', 'filing']);
    expect(overTime.outcomes[1]?.approval).toMatchObject({ workingDays: null, reason: '立项环节均未规定办理时限' });
    expect(row(overTime, 'track').differs).toBe(true);
  });

  it('counts from the comparison date when the project has not been submitted, and says so', () => {
    const unsubmitted = compareOutcomes([lianping], { facts: project.facts, events: [] }, '2025-11-03', calendar);
    expect(unsubmitted.outcomes[0]?.approval).toMatchObject({ assumedSubmission: true, submittedOn: '2025-11-03', workingDays: 27 });
  });

  it('describes the sample project for the reader', () => {
    expect(comparison.project.facts[0]).toEqual({ key: 'totalInvestment', label: '项目总投资', value: '80万元' });
    expect(comparison.project.events).toEqual(['2025-09-30 提交申报']);
  });
});
