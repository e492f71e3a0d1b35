import { describe, expect, it } from 'vitest';
import { validatePlan } from './index';
import { parseJson } from './parse';
import { ofRule, validPlan } from './test-helpers';

/** One small broken package per rule: each test breaks the valid fixture in one way. */

describe('layer-files', () => {
  it('reports a layer file the manifest names but the package lacks', () => {
    const plan = validPlan();
    plan.set('manifest/structures/0/layers/0/file', 'missing.geojson');
    const found = ofRule(validatePlan(plan.input()), 'layer-files');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: 'manifest.json', path: 'structures/0/layers/0/file' });
    expect(found[0]?.message.en).toContain('missing.geojson');
  });

  it('rejects a file name that leaves the plan folder', () => {
    const plan = validPlan();
    plan.set('manifest/structures/0/layers/0/file', '../other/centres.geojson');
    const found = ofRule(validatePlan(plan.input()), 'layer-files');
    expect(found.map((p) => p.message.en).join()).toMatch(/not a plain file name/);
  });
});

describe('geojson', () => {
  it('reports a feature without geometry member, with its index', () => {
    const plan = validPlan();
    plan.remove('centres.geojson/features/1/geometry');
    const found = ofRule(validatePlan(plan.input()), 'geojson');
    expect(found[0]).toMatchObject({ severity: 'error', file: 'centres.geojson', featureIndex: 1, featureId: 'test-node' });
    expect(found[0]?.message.en).toMatch(/geometry/);
  });

  it('reports a file that is not a FeatureCollection', () => {
    const plan = validPlan();
    plan.files.set('centres.geojson', { type: 'Feature', properties: {}, geometry: null });
    const found = ofRule(validatePlan(plan.input()), 'geojson');
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toMatch(/not a GeoJSON FeatureCollection/);
  });
});

describe('schema', () => {
  it('reports a role outside the enum with the allowed values as the fix', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/properties/role', 'capital');
    const found = ofRule(validatePlan(plan.input()), 'schema');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', featureId: 'test-core', featureIndex: 0, path: 'properties/role' });
    expect(found[0]?.fix.en).toContain('sub-core');
  });

  it('reports a missing manifest key and warns on an unknown one', () => {
    const plan = validPlan();
    plan.remove('manifest/issuer');
    plan.set('manifest/colour', 'red');
    const found = ofRule(validatePlan(plan.input()), 'schema');
    expect(found.map((p) => [p.severity, p.message.en])).toEqual([
      ['error', '(root) lacks the required key "issuer".'],
      ['warning', expect.stringContaining('"colour"')],
    ]);
  });

  it('reports an id that is not kebab-case', () => {
    const plan = validPlan();
    plan.set('manifest/structures/0/id', 'One Core');
    const found = ofRule(validatePlan(plan.input()), 'schema');
    expect(found[0]?.path).toBe('structures/0/id');
    expect(found[0]?.message.en).toMatch(/kebab-case/);
  });
});

describe('prototype-keys', () => {
  it('reports __proto__ and constructor keys anywhere in properties', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/properties/extra', JSON.parse('{"__proto__": {"polluted": true}}'));
    plan.set('centres.geojson/features/1/properties/constructor', 'x');
    const found = ofRule(validatePlan(plan.input()), 'prototype-keys');
    expect(found.map((p) => [p.featureId, p.path])).toEqual([
      ['test-core', 'properties/extra/__proto__'],
      ['test-node', 'properties/constructor'],
    ]);
    expect(found[0]?.fix.en).toMatch(/Rename the key/);
    // reported once: the schema rule leaves these keys to this rule
    expect(ofRule(validatePlan(plan.input()), 'schema').filter((p) => /__proto__|constructor/.test(p.message.en))).toEqual([]);
  });
});

describe('feature-id', () => {
  it('reports a feature id that does not mirror properties.id', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/id', 'core');
    plan.remove('centres.geojson/features/1/id');
    const found = ofRule(validatePlan(plan.input()), 'feature-id');
    expect(found.map((p) => p.featureIndex)).toEqual([0, 1]);
    expect(found[0]?.fix.en).toContain('"test-core"');
    expect(found[1]?.message.en).toMatch(/no top-level "id"/);
  });
});

