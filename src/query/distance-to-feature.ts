import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, Geometry, MultiLineString, MultiPolygon, LineString, Polygon, Position } from 'geojson';
import { measureDistanceToLineKm } from './distance-to-line';
import { measureDistanceToPathsKm } from './path-distance';
import { getFeatureKind } from './feature-kind';
import { toLonLat, type PointInput } from './point-input';

/** How far a point is from a feature. */
export interface PointDistance {
  /** Great-circle km to the nearest part of the feature; 0 when the point lies inside a zone. */
  distanceKm: number;
  /** True when the feature is a zone and the point lies inside it. */
  isInside: boolean;
  /** For zones, km to the zone's edge whether the point is inside or out; else equal to `distanceKm`. */
  edgeDistanceKm: number;
}

function toNodes(geometry: Geometry): Position[] {
  return geometry.type === 'Point' ? [geometry.coordinates] : (geometry as { coordinates: Position[] }).coordinates;
}

function measureToNodes(at: [number, number], geometry: Geometry): number {
  return toNodes(geometry).reduce((min, node) => Math.min(min, distance(at, node, { units: 'kilometers' })), Infinity);
}

function measureToZone(at: [number, number], geometry: Polygon | MultiPolygon): PointDistance {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const edgeDistanceKm = measureDistanceToPathsKm(at, rings);
  const isInside = booleanPointInPolygon(at, geometry);
  return { distanceKm: isInside ? 0 : edgeDistanceKm, isInside, edgeDistanceKm };
}

/**
 * The straight-line distance from a point to a feature of any kind: to a node, to the nearest
 * point of a corridor, to the edge of a zone (0 inside it, with `isInside` and the distance to
 * the edge kept apart). Great-circle on the WGS84 sphere. Returns `undefined` for features
 * without a measurable geometry (null, GeometryCollection).
 *
 * @example
 * measureDistanceToFeature([106.9, 27.7], zone); // { distanceKm: 0, isInside: true, edgeDistanceKm: 3.2 }
 */
export function measureDistanceToFeature(point: PointInput, feature: Feature | Geometry): PointDistance | undefined {
  const geometry = feature.type === 'Feature' ? feature.geometry : feature;
  const at = toLonLat(point);
  switch (getFeatureKind(geometry)) {
    case 'node': {
      const d = measureToNodes(at, geometry);
      return { distanceKm: d, isInside: false, edgeDistanceKm: d };
    }
    case 'corridor': {
      const d = measureDistanceToLineKm(at, geometry as LineString | MultiLineString);
      return { distanceKm: d, isInside: false, edgeDistanceKm: d };
    }
    case 'zone': return measureToZone(at, geometry as Polygon | MultiPolygon);
    default: return undefined;
  }
}
