import type { Geometry } from 'geojson';

/**
 * What a feature is for proximity questions, from its geometry: a `node` (Point), a `corridor`
 * (LineString) or a `zone` (Polygon, measured to its edge).
 */
export type FeatureKind = 'node' | 'corridor' | 'zone';

/** Every kind, in the order the UI lists them. */
export const FEATURE_KINDS: readonly FeatureKind[] = ['node', 'corridor', 'zone'];

/**
 * The kind of a geometry, or `undefined` for a missing geometry or a GeometryCollection, which
 * the queries skip.
 *
 * @example
 * getFeatureKind({ type: 'LineString', coordinates: [[106, 27], [107, 27]] }); // 'corridor'
 */
export function getFeatureKind(geometry: Geometry | null | undefined): FeatureKind | undefined {
  switch (geometry?.type) {
    case 'Point': case 'MultiPoint': return 'node';
    case 'LineString': case 'MultiLineString': return 'corridor';
    case 'Polygon': case 'MultiPolygon': return 'zone';
    default: return undefined;
  }
}
