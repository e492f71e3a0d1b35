import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Positions nest this deep inside `coordinates` for each geometry type. */
const DEPTH: Record<string, number> = {
  Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3,
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkPosition(value: unknown, where: string): void {
  if (!Array.isArray(value) || value.length < 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new TypeError(`${where}: a position must be [longitude, latitude] numbers`);
  }
  const [lon, lat] = value as number[];
  if (Math.abs(lon ?? 0) > 180) throw new RangeError(`${where}: longitude ${lon} is outside [-180, 180]`);
  if (Math.abs(lat ?? 0) > 90) throw new RangeError(`${where}: latitude ${lat} is outside [-90, 90] (lon/lat swapped or projected coordinates?)`);
}

function checkCoordinates(value: unknown, depth: number, where: string): void {
  if (depth === 0) return checkPosition(value, where);
  if (!Array.isArray(value)) throw new TypeError(`${where}: coordinates must be an array`);
  value.forEach((item, i) => checkCoordinates(item, depth - 1, `${where}[${i}]`));
}

function checkGeometry(value: unknown, where: string): void {
  if (value === null) return;
  if (!isObject(value) || typeof value['type'] !== 'string') throw new TypeError(`${where}: geometry must be an object with a type`);
  if (value['type'] === 'GeometryCollection') {
    if (!Array.isArray(value['geometries'])) throw new TypeError(`${where}: a GeometryCollection needs a geometries array`);
    return value['geometries'].forEach((g, i) => checkGeometry(g, `${where}.geometries[${i}]`));
  }
  const depth = DEPTH[value['type']];
  if (depth === undefined) throw new TypeError(`${where}: unknown geometry type "${value['type']}"`);
  checkCoordinates(value['coordinates'], depth, `${where}.coordinates`);
}

function checkFeature(value: unknown, where: string): Feature {
  if (!isObject(value) || value['type'] !== 'Feature') throw new TypeError(`${where}: not a GeoJSON Feature`);
  checkGeometry(value['geometry'], `${where}.geometry`);
  return value as unknown as Feature;
}

/**
 * Reads any parsed GeoJSON the queries can use (a FeatureCollection, a Feature or a bare
 * geometry) as a FeatureCollection, after checking its shape: known geometry types, positions
 * of finite numbers, WGS84 ranges. Meant for files a user drops or passes to the CLI.
 *
 * @throws TypeError or RangeError naming the first problem and where it is, e.g.
 *   `features[2].geometry.coordinates[0]: latitude 106.5 is outside [-90, 90] …`.
 * @example
 * parseFeatureCollection(JSON.parse(text)).features.length;
 */
export function parseFeatureCollection(value: unknown): FeatureCollection {
  if (!isObject(value)) throw new TypeError('GeoJSON must be an object');
  if (value['type'] === 'FeatureCollection') {
    if (!Array.isArray(value['features'])) throw new TypeError('a FeatureCollection needs a features array');
    return { type: 'FeatureCollection', features: value['features'].map((f, i) => checkFeature(f, `features[${i}]`)) };
  }
  if (value['type'] === 'Feature') return { type: 'FeatureCollection', features: [checkFeature(value, 'feature')] };
  checkGeometry(value, 'geometry');
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: value as unknown as Geometry }] };
}
