import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCollected } from './index';
import { readFolder, REPO_ROOT } from './test-helpers';

/**
 * Every plan folder under data/plans, whatever is there when the tests run (plans are added by
 * separate scripts): each must validate without errors. Warnings are allowed.
 */
const PLANS = path.join(REPO_ROOT, 'data', 'plans');
const folders = fs.readdirSync(PLANS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
  .map((e) => e.name)
  .sort();
const counties = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'data', 'basemap', 'counties.geojson'), 'utf8'),
) as FeatureCollection;

describe('shipped plans', () => {
  it('include at least the first plan', () => {
    expect(folders).toContain('zunyi-metropolitan');
  });

  it.each(folders)('%s validates without errors', (name) => {
    const problems = validateCollected(readFolder(path.join(PLANS, name)), counties);
    const errors = problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    expect(errors).toEqual([]);
  }, 60_000);
});
