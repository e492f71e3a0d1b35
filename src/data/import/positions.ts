import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * How many positions (arrays starting with a number) `value` holds, counted with an explicit stack
 * so that hostile nesting cannot overflow; stops counting once past `stopAbove`.
 */
export function countPositions(value: unknown, stopAbove = Infinity): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= stopAbove) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      if (typeof item[0] === 'number') count++;
      else for (const child of item) stack.push(child);
    } else if (typeof item === 'object' && item !== null) {
      for (const child of Object.values(item)) if (typeof child === 'object') stack.push(child);
    }
  }
  return count;
}

/** A copy of `geometry` with every position replaced by `fn(position)`. */
export function mapGeometry(geometry: Geometry, fn: (position: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point': return { ...geometry, coordinates: fn(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString': return { ...geometry, coordinates: geometry.coordinates.map(fn) };
    case 'MultiLineString':
    case 'Polygon': return { ...geometry, coordinates: geometry.coordinates.map((line) => line.map(fn)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(fn))) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => mapGeometry(g, fn)) };
  }
}

/** A copy of `collection` with every position replaced by `fn(position)`; properties are shared. */
export function mapPositions(collection: FeatureCollection, fn: (position: Position) => Position): FeatureCollection {
  return { ...collection, features: collection.features.map((f) => mapFeatureGeometry(f, (g) => mapGeometry(g, fn))) };
}

/** A copy of `feature` with its geometry replaced by `fn(geometry)` (null geometries stay null). */
export function mapFeatureGeometry(feature: Feature, fn: (geometry: Geometry) => Geometry): Feature {
  return feature.geometry === null ? feature : { ...feature, geometry: fn(feature.geometry) };
}

/** Calls `fn` with every position of `collection`. */
export function forEachPosition(collection: FeatureCollection, fn: (position: Position) => void): void {
  for (const feature of collection.features) {
    if (feature.geometry !== null) mapGeometry(feature.geometry, (p) => { fn(p); return p; });
  }
}

/** True when every position of `collection` passes `test` (and there is at least one). */
export function everyPosition(collection: FeatureCollection, test: (position: Position) => boolean): boolean {
  let seen = 0;
  let passed = 0;
  forEachPosition(collection, (p) => { seen++; if (test(p)) passed++; });
  return seen > 0 && passed === seen;
}

/** The bounding box `[minX, minY, maxX, maxY]` of all positions, or undefined when there are none. */
export function boundsOf(collection: FeatureCollection): [number, number, number, number] | undefined {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  forEachPosition(collection, ([x = NaN, y = NaN]) => {
    box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
  });
  return Number.isFinite(box[0]) ? box : undefined;
}
