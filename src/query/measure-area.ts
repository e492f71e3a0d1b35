import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { toAreaMeasure, type AreaMeasure } from './units';

/**
 * The geodesic area of a polygon feature, a drawn shape or a geometry (turf.area on the WGS84
 * sphere), in km², 公顷 and 亩. Points and lines have area 0. On a FeatureCollection it is the
 * plain sum: use `measureSelectionArea` when the polygons may overlap.
 *
 * @example
 * measureArea({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }).km2; // ≈ 12363.7
 */
export function measureArea(shape: Feature | FeatureCollection | Geometry): AreaMeasure {
  return toAreaMeasure(area(shape));
}
