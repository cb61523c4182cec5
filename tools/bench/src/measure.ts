import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';

/** Timing helpers for the benchmarks: per-call distribution (median, p99) and totals, in one process. */
export interface Distribution {
  median: number;
  p99: number;
  mean: number;
  /** The p99 of the calls that no garbage collection pause overlapped. */
  p99WithoutGc: number;
  /** The share of the slowest 1 % of calls that a garbage collection pause overlapped (0 to 1). */
  slowestInGc: number;
}

/**
 * Warm-up, the same for every implementation measured: calls over the inputs, round and round, until at least this
 * many calls and this much time have gone by, so that V8 has optimised what is measured before a sample is taken.
 */
export const WARM_UP: WarmUp = { calls: 20_000, millis: 200 };

export interface WarmUp {
  calls: number;
  millis: number;
}

export function distribution(samplesMicros: number[], inGc: readonly boolean[] = []): Distribution {
  const order = samplesMicros.map((_, index) => index).sort((a, b) => (samplesMicros[a] ?? 0) - (samplesMicros[b] ?? 0));
  const sorted = order.map((index) => samplesMicros[index] ?? 0);
  const at = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
  const slowest = order.slice(Math.floor(0.99 * order.length));
  const outsideGc = order.filter((index) => !inGc[index]).map((index) => samplesMicros[index] ?? 0);
  return {
    median: at(sorted, 0.5),
    p99: at(sorted, 0.99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    p99WithoutGc: at(outsideGc, 0.99),
    slowestInGc: slowest.filter((index) => inGc[index]).length / Math.max(1, slowest.length),
  };
}

export async function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, warmUp: WarmUp = WARM_UP): Promise<Distribution> {
  const started = process.hrtime.bigint();
  for (let calls = 0; calls < warmUp.calls || elapsedMillis(started) < warmUp.millis; ) {
    for (const input of inputs) run(input);
    calls += Math.max(1, inputs.length);
  }
  const gc = watchGc();
  const starts = new Float64Array(inputs.length);
  const samples = new Array<number>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const start = process.hrtime.bigint();
    run(inputs[i] as T);
    const end = process.hrtime.bigint();
    starts[i] = gc.toMillis(start);
    samples[i] = Number(end - start) / 1000;
  }
  return distribution(samples, await gc.overlaps(starts, samples));
}

export async function timeEachAsync<T>(inputs: readonly T[], run: (input: T) => Promise<unknown>, warmUp: WarmUp = WARM_UP): Promise<Distribution> {
  const started = process.hrtime.bigint();
  for (let calls = 0; calls < warmUp.calls || elapsedMillis(started) < warmUp.millis; ) {
    for (const input of inputs) await run(input);
    calls += Math.max(1, inputs.length);
  }
  const gc = watchGc();
  const starts = new Float64Array(inputs.length);
  const samples = new Array<number>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const start = process.hrtime.bigint();
    await run(inputs[i] as T);
    const end = process.hrtime.bigint();
    starts[i] = gc.toMillis(start);
    samples[i] = Number(end - start) / 1000;
  }
  return distribution(samples, await gc.overlaps(starts, samples));
}

export function timeTotalMillis(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * What a per-call closure costs under the loader the bench runs in: tsx compiles with esbuild's keepNames, which
 * names every function expression with Object.defineProperty where it is created, so a closure made on each call
 * pays that on each call. Median µs of a call that makes one closure, less a call that makes none.
 */
export async function closureCost(): Promise<number> {
  const inputs = Array.from({ length: 20_000 }, (_, i) => i);
  const withClosure = await timeEach(inputs, (n) => {
    const add = (m: number) => m + n;
    return add(1);
  });
  const without = await timeEach(inputs, (n) => n + 1);
  return withClosure.median - without.median;
}

function elapsedMillis(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

/** Records the garbage collection pauses from now on, to tell which samples one overlapped. */
function watchGc(): { toMillis(time: bigint): number; overlaps(starts: Float64Array, micros: readonly number[]): Promise<boolean[]> } {
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  // hrtime and performance.now() run on the same monotonic clock; performance.now() counts from the process start.
  const originNanos = process.hrtime.bigint();
  const originMillis = performance.now();
  return {
    toMillis: (time) => originMillis + Number(time - originNanos) / 1e6,
    overlaps: async (starts, micros) => {
      // Node reports pauses asynchronously, shortly after they happen.
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return Array.from(starts, (start, index) => {
        const end = start + (micros[index] ?? 0) / 1000;
        return pauses.some((pause) => pause.startTime < end && start < pause.startTime + pause.duration);
      });
    },
  };
}
