/** Timing helpers for the benchmarks: per-call distribution (median, p99) and totals, in one process. */
export interface Distribution {
  median: number;
  p99: number;
  mean: number;
}

export function distribution(samplesMicros: number[]): Distribution {
  const sorted = [...samplesMicros].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99), mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length) };
}

export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, warmup = 200): Distribution {
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) run(inputs[i] as T);
  const samples = inputs.map((input) => {
    const start = process.hrtime.bigint();
    run(input);
    return Number(process.hrtime.bigint() - start) / 1000;
  });
  return distribution(samples);
}

export async function timeEachAsync<T>(inputs: readonly T[], run: (input: T) => Promise<unknown>, warmup = 200): Promise<Distribution> {
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) await run(inputs[i] as T);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    await run(input);
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return distribution(samples);
}

export function timeTotalMillis(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
