import type { WorkingCalendar } from '@banfa/calendar';
import type { FactValue } from '@banfa/policy-model';

/**
 * The floor the runtime is measured against: the 连平县 立项 decisions (track, steps with due dates, required
 * attachments) written by hand as one TypeScript function. Benchmark only: the product never hard-codes a regulation.
 */
export interface LianpingDecision {
  track: 'filing' | 'approval';
  steps: Array<{ id: string; state: 'done' | 'active' | 'waiting' | 'skipped'; dueOn?: string }>;
  attachments: string[];
}

const FIFTY_WAN = 50_000_000n;

export function lianpingByHand(facts: Readonly<Record<string, FactValue>>, submitted: string, calendar: WorkingCalendar): LianpingDecision {
  const total = facts['totalInvestment'] as bigint;
  return assembleLianping(total <= FIFTY_WAN ? 'filing' : 'approval', facts['involvesCryptography'] === true, submitted, calendar);
}

/** Steps with due dates and the attachments, once the track and cryptography are decided (shared by both baselines). */
export function assembleLianping(track: LianpingDecision['track'], crypto: boolean, submitted: string, calendar: WorkingCalendar): LianpingDecision {
  const due = (days: number) => calendar.addWorkingDays(submitted, days).date;
  const steps: LianpingDecision['steps'] = [
    { id: 'plan-and-review', state: 'done' },
    crypto ? { id: 'crypto-review', state: 'active', dueOn: due(5) } : { id: 'crypto-review', state: 'skipped' },
  ];
  if (track === 'approval') {
    steps.push(
      { id: 'application', state: crypto ? 'waiting' : 'done' },
      crypto ? { id: 'initial-review', state: 'waiting' } : { id: 'initial-review', state: 'active', dueOn: due(10) },
      { id: 'funding-review', state: 'waiting' },
      { id: 'approval-decision', state: 'waiting' },
    );
  } else {
    steps.push({ id: 'filing-review', state: crypto ? 'waiting' : 'active' });
  }
  const attachments = [
    ...(crypto ? ['crypto-assessment-report', 'crypto-construction-plan'] : []),
    'application-form',
    'project-plan',
    ...(crypto ? ['crypto-opinion'] : []),
    ...(track === 'approval' ? ['data-resource-checklist', 'necessity-documents'] : []),
  ];
  return { track, steps, attachments };
}
