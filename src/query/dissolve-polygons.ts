import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { listPolygons } from './polygon-features';

/**
 * The union of every polygon of a collection (turf.union), so overlapping zones count once.
 * Returns `null` when the collection has no polygon; non-polygon features are ignored.
 *
 * @example
 * dissolvePolygons(featureCollection([squareA, squareB]))?.geometry.type; // 'Polygon' or 'MultiPolygon'
 */
export function dissolvePolygons(collection: FeatureCollection): Feature<Polygon | MultiPolygon> | null {
  const polygons = listPolygons(collection).map((p) => p.feature);
  const [first] = polygons;
  if (first === undefined) return null;
  if (polygons.length === 1) return { type: 'Feature', properties: {}, geometry: first.geometry };
  return union(featureCollection(polygons));
}
