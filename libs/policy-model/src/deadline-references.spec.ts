import { describe, expect, it } from 'vitest';
import { MINIMAL_POLICY_YAML } from './fixtures/minimal.fixture';
import { describeCounting, describeDeadline, PolicyDescriber } from './describe';
import { parsePolicyYaml } from './parse-policy';

const DEADLINE = 'deadline: { amount: 10, unit: workingDays, from: started, soft: true }';

/** The sample document with the review step's deadline replaced, and optionally more YAML appended. */
function withDeadline(deadline: string, more = ''): string {
  return MINIMAL_POLICY_YAML.replace(DEADLINE, deadline) + more;
}

function issuesOf(text: string) {
  const result = parsePolicyYaml(text);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.issues;
}

const INTEGER_FACT = '  - { key: approvedConstructionMonths, type: integer, label: 批复的建设周期（月）, cite: { article: 30, quote: 样例条文 } }\n';

describe('deadlines counted from several events', () => {
  it('accepts laterOf and earlierOf of project events, and keeps from: event working', () => {
    for (const from of ['{ laterOf: [accepted, goLive] }', '{ earlierOf: [constructionCompleted, initialAcceptance] }', 'contractSigned']) {
      const result = parsePolicyYaml(withDeadline(`deadline: { amount: 10, unit: workingDays, from: ${from} }`));
      expect(result.ok, from).toBe(true);
    }
  });

  it('refuses the step start inside laterOf, at its line and column, with a hint', () => {
    const [issue] = issuesOf(withDeadline('deadline: { amount: 10, unit: workingDays, from: { laterOf: [started, goLive] } }'));
    expect(issue).toMatchObject({ path: ['stages', 0, 'steps', 1, 'deadline', 'from', 'laterOf', 0], line: 36, column: 70, message: '“环节开始”（started）不能与其他事件组合' });
    expect(issue?.hint).toContain('{ laterOf: [accepted, goLive] }');
  });

  it('refuses an unknown or repeated event', () => {
    const issues = issuesOf(withDeadline('deadline: { amount: 10, unit: workingDays, from: { earlierOf: [acepted, goLive, goLive] } }'));
    expect(issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^未知的起算事件“acepted”，可选：listSubmitted、submitted/), '事件“goLive”（上线）重复']);
  });

  it('says what an anchor may be when it is neither an event nor laterOf/earlierOf', () => {
    const issues = issuesOf(withDeadline('deadline: { amount: 10, unit: workingDays, from: [accepted, goLive] }'));
    expect(issues[0]?.message).toContain('{ laterOf: [accepted, goLive] }');
  });

  it('asks for at least two events', () => {
    expect(issuesOf(withDeadline('deadline: { amount: 10, unit: workingDays, from: { laterOf: [accepted] } }'))[0]?.message).toBe('较晚者（laterOf）至少列出两个事件');
  });
});

describe('deadlines whose length is a project fact', () => {
  const withFact = (deadline: string) => withDeadline(deadline).replace('facts:\n', `facts:\n${INTEGER_FACT}`);

  it('accepts a declared integer fact', () => {
    expect(parsePolicyYaml(withFact('deadline: { amount: { fact: approvedConstructionMonths }, unit: months, from: approvalIssued }')).ok).toBe(true);
  });

  it('refuses a fact that is not an integer, and one not declared, at the fact', () => {
    const [money] = issuesOf(withFact('deadline: { amount: { fact: totalInvestment }, unit: months, from: approvalIssued }'));
    expect(money).toMatchObject({ path: ['stages', 0, 'steps', 1, 'deadline', 'amount', 'fact'], message: '期限长度须取自 integer（整数）类型的事实，“totalInvestment”是 money' });
    expect(money?.hint).toContain('amount: { fact: approvedConstructionMonths }');
    const [undeclared] = issuesOf(withFact('deadline: { amount: { fact: constructionMonths }, unit: months, from: approvalIssued }'));
    expect(undeclared?.message).toBe('期限长度引用了未声明的事实“constructionMonths”');
  });

  it('refuses a window start with a length read from a fact', () => {
    const [issue] = issuesOf(withFact('deadline: { earliest: 3, amount: { fact: approvedConstructionMonths }, unit: months, from: approvalIssued }'));
    expect(issue?.path).toEqual(['stages', 0, 'steps', 1, 'deadline', 'earliest']);
    expect(issue?.message).toBe('时间窗口的起点（earliest）只能与固定的期限（amount 为整数）一起使用');
  });

  it('explains a length that is neither a whole number nor a fact', () => {
    const [issue] = issuesOf(withDeadline('deadline: { amount: 2.5, unit: months, from: approvalIssued }'));
    expect(issue?.message).toBe('期限应为正整数（例如 amount: 5），或取自项目的整数事实 { fact: approvedConstructionMonths }');
  });
});

