import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** The source that holds the features a query found. */
export const RESULTS_SOURCE = 'query-results';

const RESULT_COLOR = '#ff6f00';

/** Adds the (empty) source and the layers that outline query results in orange, above the plans. */
export function addResultLayers(map: maplibregl.Map): void {
  map.addSource(RESULTS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'query-results-area', type: 'line', source: RESULTS_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'line-color': RESULT_COLOR, 'line-width': 3, 'line-dasharray': [2, 1] } });
  map.addLayer({ id: 'query-results-line', type: 'line', source: RESULTS_SOURCE, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': RESULT_COLOR, 'line-width': 4, 'line-opacity': 0.8 } });
  map.addLayer({ id: 'query-results-point', type: 'circle', source: RESULTS_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': RESULT_COLOR, 'circle-stroke-width': 3 } });
}

/** Shows `collection` as the current query result, or clears it. */
export function setResultData(map: maplibregl.Map, collection: FeatureCollection | null): void {
  map.getSource<maplibregl.GeoJSONSource>(RESULTS_SOURCE)?.setData(collection ?? { type: 'FeatureCollection', features: [] });
}
