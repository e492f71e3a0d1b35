import type { Feature, Geometry } from 'geojson';
import { getFeatureKind } from './feature-kind';
import { measureLengthKm } from './measure-length';

/**
 * The geodesic perimeter in km of a polygon or multipolygon, holes included; 0 for anything
 * that is not a polygon, so a perimeter column never mixes in line lengths.
 *
 * @example
 * measurePerimeterKm({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }); // ≈ 444.7
 */
export function measurePerimeterKm(shape: Feature | Geometry): number {
  const geometry = shape.type === 'Feature' ? shape.geometry : shape;
  return getFeatureKind(geometry) === 'zone' ? measureLengthKm(geometry) : 0;
}
