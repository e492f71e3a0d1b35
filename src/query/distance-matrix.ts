import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { describeFeature, type FeatureLabel } from './describe-feature';

/** One ordered pair of a distance matrix, as a row to list or export. */
export interface DistancePairRow {
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  distanceKm: number;
  isStraightLine: true;
}

/** Straight-line distances between every pair of a set of points. */
export interface DistanceMatrix {
  /** The points, in input order: row and column headings. */
  labels: FeatureLabel[];
  /** `km[i][j]`: great-circle km from point i to point j; the diagonal is 0. */
  km: number[][];
  /** Each unordered pair once (i < j), for a list or a CSV. */
  rows: DistancePairRow[];
  isStraightLine: true;
}

function toPairRows(labels: readonly FeatureLabel[], km: readonly number[][]): DistancePairRow[] {
  return labels.flatMap((from, i) => labels.slice(i + 1).map((to, offset) => ({
    fromId: from.id, fromName: from.name, toId: to.id, toName: to.name,
    distanceKm: km[i]?.[i + 1 + offset] ?? NaN, isStraightLine: true as const,
  })));
}

/**
 * The great-circle distance matrix between points, e.g. the six centres of 一主一副四支点.
 * Distances are straight lines (haversine on the WGS84 sphere, turf.distance), not travel
 * distances. Only Point features are used, in input order.
 *
 * @example
 * const matrix = measureDistanceMatrix(centres);
 * matrix.km[0][1]; // km from the first centre to the second
 */
export function measureDistanceMatrix(points: FeatureCollection): DistanceMatrix {
  const nodes = points.features.flatMap((feature, index) => (feature.geometry?.type === 'Point'
    ? [{ label: describeFeature(feature, index), at: (feature.geometry as Point).coordinates }]
    : []));
  const km = nodes.map((a) => nodes.map((b) => (a === b ? 0 : distance(a.at, b.at, { units: 'kilometers' }))));
  const labels = nodes.map((node) => node.label);
  return { labels, km, rows: toPairRows(labels, km), isStraightLine: true };
}
