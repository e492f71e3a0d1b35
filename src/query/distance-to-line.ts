import { pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { toLonLat, type PointInput } from './point-input';

/**
 * The straight-line (great-circle) distance in km from a point to the nearest part of a line
 * or multi-line (turf.pointToLineDistance, geodesic). Not a distance along roads or rivers.
 *
 * @example
 * measureDistanceToLineKm([0.5, 1], { type: 'LineString', coordinates: [[0, 0], [1, 0]] }); // ≈ 111.2
 */
export function measureDistanceToLineKm(point: PointInput, line: LineString | MultiLineString | Feature<LineString | MultiLineString>): number {
  const geometry = line.type === 'Feature' ? line.geometry : line;
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const at = toLonLat(point);
  let best = Infinity;
  for (const coordinates of parts) {
    const d = pointToLineDistance(at, { type: 'LineString', coordinates }, { units: 'kilometers' });
    if (d < best) best = d;
  }
  return best;
}
