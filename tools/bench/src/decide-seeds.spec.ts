import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { decide, evaluate } from '@banfa/policy-runtime';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventHistories } from './event-histories';
import { reportDecisions } from './report-decisions';
import { sampleProjects } from './sample-projects';

const root = resolve(__dirname, '../../..');
const files = readdirSync(join(root, 'policies'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.policy.yaml')).sort();
const calendar = new WorkingCalendar(chineseDaysYears());

describe('decide() on the seed regulations', () => {
  it.each(files)('%s: gives the full report’s decisions, for the whole track and for one stage at a time', (file) => {
    const doc = loadPolicyYaml(readFileSync(join(root, 'policies', file), 'utf8'));
    const projects = sampleProjects(doc, 120);
    const inputs = [...projects, ...eventHistories(doc, projects.slice(0, 30), calendar)];
    // The first stage alone, and the second, whose steps come after steps of the first.
    const scopes = doc.stages.slice(0, 2).map((stage) => [stage.id]);
    for (const input of inputs) {
      const report = evaluate(doc, input, input.at, { calendar });
      expect(decide(doc, input, input.at, { calendar })).toEqual(reportDecisions(report));
      for (const stages of scopes) expect(decide(doc, input, input.at, { calendar, stages })).toEqual(reportDecisions(report, stages));
    }
    // The histories reach steps in every state, not only the day of submission.
    const states = new Set(inputs.flatMap((input) => decide(doc, input, input.at, { calendar }).steps.map((step) => step.state)));
    expect([...states].sort()).toEqual(expect.arrayContaining(['active', 'done', 'returned', 'waiting']));
  });
});
