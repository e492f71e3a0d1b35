// What every peer page shares, so they differ only in the map library: the camera, the colours
// of the plain bare maplibre page (PlanMap's first view in plain styles), the data files and the two marks.

/** PlanMap's first camera. maplibre counts zoom in 512-px tiles, Leaflet and OpenLayers in 256-px tiles. */
export const CENTER = [107.4, 28.3];
export const ZOOM_512 = 6.3;
export const ZOOM_256 = ZOOM_512 + 1;
export const PLAN = 'zunyi-metropolitan';

/** The same plain colours on every page. */
export const COLORS = { background: '#e4e8ec', land: '#f8f6f1', boundary: '#999999', plan: '#c0392b', planFill: 'rgba(192, 57, 43, 0.15)', text: '#333333' };

/** The data lives beside the pages (`/peers/data/`), copied there by scripts/bench-peers.mjs. */
export const dataUrl = (file) => new URL(`../data/${file}`, document.baseURI).href;

/** Fetches one data file as JSON; a missing file is an error, never an empty map. */
export async function fetchJson(file) {
  const response = await fetch(dataUrl(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

/** The basemap of PlanMap's first view: province areas, all boundaries, province and prefecture names. */
export async function loadBasemap() {
  const [provinces, boundaries, labels] = await Promise.all(['provinces', 'boundaries', 'labels'].map((name) => fetchJson(`basemap/${name}.geojson`)));
  return { provinces, boundaries, labels: { ...labels, features: labels.features.filter((f) => f.properties.kind !== 'county') } };
}

/** Every layer of the plan, in the manifest's order, as GeoJSON feature collections. */
export async function loadPlanLayers(id) {
  const manifest = await fetchJson(`plans/${id}/manifest.json`);
  const layers = manifest.structures.flatMap((s) => s.layers);
  return Promise.all(layers.map((layer) => fetchJson(`plans/${id}/${layer.file}`)));
}

/** A feature's label: the Chinese name of a plan feature, the name of a basemap place. */
export const labelOf = (properties) => properties.name?.zh ?? properties.name ?? '';

/** Resolves after the next animation frame, i.e. once the library's pending redraw has run. */
export const nextFrame = () => new Promise((resolve) => window.requestAnimationFrame(() => resolve()));

/** The User Timing marks scripts/bench-peers.mjs reads. */
export const markPainted = () => performance.mark('peer:plan-painted');
export const markInteractive = () => performance.mark('peer:interactive');
