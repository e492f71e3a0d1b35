// maplibre-gl alone: the same sources as PlanMap's first view, plain styles. The fairest peer for
// PlanMap, used by both bench:load and bench:peers.
// Sources are URLs, as maplibre is meant to be used: its worker fetches and tiles them.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CENTER, COLORS, PLAN, ZOOM_512, dataUrl, fetchJson, markInteractive, markPainted } from '../shared.js';

maplibregl.setWorkerUrl(workerUrl);
/** No `glyphs` URL: maplibre draws the labels with these local fonts, as PlanMap does. */
const fonts = ['Noto Sans CJK SC', 'sans-serif'];
const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const map = new maplibregl.Map({
  container: 'map',
  center: CENTER,
  zoom: ZOOM_512,
  style: {
    version: 8,
    sources: {
      provinces: { type: 'geojson', data: dataUrl('basemap/provinces.geojson') },
      boundaries: { type: 'geojson', data: dataUrl('basemap/boundaries.geojson') },
      labels: { type: 'geojson', data: dataUrl('basemap/labels.geojson') },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': COLORS.background } },
      { id: 'land', type: 'fill', source: 'provinces', paint: { 'fill-color': COLORS.land } },
      { id: 'lines', type: 'line', source: 'boundaries', paint: { 'line-color': COLORS.boundary } },
      { id: 'names', type: 'symbol', source: 'labels', filter: ['!=', ['get', 'kind'], 'county'], layout: { 'text-field': ['get', 'name'], 'text-font': fonts } },
    ],
  },
});

/** Every layer of the plan, each drawn as area, line, point and name; marks the first idle after. */
async function addPlan(id) {
  const manifest = await fetchJson(`plans/${id}/manifest.json`);
  await new Promise((resolve) => (map.loaded() ? resolve() : map.once('load', resolve)));
  for (const layer of manifest.structures.flatMap((s) => s.layers)) {
    const source = `${id}-${layer.id}`;
    map.addSource(source, { type: 'geojson', data: dataUrl(`plans/${id}/${layer.file}`) });
    map.addLayer({ id: `${source}-fill`, type: 'fill', source, filter: isPolygon, paint: { 'fill-color': COLORS.plan, 'fill-opacity': 0.15 } });
    map.addLayer({ id: `${source}-line`, type: 'line', source, paint: { 'line-color': COLORS.plan, 'line-width': 2 } });
    map.addLayer({ id: `${source}-point`, type: 'circle', source, filter: isPoint, paint: { 'circle-color': COLORS.plan, 'circle-radius': 6 } });
    map.addLayer({ id: `${source}-name`, type: 'symbol', source, layout: { 'text-field': ['get', 'zh', ['get', 'name']], 'text-font': fonts, 'text-offset': [0, 1.2] } });
  }
  // maplibre has no earlier "features on screen" signal than idle: both marks are the first idle.
  map.once('idle', () => {
    markPainted();
    markInteractive();
    performance.mark('planmap:plan-idle');
  });
}
addPlan(PLAN);
