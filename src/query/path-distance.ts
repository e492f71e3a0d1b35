import { earthRadius, pointToLineDistance } from '@turf/turf';
import type { Position } from 'geojson';

const RAD = Math.PI / 180;
const KM_PER_DEGREE = (earthRadius / 1000) * RAD;
/**
 * Segments whose estimate is within this factor (plus `SLACK_KM`) of the smallest estimate get
 * the exact measurement. The equirectangular estimate (longitudes scaled by the cosine of the
 * mean latitude) is within ~1 % of the great-circle distance up to ~1000 km at these latitudes,
 * inside this margin; a seeded test checks the result equals Turf's to the last bit.
 */
const CANDIDATE_FACTOR = 1.05;
const SLACK_KM = 0.5;

function estimateSegmentKm(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const cos = Math.cos(((py + ((a[1] ?? 0) + (b[1] ?? 0)) / 2) / 2) * RAD);
  const ax = ((a[0] ?? 0) - px) * cos;
  const ay = (a[1] ?? 0) - py;
  const dx = ((b[0] ?? 0) - px) * cos - ax;
  const dy = (b[1] ?? 0) - py - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE;
}

function forEachSegment(paths: readonly Position[][], visit: (a: Position, b: Position) => void): void {
  for (const path of paths) {
    if (path.length === 1 && path[0] !== undefined) visit(path[0], path[0]);
    for (let i = 1; i < path.length; i++) visit(path[i - 1] ?? [], path[i] ?? []);
  }
}

/** Options of `measureDistanceToPathsKm`. */
export interface PathDistanceOptions {
  /**
   * Only a distance up to this many km is wanted: when the estimates already show the paths are
   * farther, skip the exact measurement and return `Infinity`.
   */
  ceilingKm?: number;
}

/**
 * The great-circle distance in km from a point to the nearest segment of a set of paths (the
 * parts of a line, the rings of a polygon), equal to turf.pointToLineDistance's geodesic
 * figure: a cheap equirectangular estimate of every segment picks the few that can be nearest,
 * and only those get Turf's exact (and ~200× dearer) measurement. A path of one position counts
 * as that point.
 *
 * @example
 * measureDistanceToPathsKm([106.9, 27.7], polygon.coordinates); // km to the polygon's edge
 */
export function measureDistanceToPathsKm(point: Position, paths: readonly Position[][], options: PathDistanceOptions = {}): number {
  let nearestEstimate = Infinity;
  forEachSegment(paths, (a, b) => {
    nearestEstimate = Math.min(nearestEstimate, estimateSegmentKm(point, a, b));
  });
  if ((nearestEstimate - SLACK_KM) / CANDIDATE_FACTOR > (options.ceilingKm ?? Infinity)) return Infinity;
  const cutoff = nearestEstimate * CANDIDATE_FACTOR + SLACK_KM;
  let best = Infinity;
  forEachSegment(paths, (a, b) => {
    if (estimateSegmentKm(point, a, b) > cutoff) return;
    best = Math.min(best, pointToLineDistance(point, { type: 'LineString', coordinates: [a, b] }, { units: 'kilometers' }));
  });
  return best;
}
