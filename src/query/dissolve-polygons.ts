import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { listPolygons } from './polygon-features';
import { unionPolygons } from './polygon-clip';

/**
 * The union of every polygon of a collection, so overlapping zones count once (`unionPolygons`:
 * Clipper2 on a 1 cm grid). Returns `null` when the collection has no polygon; non-polygon
 * features are ignored.
 *
 * @example
 * dissolvePolygons(featureCollection([squareA, squareB]))?.geometry.type; // 'Polygon' or 'MultiPolygon'
 */
export function dissolvePolygons(collection: FeatureCollection): Feature<Polygon | MultiPolygon> | null {
  const polygons = listPolygons(collection).map((p) => p.feature);
  const [first] = polygons;
  if (first === undefined) return null;
  if (polygons.length === 1) return { type: 'Feature', properties: {}, geometry: first.geometry };
  return unionPolygons(polygons);
}
