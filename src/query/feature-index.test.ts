import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createFeatureIndex, createNaiveIndex, findNearestOfEachKind, type FeatureKind } from './index';
import { mulberry32, randomMixedFeatures, randomPoints, randomPosition } from './test/synthetic';

const data = randomMixedFeatures(1500, 42);
const index = createFeatureIndex(data);
const naive = createNaiveIndex(data);
const random = mulberry32(7);
const queries = Array.from({ length: 40 }, () => randomPosition(random, [103, 24, 110.5, 30]));
const KIND_SETS: (FeatureKind[] | undefined)[] = [undefined, ['node'], ['corridor'], ['zone'], ['node', 'zone']];

describe('createFeatureIndex agrees with the naive scan', { timeout: 60_000 }, () => {
  it.each([1, 5, 20])('on nearest-%i for every kind filter, at 40 seeded points', (k) => {
    for (const at of queries) {
      for (const kinds of KIND_SETS) expect(index.nearest(at, { k, kinds }).rows).toEqual(naive.nearest(at, { k, kinds }).rows);
    }
  });

  it.each([0, 5, 25])('on everything within %i km', (km) => {
    for (const at of queries) expect(index.within(at, km).rows).toEqual(naive.within(at, km).rows);
  });

  it('on everything within 10 km of a feature, the feature itself left out', () => {
    for (const feature of data.features.slice(0, 30)) {
      const rows = index.withinBuffer(feature, 10).rows;
      expect(rows).toEqual(naive.withinBuffer(feature, 10).rows);
      expect(rows.map((r) => r.id)).not.toContain(feature.properties?.['id']);
    }
  });

  it('on 100k points, and for a query point far north of the data', () => {
    const points = randomPoints(100_000, 1);
    const [big, bigNaive] = [createFeatureIndex(points), createNaiveIndex(points)];
    for (const at of [...queries.slice(0, 5), [106, 45], [106, 80]]) {
      expect(big.nearest(at, { k: 5 }).rows).toEqual(bigNaive.nearest(at, { k: 5 }).rows);
      expect(big.within(at, 5).rows).toEqual(bigNaive.within(at, 5).rows);
    }
  });
});

describe('createFeatureIndex', () => {
  it('labels every distance as straight-line, nearest first', () => {
    const rows = index.nearest([106.9, 27.7], { k: 10 }).rows;
    expect(rows.every((r) => r.isStraightLine)).toBe(true);
    expect(rows.map((r) => r.distanceKm)).toEqual([...rows.map((r) => r.distanceKm)].sort((a, b) => a - b));
  });

  it('returns no rows on an empty collection, and fewer than k when there are fewer features', () => {
    expect(createFeatureIndex({ type: 'FeatureCollection', features: [] }).nearest([106, 27]).rows).toEqual([]);
    const two = createFeatureIndex(randomPoints(2, 3));
    expect(two.nearest([106, 27], { k: 5 }).rows).toHaveLength(2);
  });

  it('rejects k below 1, a negative radius and an out-of-range point', () => {
    expect(() => index.nearest([106, 27], { k: 0 })).toThrow('k must be a whole number ≥ 1, got 0');
    expect(() => index.within([106, 27], -1)).toThrow('km must be a finite number ≥ 0, got -1');
    expect(() => index.within([106, 95], 5)).toThrow('latitude must be a number in [-90, 90], got 95');
  });

  it('finds the nearest of each kind', () => {
    const rows = findNearestOfEachKind(index, [106.9, 27.7]).rows;
    expect(rows.map((r) => r.kind)).toEqual(['node', 'corridor', 'zone']);
  });

  it('buffers the feature it searches around, and skips features without geometry', () => {
    const withNull = { ...data, features: [...data.features, { type: 'Feature', properties: {}, geometry: null } as unknown as Feature] };
    expect(createFeatureIndex(withNull).size).toBe(data.features.length);
    const first = data.features[0] as Feature;
    expect(index.withinBuffer(first, 5).geometry).toBeUndefined();
    expect(index.withinBuffer(first, 5, { includeBuffer: true }).geometry?.features).toHaveLength(1);
  });
});
