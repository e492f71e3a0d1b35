import { bench, describe } from 'vitest';
import { syntheticCases } from './test/bench-cases';

for (const n of [1_000, 10_000, 100_000]) {
  const { index, naive } = syntheticCases(n);
  for (const [i, indexCase] of index.entries()) {
    const naiveCase = naive[i];
    if (naiveCase === undefined) continue;
    describe(indexCase.name.replace(', index', ''), () => {
      let q = 0;
      bench('flatbush index', () => void indexCase.run(q++));
      bench('naive Turf scan', () => void naiveCase.run(q++), { time: 300 });
    });
  }
}
