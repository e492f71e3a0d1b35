// The fairest peer for PlanMap's first view: maplibre-gl alone, the same sources, plain styles.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
const data = (file) => new URL(`data/${file}`, document.baseURI).href;
const fonts = ['Noto Sans CJK SC', 'sans-serif'];
const map = new maplibregl.Map({
  container: 'map',
  center: [107.4, 28.3],
  zoom: 6.3,
  style: {
    version: 8,
    sources: {
      provinces: { type: 'geojson', data: data('basemap/provinces.geojson') },
      boundaries: { type: 'geojson', data: data('basemap/boundaries.geojson') },
      labels: { type: 'geojson', data: data('basemap/labels.geojson') },
      plan: { type: 'geojson', data: data('plans/zunyi-metropolitan/centres.geojson') },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#e4e8ec' } },
      { id: 'land', type: 'fill', source: 'provinces', paint: { 'fill-color': '#f8f6f1' } },
      { id: 'lines', type: 'line', source: 'boundaries', paint: { 'line-color': '#999' } },
      { id: 'names', type: 'symbol', source: 'labels', filter: ['!=', ['get', 'kind'], 'county'], layout: { 'text-field': ['get', 'name'], 'text-font': fonts } },
      { id: 'centres', type: 'circle', source: 'plan', paint: { 'circle-color': '#c0392b', 'circle-radius': 6 } },
      { id: 'centre-names', type: 'symbol', source: 'plan', layout: { 'text-field': ['get', 'id'], 'text-font': fonts, 'text-offset': [0, 1.2] } },
    ],
  },
});
map.once('load', () => map.once('idle', () => performance.mark('planmap:plan-idle')));