describe('unique-ids', () => {
  it('reports a feature id used twice in a plan, across files', () => {
    const plan = validPlan();
    plan.set('zones.geojson/features/0/id', 'test-core');
    plan.set('zones.geojson/features/0/properties/id', 'test-core');
    const found = ofRule(validatePlan(plan.input()), 'unique-ids');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'zones.geojson', featureIndex: 0 });
    expect(found[0]?.message.en).toContain('centres.geojson#0');
  });

  it('reports duplicate layer ids in the manifest', () => {
    const plan = validPlan();
    plan.set('manifest/structures/1/layers/0/id', 'centres');
    plan.set('manifest/structures/1/partition/layer', 'centres');
    const found = ofRule(validatePlan(plan.input()), 'unique-ids');
    expect(found.map((p) => p.path)).toEqual(['structures/1/layers/0/id']);
  });
});

describe('provenance', () => {
  it('reports an empty quote, a missing quote and an empty provenance list', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/properties/provenance/0/quote', '  ');
    plan.remove('manifest/structures/0/notDrawn/0/provenance/0/quote');
    plan.set('manifest/structures/1/provenance', []);
    const found = ofRule(validatePlan(plan.input()), 'provenance');
    expect(found.map((p) => [p.file, p.path])).toEqual([
      ['manifest.json', 'structures/0/notDrawn/0/provenance/0/quote'],
      ['manifest.json', 'structures/1/provenance'],
      ['centres.geojson', 'properties/provenance/0/quote'],
    ]);
    // the schema rule leaves provenance to this rule
    expect(ofRule(validatePlan(plan.input()), 'schema')).toEqual([]);
  });
});

describe('references', () => {
  it('reports tour steps naming unknown layers and features', () => {
    const plan = validPlan();
    plan.set('manifest/structures/0/tour/0/layers', ['nowhere']);
    plan.set('manifest/structures/0/tour/1/features', ['test-nothing']);
    const found = ofRule(validatePlan(plan.input()), 'references');
    expect(found.map((p) => p.path)).toEqual(['structures/0/tour/0/layers/0', 'structures/0/tour/1/features/0']);
  });
});

describe('coordinates', () => {
  it('reports lat/lon swapped with the corrected position as the fix', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/geometry/coordinates', [27.5, 106.5]);
    const problems = validatePlan(plan.input());
    const found = ofRule(problems, 'coordinates');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', featureId: 'test-core', path: 'geometry/coordinates' });
    expect(found[0]?.message.en).toMatch(/Lat\/lon swapped/);
    expect(found[0]?.fix.en).toContain('[106.5, 27.5]');
    // not reported again as outside its county
    expect(ofRule(problems, 'in-county')).toEqual([]);
  });

  it('counts swapped vertices of a line and checks camera centres', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/2/geometry/coordinates', [[27.5, 106.2], [27.5, 106.8], [27.6, 107.4]]);
    plan.set('manifest/structures/0/tour/1/camera/center', [27.5, 106.5]);
    const found = ofRule(validatePlan(plan.input()), 'coordinates');
    expect(found.map((p) => [p.file, p.path])).toEqual([
      ['manifest.json', 'structures/0/tour/1/camera/center'],
      ['centres.geojson', 'geometry/coordinates/0'],
    ]);
    expect(found[1]?.message.en).toContain('3 of 3 positions');
  });

  it('reports out-of-range coordinates as errors and outside China as a warning', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/geometry/coordinates', [206.5, 27.5]);
    plan.set('centres.geojson/features/1/geometry/coordinates', [10, 10]);
    const found = ofRule(validatePlan(plan.input()), 'coordinates');
    expect(found.map((p) => [p.severity, p.featureId])).toEqual([['error', 'test-core'], ['warning', 'test-node']]);
  });
});

