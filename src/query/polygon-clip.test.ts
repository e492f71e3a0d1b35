import { InternalClipper } from '@countertype/clipper2-ts';
import { area, booleanClockwise, featureCollection, intersect, polygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { intersectPolygons, unionPolygons } from './polygon-clip';
import { getLayer, loadBundledLayers } from './test/bundled-plans';

type PolygonFeature = Feature<Polygon | MultiPolygon>;

function square(west: number, south: number, size: number): Position[] {
  return [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]];
}

const a = polygon([square(106, 27, 0.2)]);
const b = polygon([square(106.1, 27.1, 0.2)]);
const far = polygon([square(108, 29, 0.1)]);
const withHole = polygon([square(106, 27, 0.3), square(106.1, 27.1, 0.1).reverse()]);
const plug = polygon([square(106.1, 27.1, 0.1)]);

function ringsOf(feature: PolygonFeature): { ring: Position[]; isOuter: boolean }[] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons.flatMap((p) => p.map((ring, i) => ({ ring, isOuter: i === 0 })));
}

describe('unionPolygons and intersectPolygons (Clipper2) against turf.union / turf.intersect', () => {
  const cases: [string, PolygonFeature[], PolygonFeature[]][] = [
    ['overlapping squares', [a], [b]],
    ['disjoint squares', [a], [far]],
    ['a hole and the square that plugs it', [withHole], [plug]],
    ['a hole and an overlapping square', [withHole], [b]],
    ['a multipolygon and a square', [{ ...a, geometry: { type: 'MultiPolygon', coordinates: [a.geometry.coordinates, far.geometry.coordinates] } }], [b]],
  ];

  it.each(cases)('%s: the same areas within 1e-6', (_name, left, right) => {
    const clipUnion = unionPolygons([...left, ...right]);
    const turfUnion = union(featureCollection([...left, ...right]));
    expect(area(clipUnion as PolygonFeature)).toBeCloseTo(area(turfUnion as PolygonFeature), -1);
    expect(Math.abs(area(clipUnion as PolygonFeature) / area(turfUnion as PolygonFeature) - 1)).toBeLessThan(1e-6);
    const clipShared = intersectPolygons(left, right);
    const turfShared = intersect(featureCollection([...left, ...right]));
    expect(clipShared === null).toBe(turfShared === null);
    if (clipShared !== null && turfShared !== null) {
      expect(Math.abs(area(clipShared) / area(turfShared) - 1)).toBeLessThan(1e-6);
    }
  });

  it('keeps a hole that nothing fills, and fills one that a square plugs', () => {
    expect(unionPolygons([withHole])?.geometry.type).toBe('Polygon');
    expect((unionPolygons([withHole])?.geometry as Polygon).coordinates).toHaveLength(2);
    expect((unionPolygons([withHole, plug])?.geometry as Polygon).coordinates).toHaveLength(1);
  });

  it('writes outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    const result = unionPolygons([withHole, far]) as PolygonFeature;
    expect(result.geometry.type).toBe('MultiPolygon');
    for (const { ring, isOuter } of ringsOf(result)) expect(booleanClockwise(ring)).toBe(!isOuter);
  });

  it('gives null for nothing, and for layers that do not meet', () => {
    expect(unionPolygons([])).toBeNull();
    expect(intersectPolygons([a], [])).toBeNull();
    expect(intersectPolygons([a], [far])).toBeNull();
  });

  it('dissolves the five zones of 红花岗区 一核四区 into the area turf finds', () => {
    const zones = getLayer(loadBundledLayers(), 'honghuagang-14th-fyp/functional-zones').features as PolygonFeature[];
    const clipped = unionPolygons(zones) as PolygonFeature;
    const reference = union(featureCollection(zones)) as PolygonFeature;
    expect(Math.abs(area(clipped) / area(reference) - 1)).toBeLessThan(1e-6);
  });
});

describe('the fast collinearity test polygon-clip gives Clipper2', () => {
  it('answers like exact BigInt products, for small and for huge coordinates', () => {
    let seed = 7;
    const next = (scale: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.round((seed / 2147483648 - 0.5) * scale);
    };
    for (const scale of [10, 1e4, 1e9, 1e15]) {
      for (let i = 0; i < 500; i++) {
        const p1 = { x: next(scale), y: next(scale) };
        const shared = { x: next(scale), y: next(scale) };
        const p2 = i % 2 === 0 ? { x: 2 * shared.x - p1.x, y: 2 * shared.y - p1.y } : { x: next(scale), y: next(scale) };
        const exact = BigInt(shared.x - p1.x) * BigInt(p2.y - shared.y) === BigInt(shared.y - p1.y) * BigInt(p2.x - shared.x);
        expect(InternalClipper.isCollinear(p1, shared, p2)).toBe(exact);
      }
    }
  });
});
