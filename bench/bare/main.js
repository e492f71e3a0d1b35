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
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#e4e8ec' } },
      { id: 'land', type: 'fill', source: 'provinces', paint: { 'fill-color': '#f8f6f1' } },
      { id: 'lines', type: 'line', source: 'boundaries', paint: { 'line-color': '#999' } },
      { id: 'names', type: 'symbol', source: 'labels', filter: ['!=', ['get', 'kind'], 'county'], layout: { 'text-field': ['get', 'name'], 'text-font': fonts } },
    ],
  },
});

/** Every layer of the plan PlanMap shows first, each drawn as area, line, point and name. */
async function addPlan(id) {
  const manifest = await (await fetch(data(`plans/${id}/manifest.json`))).json();
  await new Promise((resolve) => (map.loaded() ? resolve() : map.once('load', resolve)));
  for (const layer of manifest.structures.flatMap((s) => s.layers)) {
    const source = `${id}-${layer.id}`;
    map.addSource(source, { type: 'geojson', data: data(`plans/${id}/${layer.file}`) });
    map.addLayer({ id: `${source}-fill`, type: 'fill', source, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.15 } });
    map.addLayer({ id: `${source}-line`, type: 'line', source, paint: { 'line-color': '#c0392b', 'line-width': 2 } });
    map.addLayer({ id: `${source}-point`, type: 'circle', source, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': '#c0392b', 'circle-radius': 6 } });
    map.addLayer({ id: `${source}-name`, type: 'symbol', source, layout: { 'text-field': ['get', 'zh', ['get', 'name']], 'text-font': fonts, 'text-offset': [0, 1.2] } });
  }
  map.once('idle', () => performance.mark('planmap:plan-idle'));
}
addPlan('zunyi-metropolitan');
