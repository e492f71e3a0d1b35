import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';

/** The source that holds the selected feature's geometry. */
const SELECTION_SOURCE = 'selection';
const HALO = '#1a1a1a';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Adds the (empty) source and the layers that ring the selected feature in dark grey. Plan layers
 * go below `selection-fill`, the first of them.
 */
export function addSelectionLayers(map: maplibregl.Map): void {
  map.addSource(SELECTION_SOURCE, { type: 'geojson', data: EMPTY });
  map.addLayer({ id: 'selection-fill', type: 'line', source: SELECTION_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'line-color': HALO, 'line-width': 3 } });
  map.addLayer({ id: 'selection-line', type: 'line', source: SELECTION_SOURCE, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': HALO, 'line-width': 3, 'line-dasharray': [2, 1] } });
  map.addLayer({ id: 'selection-point', type: 'circle', source: SELECTION_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 16, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': HALO, 'circle-stroke-width': 2.5 } });
}

/** Rings the feature with `geometry`, or clears the ring. */
export function setSelectionData(map: maplibregl.Map, geometry: Geometry | null): void {
  const data: FeatureCollection = geometry ? { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] } : EMPTY;
  map.getSource<maplibregl.GeoJSONSource>(SELECTION_SOURCE)?.setData(data);
}
