import { bundledCases, bundledNaiveCases, syntheticCases, type BenchCase } from './test/bench-cases';

/** `npx tsx src/query/bench-p95.ts [N]`: times N calls of each query and prints p50/p95/max per call, in ms. */
const N = Number(process.argv[2] ?? 500);
const WARM_UP = 20;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function time(c: BenchCase, calls: number): string {
  for (let i = 0; i < WARM_UP; i++) c.run(i);
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    c.run(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const f = (x: number): string => x.toFixed(x < 1 ? 3 : 1).padStart(8);
  return `| ${c.name} | ${calls} | ${f(percentile(ms, 50))} | ${f(percentile(ms, 95))} | ${f(ms[ms.length - 1] ?? NaN)} |`;
}

console.log('| query | calls | p50 (ms) | p95 (ms) | max (ms) |\n|---|---|---|---|---|');
for (const n of [1_000, 10_000, 100_000]) {
  const { index, naive } = syntheticCases(n);
  for (const c of index) console.log(time(c, N));
  for (const c of naive) console.log(time(c, Math.max(20, Math.round(N / (n / 1000)))));
}
for (const c of [...bundledCases(), ...bundledNaiveCases()]) console.log(time(c, N));
