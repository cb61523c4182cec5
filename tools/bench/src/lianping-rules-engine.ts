import type { WorkingCalendar } from '@banfa/calendar';
import type { FactValue } from '@banfa/policy-model';
import { Engine } from 'json-rules-engine';
import type { LianpingDecision } from './lianping-floor';

/**
 * The same 连平县 decisions as json-rules-engine rules (what a team would reach for instead of a policy runtime):
 * the rules decide track and cryptography; dates and lists are assembled from the events it fires.
 */
export function lianpingRulesEngine(): (facts: Readonly<Record<string, FactValue>>, submitted: string, calendar: WorkingCalendar) => Promise<LianpingDecision> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    conditions: { all: [{ fact: 'totalInvestmentFen', operator: 'lessThanInclusive', value: 50_000_000 }] },
    event: { type: 'filing' },
  });
  engine.addRule({ conditions: { all: [{ fact: 'involvesCryptography', operator: 'equal', value: true }] }, event: { type: 'crypto' } });
  return async (facts, submitted, calendar) => {
    const { events } = await engine.run({ totalInvestmentFen: Number(facts['totalInvestment']), involvesCryptography: facts['involvesCryptography'] });
    const fired = new Set(events.map((event) => event.type));
    const track = fired.has('filing') ? 'filing' : 'approval';
    const crypto = fired.has('crypto');
    const due = (days: number) => calendar.addWorkingDays(submitted, days).date;
    const steps: LianpingDecision['steps'] = [
      { id: 'plan-and-review', state: 'done' },
      crypto ? { id: 'crypto-review', state: 'active', dueOn: due(5) } : { id: 'crypto-review', state: 'skipped' },
      ...(track === 'approval'
        ? ([
            { id: 'application', state: crypto ? 'waiting' : 'done' },
            crypto ? { id: 'initial-review', state: 'waiting' } : { id: 'initial-review', state: 'active', dueOn: due(10) },
            { id: 'funding-review', state: 'waiting' },
            { id: 'approval-decision', state: 'waiting' },
          ] as LianpingDecision['steps'])
        : ([{ id: 'filing-review', state: crypto ? 'waiting' : 'active' }] as LianpingDecision['steps'])),
    ];
    const attachments = [
      ...(crypto ? ['crypto-assessment-report', 'crypto-construction-plan'] : []),
      'application-form',
      'project-plan',
      ...(crypto ? ['crypto-opinion'] : []),
      ...(track === 'approval' ? ['data-resource-checklist', 'necessity-documents'] : []),
    ];
    return { track, steps, attachments };
  };
}
