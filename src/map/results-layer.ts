import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** The source that holds the features a query found. */
export const RESULTS_SOURCE = 'query-results';

const RESULT_COLOR = '#ff6f00';

/** Matches features of a geometry type and of its Multi- form, whichever name the style spec gives them. */
function isOfType(type: 'Polygon' | 'LineString' | 'Point'): maplibregl.FilterSpecification {
  return ['in', ['geometry-type'], ['literal', [type, `Multi${type}`]]];
}

/** Adds the (empty) source and the layers that outline query results in orange, above the plans. */
export function addResultLayers(map: maplibregl.Map): void {
  map.addSource(RESULTS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'query-results-fill', type: 'fill', source: RESULTS_SOURCE, filter: isOfType('Polygon'), paint: { 'fill-color': RESULT_COLOR, 'fill-opacity': 0.12 } });
  map.addLayer({ id: 'query-results-area', type: 'line', source: RESULTS_SOURCE, filter: isOfType('Polygon'), paint: { 'line-color': RESULT_COLOR, 'line-width': 3, 'line-dasharray': [2, 1] } });
  map.addLayer({ id: 'query-results-line', type: 'line', source: RESULTS_SOURCE, filter: isOfType('LineString'), paint: { 'line-color': RESULT_COLOR, 'line-width': 4, 'line-opacity': 0.8 } });
  map.addLayer({ id: 'query-results-point', type: 'circle', source: RESULTS_SOURCE, filter: isOfType('Point'), paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': RESULT_COLOR, 'circle-stroke-width': 3 } });
}

/** Shows `collection` as the current query result, or clears it. */
export function setResultData(map: maplibregl.Map, collection: FeatureCollection | null): void {
  map.getSource<maplibregl.GeoJSONSource>(RESULTS_SOURCE)?.setData(collection ?? { type: 'FeatureCollection', features: [] });
}
