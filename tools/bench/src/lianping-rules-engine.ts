import type { WorkingCalendar } from '@banfa/calendar';
import type { FactValue } from '@banfa/policy-model';
import { Engine } from 'json-rules-engine';
import { assembleLianping, type LianpingDecision } from './lianping-floor';

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
    return assembleLianping(fired.has('filing') ? 'filing' : 'approval', fired.has('crypto'), submitted, calendar);
  };
}
