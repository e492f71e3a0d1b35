import { bbox, booleanIntersects, coordAll } from '@turf/turf';
import type { BBox, Feature, Geometry, Position } from 'geojson';
import { measureDistanceToFeature } from './distance-to-feature';
import { measureDistanceToPathsKm } from './path-distance';

const KM_PER_DEGREE = 111.19;
const RAD = Math.PI / 180;

/** Options of `measureFeatureDistanceKm`. */
export interface FeatureDistanceOptions {
  /** Stop early and return `Infinity` once the features are known to be farther apart than this. */
  maxKm?: number;
}

function isBoxOverlap([w1, s1, e1, n1]: BBox, [w2, s2, e2, n2]: BBox): boolean {
  return w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;
}

/** A lower bound of the km from a position to a lon/lat box (scaled by the box's most poleward cosine, with slack). */
function boxLowerBoundKm([lon = 0, lat = 0]: Position, [w, s, e, n]: BBox): number {
  const cos = Math.cos(Math.min(89, Math.max(Math.abs(lat), Math.abs(s), Math.abs(n)) + 1) * RAD);
  const dx = Math.max(w - lon, lon - e, 0) * cos;
  const dy = Math.max(s - lat, lat - n, 0);
  return Math.hypot(dx, dy) * KM_PER_DEGREE * 0.98;
}

function toPaths(geometry: Geometry): Position[][] | undefined {
  switch (geometry.type) {
    case 'LineString': return [geometry.coordinates];
    case 'MultiLineString': case 'Polygon': return geometry.coordinates;
    case 'MultiPolygon': return geometry.coordinates.flat();
    default: return undefined;
  }
}

function measureVertexKm(v: Position, to: Geometry, paths: Position[][] | undefined, ceilingKm: number): number {
  if (paths !== undefined) return measureDistanceToPathsKm(v, paths, { ceilingKm });
  return measureDistanceToFeature([v[0] ?? 0, v[1] ?? 0], to)?.distanceKm ?? Infinity;
}

/** Called once the features are known not to touch, so no vertex lies inside the other and edges decide. */
function measureFromVertices(from: Geometry, to: Geometry, bestSoFar: number, limitKm: number): number {
  const box = bbox(to);
  const paths = toPaths(to);
  const vertices = coordAll(from).map((v) => ({ v, bound: boxLowerBoundKm(v, box) })).sort((a, b) => a.bound - b.bound);
  let best = bestSoFar;
  for (const { v, bound } of vertices) {
    const ceilingKm = Math.min(best, limitKm);
    if (bound > ceilingKm) break;
    best = Math.min(best, measureVertexKm(v, to, paths, ceilingKm));
  }
  return best;
}

/**
 * The straight-line distance in km between two features of any kind: 0 when they touch,
 * overlap or one contains the other; else the shortest great-circle distance between them,
 * found from each one's vertices to the other's nearest part (for non-crossing polylines the
 * shortest gap always starts at a vertex). Vertices are visited nearest the other feature's
 * box first and skipped once no closer gap is possible.
 *
 * @example
 * measureFeatureDistanceKm(wujiangCorridor, industrialPark); // 3.4
 * measureFeatureDistanceKm(wujiangCorridor, farAwayPark, { maxKm: 5 }); // Infinity
 */
export function measureFeatureDistanceKm(a: Feature | Geometry, b: Feature | Geometry, options: FeatureDistanceOptions = {}): number {
  const ga = a.type === 'Feature' ? a.geometry : a;
  const gb = b.type === 'Feature' ? b.geometry : b;
  if (ga === null || gb === null) return Infinity;
  if (isBoxOverlap(bbox(ga), bbox(gb)) && booleanIntersects(ga, gb)) return 0;
  const limit = options.maxKm ?? Infinity;
  const best = measureFromVertices(gb, ga, measureFromVertices(ga, gb, Infinity, limit), limit);
  return best > limit ? Infinity : best;
}
