import type { Geometry, Position } from 'geojson';

/** A position with its index path inside `geometry.coordinates` (or `geometries/i/coordinates`). */
export interface PositionAt {
  position: Position;
  path: string;
}

/** Every position of a geometry that geojson-validation has accepted, depth first. */
export function* positionsOf(geometry: Geometry, base = 'geometry'): Generator<PositionAt> {
  if (geometry.type === 'GeometryCollection') {
    for (const [i, g] of geometry.geometries.entries()) yield* positionsOf(g, `${base}/geometries/${i}`);
    return;
  }
  yield* walk(geometry.coordinates, `${base}/coordinates`);
}

function* walk(value: unknown, path: string): Generator<PositionAt> {
  if (!Array.isArray(value)) return;
  if (typeof value[0] === 'number') {
    yield { position: value as Position, path };
    return;
  }
  for (const [i, item] of value.entries()) yield* walk(item, `${path}/${i}`);
}

/** The extent used to tell a Chinese longitude from a Chinese latitude (degrees). */
export const CHINA_EXTENT = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 } as const;

/** What is wrong with one [lon, lat] position, if anything. */
export type PositionIssue = 'swapped' | 'out-of-range' | 'outside-china';

/**
 * `swapped` when the first value looks like a latitude in China and the second like a longitude;
 * `out-of-range` when longitude is outside ±180 or latitude outside ±90; `outside-china` when
 * valid but beyond China's extent; undefined when fine.
 */
export function positionIssue(position: Position): PositionIssue | undefined {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined) return 'out-of-range';
  const { minLon, maxLon, minLat, maxLat } = CHINA_EXTENT;
  if (lon >= minLat && lon <= maxLat && lat >= minLon && lat <= maxLon) return 'swapped';
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return 'out-of-range';
  if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return 'outside-china';
  return undefined;
}

/** True when some position of the geometry is swapped or out of range (the coordinates rule reports it). */
export function hasBadPosition(geometry: Geometry): boolean {
  for (const { position } of positionsOf(geometry)) {
    const issue = positionIssue(position);
    if (issue === 'swapped' || issue === 'out-of-range') return true;
  }
  return false;
}
