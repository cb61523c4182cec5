import { parse } from 'yaml';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { anchorChoices } from '../fields/document-options';
import { byPath, byTestId, choose, fieldHelp, installDomShims, mount, seedYaml, typeInto, type Mounted } from '../testing/mount.test-helper';
import { CountingEditor } from './counting.editor';
import { DeadlineEditor } from './deadline.editor';
import { ScheduleEditor } from './schedule.editor';

// Every edit re-validates the whole seed document (each reading resolved), as the studio does: seconds in jsdom.
let mounted: Mounted | null = null;
beforeAll(installDomShims);
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** The index of an obligation in a seed document. */
function obligationAt(yaml: string, id: string): number {
  const index = (parse(yaml) as { obligations: Array<{ id: string }> }).obligations.findIndex((obligation) => obligation.id === id);
  if (index < 0) throw new Error(`no obligation ${id}`);
  return index;
}

/** Clicks the button of a Radio.Group (optionType="button") by its text. */
async function pick(scope: ParentNode, text: string): Promise<void> {
  const button = [...scope.querySelectorAll('label.ant-radio-button-wrapper')].find((label) => label.textContent?.trim() === text);
  if (!button) throw new Error(`no button ${text}`);
  await act(async () => (button.querySelector('input') as HTMLInputElement).click());
}

const written = (page: Mounted) => {
  const parsed = page.probe.current?.parsed;
  if (!parsed?.ok) throw new Error(`the draft does not validate: ${parsed?.issues.map((issue) => issue.message).join('；')}`);
  return parsed.written;
};

describe('CountingEditor', { timeout: 60_000 }, () => {
  it('sets the event day, adjusted workdays and a day off at the end as the document’s counting, in Chinese', async () => {
    const page = (mounted = await mount(seedYaml('441623'), <CountingEditor />));
    expect(page.container.textContent).toContain('事件当日不计入、自次日起算');
    await choose(byPath(page.container, 'counting.eventDay'), '事件当日计入，为第1日');
    await choose(byPath(page.container, 'counting.adjustedWorkdays'), '调休上班日不计为工作日');
    await choose(byPath(page.container, 'counting.holidayEnd'), '提前至此前最后一个工作日');
    expect(written(page).counting).toMatchObject({ eventDay: 'included', adjustedWorkdays: 'skip', holidayEnd: 'previous-working-day', returnedClock: 'restart' });
    expect(page.probe.current?.yaml).toContain('eventDay: included');
  });
});

describe('DeadlineEditor', { timeout: 60_000 }, () => {
  it('counts 牡丹’s self-evaluation from the later of acceptance and go-live, saying what is missing on the way', async () => {
    const yaml = seedYaml('371702');
    const at = obligationAt(yaml, 'self-evaluation');
    const path = ['obligations', at, 'schedule', 'deadline'];
    const page = (mounted = await mount(yaml, <DeadlineEditor path={path} />));
    await pick(page.container, '几个事件中较晚者');
    expect(() => written(page)).toThrow(/至少列出两个事件/);
    const events = byPath(page.container, `obligations[${at}].schedule.deadline.from.laterOf`);
    expect(fieldHelp(events)).toContain('较晚者（laterOf）至少列出两个事件');

    const goLive = anchorChoices(parse(yaml) as Record<string, unknown>)[1]?.options.find((choice) => choice.value === 'goLive')?.label as string;
    // The list of events is long (a virtual list in jsdom shows its first few): search it as a user would, which opens it.
    await typeInto(events?.closest('.ant-select')?.querySelector('input'), goLive, { leave: false });
    const option = [...document.querySelectorAll('.ant-select-item-option')].find((candidate) => candidate.textContent?.trim() === goLive);
    await act(async () => (option as HTMLElement).click());
    expect(written(page).obligations[at]?.schedule).toMatchObject({ kind: 'after', deadline: { earliest: 12, amount: 24, unit: 'months', from: { laterOf: ['accepted', 'goLive'] } } });
    expect(byTestId(page.container, 'deadline-sentence')?.textContent).toBe('12至24个月内（自验收通过、上线两者中较晚者次日起算）');

    await pick(page.container, '自一个事件');
    expect(written(page).obligations[at]?.schedule).toMatchObject({ deadline: { from: 'accepted' } });
  });

  it('reads a period’s length from a project’s integer fact', async () => {
    const fact = '  - { key: constructionPeriodMonths, type: integer, label: 批复的建设周期（月）, cite: { article: 30, paragraph: 1, quote: 不能按期申请竣工验收的 } }\n';
    const yaml = seedYaml('360000').replace(/^facts:\n/m, `facts:\n${fact}`);
    const at = obligationAt(yaml, 'acceptance-application-due');
    const page = (mounted = await mount(yaml, <DeadlineEditor path={['obligations', at, 'schedule', 'deadline']} />));
    await pick(page.container, '取自项目事实');
    expect(written(page).obligations[at]?.schedule).toMatchObject({ deadline: { amount: { fact: 'constructionPeriodMonths' }, unit: 'months', from: 'trialOperationStarted', soft: true } });
    expect(byTestId(page.container, 'deadline-sentence')?.textContent).toBe('原则上“批复的建设周期（月）”个月内（自试运行开始次日起算）');

    await pick(page.container, '固定期限');
    expect(written(page).obligations[at]?.schedule).toMatchObject({ deadline: { amount: 5 } });
  });
});

describe('ScheduleEditor', { timeout: 60_000 }, () => {
  it('keeps 江西’s yearly report due in the year of acceptance, and moves a due day off back for one obligation', async () => {
    const yaml = seedYaml('360000');
    const at = obligationAt(yaml, 'annual-performance-report-construction');
    const page = (mounted = await mount(yaml, <ScheduleEditor path={['obligations', at, 'schedule']} />));
    await choose(byPath(page.container, `obligations[${at}].schedule.finalPeriod`), '结束事件所在周期末仍须报送一次');
    await choose(byPath(page.container, `obligations[${at}].schedule.holidayEnd`), '提前至此前最后一个工作日');
    expect(written(page).obligations[at]?.schedule).toMatchObject({ kind: 'calendar', until: 'accepted', finalPeriod: 'due', holidayEnd: 'previous-working-day' });
    expect(byTestId(page.container, 'schedule-sentence')?.textContent).toBe('每年12月31日前，自立项批复起，至验收通过（其所在周期仍须报送）（末日为休息日的提前至此前最后一个工作日）');
  });
});
