import { parseScenarioFile } from '@banfa/policy-testing';
import { describe, expect, it } from 'vitest';
import { lianpingPolicy } from '../../../testing/seed-policies.test-helper';
import { projectFromScenario, projectInput, scenarioInput, type SampleProject } from './sample-project.model';

const doc = lianpingPolicy();

describe('the sample project', () => {
  it('gives the runtime money in 分, whole numbers as bigint, and the contract amount of the latest signing', () => {
    const project: SampleProject = {
      at: '2026-03-01',
      facts: { totalInvestment: '80.5万元', involvesCryptography: false, projectScope: 'public' },
      events: [
        { kind: 'submitted', on: '2025-09-30' },
        { kind: 'contractSigned', on: '2025-12-01', amount: '70万元' },
        { kind: 'contractSigned', on: '2026-01-05', amount: '75.25万元' },
      ],
      readings: {},
    };
    const { input, problems } = projectInput(doc, project);
    expect(problems).toEqual([]);
    expect(input.facts).toEqual({ totalInvestment: 80_500_000n, involvesCryptography: false, projectScope: 'public', contractAmount: 75_250_000n });
    // The amount is a fact, not part of the event.
    expect(input.events[1]).toEqual({ kind: 'contractSigned', on: '2025-12-01' });
    // A scenario has no event amounts: the contract amount is written as a fact.
    expect(scenarioInput(project).facts).toEqual({ totalInvestment: '80.5万元', involvesCryptography: false, projectScope: 'public', contractAmount: '75.25万元' });
  });

  it('names the facts that do not read and leaves them out', () => {
    const { input, problems } = projectInput(doc, { at: '2025-09-30', facts: { totalInvestment: '八十万元', involvesCryptography: 'yes' }, events: [], readings: {} });
    expect(input.facts).toEqual({});
    expect(problems.map((problem) => problem.key)).toEqual(['totalInvestment', 'involvesCryptography']);
    expect(problems[0]?.message).toContain('项目总投资：应为金额');
  });

  it('opens a scenario as it is written and writes it back the same', () => {
    const file = parseScenarioFile('policy: a.policy.yaml\nscenarios:\n  - name: x\n    at: "2025-10-22"\n    readings: { A3: parallel }\n    facts: { totalInvestment: 80万元 }\n    events:\n      - { kind: submitted, on: "2025-09-30" }\n      - { kind: stepCompleted, step: initial-review, outcome: approve, on: "2025-10-20" }\n    expect: {}\n');
    const scenario = file.scenarios[0]!;
    const project = projectFromScenario(scenario);
    expect(project).toEqual({ at: '2025-10-22', readings: { A3: 'parallel' }, facts: { totalInvestment: '80万元' }, events: scenario.events, scenario: 'x' });
    expect(scenarioInput(project)).toEqual({ at: scenario.at, readings: scenario.readings, facts: scenario.facts, events: scenario.events });
  });
});
