import type { Feature, LineString, MultiLineString } from 'geojson';
import { measureDistanceToPathsKm } from './path-distance';
import { toLonLat, type PointInput } from './point-input';

/**
 * The straight-line (great-circle) distance in km from a point to the nearest part of a line
 * or multi-line: turf.pointToLineDistance's geodesic figure, computed on the few segments that
 * can be nearest. Not a distance along roads or rivers.
 *
 * @example
 * measureDistanceToLineKm([0.5, 1], { type: 'LineString', coordinates: [[0, 0], [1, 0]] }); // ≈ 111.2
 */
export function measureDistanceToLineKm(point: PointInput, line: LineString | MultiLineString | Feature<LineString | MultiLineString>): number {
  const geometry = line.type === 'Feature' ? line.geometry : line;
  return measureDistanceToPathsKm(toLonLat(point), geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates);
}
