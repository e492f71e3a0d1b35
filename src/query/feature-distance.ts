import { booleanIntersects, coordAll } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { measureDistanceToFeature } from './distance-to-feature';

function vertices(geometry: Geometry): [number, number][] {
  return coordAll(geometry).map(([lon = 0, lat = 0]) => [lon, lat]);
}

function measureFromVertices(from: Geometry, to: Geometry, best: number): number {
  let min = best;
  for (const vertex of vertices(from)) {
    const d = measureDistanceToFeature(vertex, to)?.distanceKm ?? Infinity;
    if (d < min) min = d;
  }
  return min;
}

/**
 * The straight-line distance in km between two features of any kind: 0 when they touch,
 * overlap or one contains the other; else the shortest great-circle distance between them,
 * found from each one's vertices to the other's nearest part (for non-crossing polylines the
 * shortest gap always starts at a vertex).
 *
 * @example
 * measureFeatureDistanceKm(wujiangCorridor, industrialPark); // 3.4
 */
export function measureFeatureDistanceKm(a: Feature | Geometry, b: Feature | Geometry): number {
  const ga = a.type === 'Feature' ? a.geometry : a;
  const gb = b.type === 'Feature' ? b.geometry : b;
  if (ga === null || gb === null) return Infinity;
  if (booleanIntersects(ga, gb)) return 0;
  return measureFromVertices(gb, ga, measureFromVertices(ga, gb, Infinity));
}
