import { featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { bufferGeometry } from './buffer-geometry';
import { checkRadiusKm } from './feature-index-contract';

function toFeatures(shape: Feature | FeatureCollection | Geometry): Feature[] {
  if (shape.type === 'FeatureCollection') return shape.features;
  if (shape.type === 'Feature') return [shape];
  return [{ type: 'Feature', properties: {}, geometry: shape }];
}

/**
 * Buffers features by `km` (`bufferGeometry`: a geodesic radius, offset by Clipper2): the
 * corridor of "5 km either side of the 乌江". Each buffer keeps its feature's properties;
 * features that cannot be buffered (null or empty geometry) are dropped. A width of 0 gives an empty collection.
 *
 * @example
 * const band = bufferFeatures(blueCorridors, 5);
 * measureOverlap(band, developmentZones).overlap.km2;
 */
export function bufferFeatures(shape: Feature | FeatureCollection | Geometry, km: number): FeatureCollection<Polygon | MultiPolygon> {
  checkRadiusKm(km);
  if (km === 0) return featureCollection([]);
  const buffered = toFeatures(shape).flatMap((feature) => {
    if (feature.geometry === null) return [];
    const geometry = bufferGeometry(feature.geometry, km);
    return geometry === null ? [] : [{ type: 'Feature', properties: feature.properties, geometry } as Feature<Polygon | MultiPolygon>];
  });
  return featureCollection(buffered);
}
