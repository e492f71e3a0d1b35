import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { getFeatureKind } from './feature-kind';

/** A polygon feature of a collection with its position there. */
export interface IndexedPolygon {
  index: number;
  feature: Feature<Polygon | MultiPolygon>;
}

/**
 * The Polygon and MultiPolygon features of a collection, with their positions; points, lines
 * and empty geometries are left out.
 *
 * @example
 * listPolygons(planLayer).map((p) => p.index); // [0, 2]
 */
export function listPolygons(collection: FeatureCollection): IndexedPolygon[] {
  return collection.features.flatMap((feature, index) => (getFeatureKind(feature.geometry) === 'zone'
    ? [{ index, feature: feature as Feature<Polygon | MultiPolygon> }]
    : []));
}
