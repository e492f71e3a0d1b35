import type { Feature, Point, Position } from 'geojson';

/** A point as the queries accept it: `[lon, lat]`, a Point geometry or a Point feature. */
export type PointInput = Position | Point | Feature<Point>;

/**
 * The `[lon, lat]` of a point input, checked: WGS84 longitude in [-180, 180] and latitude in
 * [-90, 90], so swapped or projected coordinates fail loudly instead of answering nonsense.
 *
 * @throws RangeError when a coordinate is not a finite number in range.
 * @example
 * toLonLat({ type: 'Point', coordinates: [106.9, 27.7] }); // [106.9, 27.7]
 */
export function toLonLat(point: PointInput): [number, number] {
  const position = Array.isArray(point) ? point : 'geometry' in point ? point.geometry.coordinates : point.coordinates;
  const [lon, lat] = position;
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw new RangeError(`longitude must be a number in [-180, 180], got ${String(lon)}`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new RangeError(`latitude must be a number in [-90, 90], got ${String(lat)}`);
  }
  return [lon, lat];
}
