import { bench, describe } from 'vitest';
import { bundledCases, bundledNaiveCases } from './test/bench-cases';

describe('all layers of the five bundled plans', () => {
  for (const c of [...bundledCases(), ...bundledNaiveCases()]) {
    let q = 0;
    bench(c.name, () => void c.run(q++));
  }
});
