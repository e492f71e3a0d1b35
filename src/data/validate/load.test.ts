import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPlan, validateCollected } from './index';
import { FIXTURES, readFolder, testCounties } from './test-helpers';

describe('collectPlan', () => {
  it('reads the manifest and the layer files it names', () => {
    const plan = readFolder(path.join(FIXTURES, 'valid-plan'));
    expect([...plan.files.keys()]).toEqual(['centres.geojson', 'zones.geojson']);
    expect(validateCollected(plan, testCounties)).toEqual([]);
  });

  it('reports a missing manifest', () => {
    const problems = validateCollected(collectPlan(() => undefined));
    expect(problems).toMatchObject([{ rule: 'json', file: 'manifest.json', severity: 'error' }]);
  });

  it('reports a layer file that is not JSON, and never reads outside the folder', () => {
    const asked: string[] = [];
    const manifest = JSON.stringify({ structures: [{ layers: [{ file: 'a.geojson' }, { file: '../b.geojson' }] }] });
    const plan = collectPlan((file) => {
      asked.push(file);
      return file === 'manifest.json' ? manifest : '{oops';
    });
    expect(asked).toEqual(['manifest.json', 'a.geojson']);
    expect(plan.readProblems).toMatchObject([{ rule: 'json', file: 'a.geojson' }]);
  });
});
