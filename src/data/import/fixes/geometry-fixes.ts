import type { Geometry, Position } from 'geojson';
import { mapGeometry } from '../positions';

/** True when two positions have the same x and y. */
export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Twice the signed area of a ring (shoelace): positive when counter-clockwise. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** The polygons of a geometry as lists of rings (a Polygon is one, a MultiPolygon many). */
export function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/** The lines whose consecutive points matter: LineStrings and every polygon ring. */
export function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString': return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon': return geometry.coordinates;
    case 'MultiPolygon': return geometry.coordinates.flat();
    case 'GeometryCollection': return geometry.geometries.flatMap(linesOf);
    default: return [];
  }
}

/** True when a ring's winding is against RFC 7946 (outer rings counter-clockwise, holes clockwise). */
export function hasWrongWinding(geometry: Geometry): boolean {
  return polygonsOf(geometry).some((rings) =>
    rings.some((ring, i) => isClosed(ring) && ring.length >= 4 && (signedArea(ring) < 0) === (i === 0)));
}

/** True when a ring's first and last positions differ. */
export function hasUnclosedRing(geometry: Geometry): boolean {
  return polygonsOf(geometry).some((rings) => rings.some((ring) => ring.length > 0 && !isClosed(ring)));
}

/** True when a line or ring repeats a point twice in a row. */
export function hasDuplicatePoints(geometry: Geometry): boolean {
  return linesOf(geometry).some((line) => line.some((p, i) => i > 0 && samePosition(p, line[i - 1])));
}

function isClosed(ring: readonly Position[]): boolean {
  return samePosition(ring[0], ring[ring.length - 1]);
}

/** `geometry` with outer rings counter-clockwise and holes clockwise (RFC 7946). */
export function rewindGeometry(geometry: Geometry): Geometry {
  return mapRings(geometry, (ring, i) =>
    isClosed(ring) && ring.length >= 4 && (signedArea(ring) < 0) === (i === 0) ? [...ring].reverse() : ring);
}

/** `geometry` with every polygon ring ending where it starts. */
export function closeRings(geometry: Geometry): Geometry {
  return mapRings(geometry, (ring) => (ring.length > 0 && !isClosed(ring) ? [...ring, [...(ring[0] ?? [])]] : ring));
}

/**
 * `geometry` without points repeated twice in a row. A line or ring that would become too short to
 * be valid (under 2 points, or a ring under 4) is left as it was.
 */
export function removeDuplicatePoints(geometry: Geometry): Geometry {
  const dedupe = (line: Position[], min: number): Position[] => {
    const out = line.filter((p, i) => i === 0 || !samePosition(p, line[i - 1]));
    return out.length >= min ? out : line;
  };
  switch (geometry.type) {
    case 'LineString': return { ...geometry, coordinates: dedupe(geometry.coordinates, 2) };
    case 'MultiLineString': return { ...geometry, coordinates: geometry.coordinates.map((l) => dedupe(l, 2)) };
    case 'GeometryCollection': return { ...geometry, geometries: geometry.geometries.map(removeDuplicatePoints) };
    default: return mapRings(geometry, (ring) => dedupe(ring, 4));
  }
}

/** `geometry` with x and y exchanged in every position. */
export function swapAxes(geometry: Geometry): Geometry {
  return mapGeometry(geometry, ([x = NaN, y = NaN, ...rest]) => [y, x, ...rest]);
}

function mapRings(geometry: Geometry, fn: (ring: Position[], index: number) => Position[]): Geometry {
  switch (geometry.type) {
    case 'Polygon': return { ...geometry, coordinates: geometry.coordinates.map(fn) };
    case 'MultiPolygon': return { ...geometry, coordinates: geometry.coordinates.map((rings) => rings.map(fn)) };
    case 'GeometryCollection': return { ...geometry, geometries: geometry.geometries.map((g) => mapRings(g, fn)) };
    default: return geometry;
  }
}
