import type { Feature, FeatureCollection, GeoJsonProperties } from 'geojson';

/**
 * Result rows as GeoJSON for export or display: each row becomes a copy of the feature it
 * names (`row.index` in the collection the query ran on) with the row's columns as its
 * properties. Rows whose index is not in the collection are left out.
 *
 * @example
 * const rows = index.within([106.93, 27.7], 5).rows;
 * JSON.stringify(toResultFeatures(rows, plan)); // a FeatureCollection with distanceKm on each feature
 */
export function toResultFeatures<Row extends { index: number }>(rows: readonly Row[], source: FeatureCollection): FeatureCollection {
  const features = rows.flatMap((row): Feature[] => {
    const feature = source.features[row.index];
    if (feature === undefined) return [];
    return [{ type: 'Feature', properties: { ...row } as GeoJsonProperties, geometry: feature.geometry }];
  });
  return { type: 'FeatureCollection', features };
}
