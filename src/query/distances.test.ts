import { booleanIntersects, coordAll, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Geometry, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureDistanceToFeature, measureDistanceToLineKm, measureFeatureDistanceKm } from './index';
import { mulberry32, randomMixedFeatures, randomPosition } from './test/synthetic';

const EQUATOR_LINE = { type: 'LineString' as const, coordinates: [[0, 0], [1, 0]] };
const SQUARE = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const KM_PER_DEGREE = 111.195;

describe('straight-line distances', () => {
  it('measures a point one degree north of an equator line as one degree of arc', () => {
    expect(measureDistanceToLineKm([0.5, 1], EQUATOR_LINE)).toBeCloseTo(KM_PER_DEGREE, 1);
  });

  it('takes the nearest part of a multi-line', () => {
    const multi = { type: 'MultiLineString' as const, coordinates: [[[0, 5], [1, 5]], [[0, 0], [1, 0]]] };
    expect(measureDistanceToLineKm([0.5, 1], multi)).toBeCloseTo(KM_PER_DEGREE, 1);
  });

  it('gives 0 inside a zone and keeps the distance to its edge apart', () => {
    const inside = measureDistanceToFeature([0.5, 0.9], SQUARE);
    expect(inside).toMatchObject({ distanceKm: 0, isInside: true });
    expect(inside?.edgeDistanceKm).toBeCloseTo(0.1 * KM_PER_DEGREE, 0);
    expect(measureDistanceToFeature([0.5, 2], SQUARE)?.distanceKm).toBeCloseTo(KM_PER_DEGREE, 0);
  });

  it('is 0 between crossing features and the gap between apart ones', () => {
    expect(measureFeatureDistanceKm({ type: 'LineString', coordinates: [[0.5, -1], [0.5, 1]] }, EQUATOR_LINE)).toBe(0);
    expect(measureFeatureDistanceKm({ type: 'LineString', coordinates: [[0, 2], [1, 2]] }, SQUARE)).toBeCloseTo(KM_PER_DEGREE, 0);
  });

  it('rejects a latitude out of range', () => {
    expect(() => measureDistanceToLineKm([106, 95], EQUATOR_LINE)).toThrow('latitude must be a number in [-90, 90], got 95');
  });
});

describe('the fast segment search', { timeout: 60_000 }, () => {
  const features = randomMixedFeatures(300, 11).features;
  const random = mulberry32(5);
  const points = Array.from({ length: 20 }, () => randomPosition(random, [100, 20, 114, 34]));

  it('gives exactly turf.pointToLineDistance and |turf.pointToPolygonDistance| on seeded data', () => {
    for (const at of points) {
      for (const { geometry } of features) {
        if (geometry.type === 'LineString') {
          expect(measureDistanceToLineKm(at, geometry)).toBe(pointToLineDistance(at, geometry as LineString, { units: 'kilometers' }));
        } else if (geometry.type === 'Polygon') {
          expect(measureDistanceToFeature(at, geometry)?.edgeDistanceKm).toBe(Math.abs(pointToPolygonDistance(at, geometry as Polygon, { units: 'kilometers' })));
        }
      }
    }
  });
});

describe('measureFeatureDistanceKm', () => {
  function bruteForceKm(a: Geometry, b: Geometry): number {
    const from = (x: Geometry, y: Geometry): number[] => coordAll(x).map(([lon = 0, lat = 0]) => measureDistanceToFeature([lon, lat], y)?.distanceKm ?? Infinity);
    return booleanIntersects(a, b) ? 0 : Math.min(...from(a, b), ...from(b, a));
  }

  it('equals the unpruned vertex search on seeded pairs, and gives Infinity beyond maxKm', () => {
    const features = randomMixedFeatures(60, 23).features.map((f) => f.geometry);
    for (let i = 0; i + 1 < features.length; i += 2) {
      const [a, b] = [features[i] as Geometry, features[i + 1] as Geometry];
      const expected = bruteForceKm(a, b);
      expect(measureFeatureDistanceKm(a, b)).toBe(expected);
      expect(measureFeatureDistanceKm(a, b, { maxKm: expected / 2 })).toBe(expected === 0 ? 0 : Infinity);
    }
  });
});
