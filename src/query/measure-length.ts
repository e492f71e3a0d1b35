import { length } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * The geodesic length in km of a line (turf.length): a corridor, a river, a drawn path. On a
 * polygon it is the length of all its rings, i.e. its perimeter; a point has length 0.
 *
 * @example
 * measureLengthKm({ type: 'LineString', coordinates: [[0, 0], [1, 0]] }); // ≈ 111.2
 */
export function measureLengthKm(shape: Feature | FeatureCollection | Geometry): number {
  const feature: Feature | FeatureCollection = 'features' in shape || shape.type === 'Feature'
    ? shape as Feature | FeatureCollection
    : { type: 'Feature', properties: {}, geometry: shape as Geometry };
  return length(feature, { units: 'kilometers' });
}