describe('counting conventions and calendar schedules', () => {
  it('accepts the event day, adjusted workdays and a previous-working-day end, and adds no keys when they are absent', () => {
    const result = parsePolicyYaml(`${MINIMAL_POLICY_YAML}counting: { eventDay: included, adjustedWorkdays: skip, holidayEnd: previous-working-day }\n`);
    expect(result.ok && result.document.counting).toEqual({ eventDay: 'included', adjustedWorkdays: 'skip', holidayEnd: 'previous-working-day', returnedClock: 'restart' });
    // Documents written before these keys parse to the same content (and content hash) as before.
    const plain = parsePolicyYaml(MINIMAL_POLICY_YAML);
    expect(plain.ok && plain.document.counting).toEqual({ holidayEnd: 'next-working-day', returnedClock: 'restart' });
  });

  it('refuses an unknown event-day rule with the allowed values', () => {
    const [issue] = issuesOf(`${MINIMAL_POLICY_YAML}counting: { eventDay: both }\n`);
    expect(issue?.path).toEqual(['counting', 'eventDay']);
    expect(issue?.message).toContain('excluded');
  });

  it('refuses finalPeriod without the end event it belongs to', () => {
    const obligations = `obligations:
  - id: yearly
    name: 年度报告
    body: applicant
    schedule: { kind: calendar, period: year, from: approvalIssued, finalPeriod: due }
    cite: { article: 27, quote: 样例条文 }
`;
    const [issue] = issuesOf(MINIMAL_POLICY_YAML + obligations);
    expect(issue).toMatchObject({ path: ['obligations', 0, 'schedule', 'finalPeriod'], line: 42 });
    expect(issue?.message).toContain('finalPeriod 须与 until（结束事件）一起使用');
  });
});

describe('the words of deadlines and counting', () => {
  it('says which of several events a period counts from, and a length read from a fact by its label', () => {
    expect(describeDeadline({ amount: 12, earliest: 6, unit: 'months', from: { laterOf: ['accepted', 'goLive'] }, soft: false })).toBe('6至12个月内（自验收通过、上线两者中较晚者次日起算）');
    const result = parsePolicyYaml(withDeadline('deadline: { amount: { fact: approvedConstructionMonths }, unit: months, from: approvalIssued, soft: true }').replace('facts:\n', `facts:\n${INTEGER_FACT}`));
    if (!result.ok) throw new Error(result.issues[0]?.message);
    const review = result.document.stages[0]?.steps[1];
    expect(review?.deadline && new PolicyDescriber(result.document).deadline(review.deadline)).toBe('原则上“批复的建设周期（月）”个月内（自立项批复次日起算）');
  });

  it('says 当日起算 when the event day counts, and each convention in words', () => {
    expect(describeDeadline({ amount: 5, unit: 'workingDays', from: 'started', soft: false }, { eventDay: 'included' })).toBe('5个工作日内（自环节开始当日起算）');
    expect(describeCounting({ eventDay: 'included', adjustedWorkdays: 'skip', holidayEnd: 'previous-working-day', returnedClock: 'resume' })).toBe(
      '事件当日计入（为第1日）；调休上班日不计为工作日；期间末日为休息日的提前至此前最后一个工作日；补正后继续计算剩余工作日',
    );
  });
});
