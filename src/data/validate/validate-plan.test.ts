import { describe, expect, it } from 'vitest';
import { formatProblem, RULES, validatePlan } from './index';
import { validPlan } from './test-helpers';

describe('validatePlan', () => {
  it('finds nothing wrong with the valid fixture plan', () => {
    expect(validatePlan(validPlan().input()).map((p) => formatProblem(p))).toEqual([]);
  });

  it('never throws on garbage and says what is wrong', () => {
    for (const manifest of [null, 'manifest', 42, [], { structures: 'no' }, { structures: [{ layers: [null, { file: 7 }] }] }]) {
      const problems = validatePlan({ manifest, files: new Map([['x.geojson', null]]) });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((p) => p.message.en.includes('check failed'))).toEqual([]);
    }
  });

  it('survives malformed geometry in every rule', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/geometry', { type: 'Point', coordinates: ['a', 'b'] });
    plan.set('zones.geojson/features/0/geometry', { type: 'Polygon', coordinates: [[[1, 2]]] });
    const problems = validatePlan(plan.input());
    expect(problems.filter((p) => p.message.en.includes('check failed'))).toEqual([]);
    expect(new Set(problems.map((p) => p.rule))).toContain('geojson');
  });

  it('sorts problems: manifest first, then files in manifest order, then feature index', () => {
    const plan = validPlan();
    plan.set('zones.geojson/features/0/properties/role', 'x');
    plan.set('centres.geojson/features/1/properties/role', 'x');
    plan.set('centres.geojson/features/0/properties/role', 'x');
    plan.set('manifest/structures/0/category', 'x');
    expect(validatePlan(plan.input()).map((p) => `${p.file}#${p.featureIndex ?? ''}`)).toEqual([
      'manifest.json#', 'centres.geojson#0', 'centres.geojson#1', 'zones.geojson#0',
    ]);
  });

  it('has one module per rule, with distinct ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