describe('in-county', () => {
  it('reports a point outside the union of its declared counties, with the distance', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/geometry/coordinates', [107.5, 27.5]);
    const found = ofRule(validatePlan(plan.input()), 'in-county');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', featureId: 'test-core', featureIndex: 0 });
    expect(found[0]?.message.en).toMatch(/520302.*49\.\d km outside/);
  });

  it('accepts a point in any of its declared counties', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/properties/counties', ['520302', '520303']);
    plan.set('centres.geojson/features/0/geometry/coordinates', [107.5, 27.5]);
    expect(ofRule(validatePlan(plan.input()), 'in-county')).toEqual([]);
  });

  it('reports a line mostly outside, with the measured share', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/2/properties/counties', ['520302']);
    plan.set('centres.geojson/features/2/geometry/coordinates', [[106.8, 27.5], [107.9, 27.5]]);
    const found = ofRule(validatePlan(plan.input()), 'in-county');
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toMatch(/only 18\.\d% of the line's length/);
  });

  it('reports a polygon outside and an unknown county code', () => {
    const plan = validPlan();
    plan.set('zones.geojson/features/1/properties/counties', ['520303']);
    plan.set('zones.geojson/features/0/properties/counties', ['999999']);
    const found = ofRule(validatePlan(plan.input()), 'in-county');
    expect(found.map((p) => [p.featureId, p.path])).toEqual([
      ['test-zone-west', 'properties/counties/0'],
      ['test-zone-east', 'geometry'],
    ]);
    expect(found[1]?.message.en).toMatch(/representative point/);
  });

  it('is skipped without county polygons', () => {
    const plan = validPlan();
    plan.set('centres.geojson/features/0/geometry/coordinates', [107.5, 27.5]);
    expect(validatePlan({ manifest: plan.manifest, files: plan.files })).toEqual([]);
  });
});

describe('partition', () => {
  const square = (x0: number, x1: number): number[][][] => [[[x0, 27], [x1, 27], [x1, 28], [x0, 28], [x0, 27]]];

  it('reports a gap with its measured share of the county', () => {
    const plan = validPlan();
    plan.set('zones.geojson/features/1/geometry/coordinates', square(106.55, 107));
    const found = ofRule(validatePlan(plan.input()), 'partition');
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toMatch(/gaps of 5\.0\d% of the area of county 520302/);
  });

  it('accepts a gap under 1%', () => {
    const plan = validPlan();
    plan.set('zones.geojson/features/1/geometry/coordinates', square(106.505, 107));
    expect(ofRule(validatePlan(plan.input()), 'partition')).toEqual([]);
  });

  it('reports an overlap over 0.1% naming the pair', () => {
    const plan = validPlan();
    plan.set('zones.geojson/features/1/geometry/coordinates', square(106.48, 107));
    const found = ofRule(validatePlan(plan.input()), 'partition');
    expect(found).toHaveLength(1);
    expect(found[0]?.featureId).toBe('test-zone-west');
    expect(found[0]?.message.en).toMatch(/overlap by 2\.0\d% .*test-zone-west × test-zone-east/);
  });

  it('reports a partition naming no layer, and non-polygon zones', () => {
    const plan = validPlan();
    plan.set('manifest/structures/1/partition/layer', 'nowhere');
    expect(ofRule(validatePlan(plan.input()), 'partition').map((p) => p.path)).toEqual(['structures/1/partition/layer']);
    const other = validPlan();
    other.set('zones.geojson/features/1/geometry', { type: 'Point', coordinates: [106.7, 27.5] });
    const found = ofRule(validatePlan(other.input()), 'partition');
    expect(found.map((p) => p.path ?? p.message.en)).toEqual([expect.stringMatching(/gaps of 50\.0%/), 'geometry/type']);
  });
});

describe('json', () => {
  it('reports a file that is not JSON', () => {
    const parsed = parseJson('centres.geojson', '{"type": "FeatureCollection",}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem).toMatchObject({ rule: 'json', severity: 'error', file: 'centres.geojson' });
      expect(parsed.problem.fix.en).toMatch(/trailing comma/);
    }
  });
});
