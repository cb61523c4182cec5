import type { LianpingFigures } from './lianping.measure';
import type { Distribution } from './measure';

/** The 连平 section of docs/benchmarks.md: each implementation with what it computes, and its ratio to the floor. */
export function lianpingLines(figures: LianpingFigures): string[] {
  const us = (value: number) => value.toFixed(2);
  const row = (name: string, computes: string, d: Distribution) =>
    `| ${name} | ${computes} | ${us(d.median)} | ${us(d.p99)} | ${us(d.p99WithoutGc)} | ${Math.round(d.slowestInGc * 100)} % | ${(d.median / figures.floor.median).toFixed(1)}× |`;
  return [
    `### 连平县 decisions: the runtime, a hand-written floor and json-rules-engine (${figures.projects.toLocaleString('en')} projects, judged on the day of submission; all agree on the first ${figures.checked}; ${figures.rounds} interleaved rounds, each implementation's best median)`,
    '',
    '| implementation | computes | median µs | p99 µs | p99 without GC µs | slowest 1 % during GC | median vs floor |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    row('hand-written TypeScript (the floor)', 'track; the 立项 steps with state and due date; required 立项 attachments', figures.floor),
    row('Banfa `decide()`, 立项 stage', 'the same, from the policy document: what the floor computes', figures.initiation),
    row('Banfa `decide()`, whole track', 'track; every step of the track (立项 to 验收) with state and due date; every attachment', figures.decisions),
    row('Banfa `evaluate()`, full report', 'all that, and the trace of every condition with the facts read, gates and findings, obligations, settings', figures.report),
    row('json-rules-engine 7', 'track and cryptography as rules; steps and attachments assembled as the floor does', figures.rulesEngine),
    '',
    `Full report vs json-rules-engine (median): ${(figures.report.median / figures.rulesEngine.median).toFixed(2)}×.`,
  ];
}
