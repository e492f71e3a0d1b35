import type { Camera, Locale } from '../domain/plan';

/** Everything a permalink restores: plans shown, layers hidden, the selection, camera and language. */
export interface ViewState {
  plans: string[];
  hiddenPlans: string[];
  hiddenLayers: string[];
  selected: string | null;
  camera: Camera | null;
  locale: Locale;
  /** The basemap parameter as written (`embedded`, `tianditu:vec:KEY`, `style:URL`, `pmtiles:URL`), or null for the default. */
  basemap: string | null;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[a-z0-9][a-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Reads a view state from a URL's query string, dropping anything malformed rather than failing:
 * a permalink typed by hand still opens.
 * @example parseViewState('?plans=zunyi-metropolitan&at=106.9,27.7,9&lang=en').camera // { center: [106.9, 27.7], zoom: 9 }
 */
export function parseViewState(search: string, defaults: { plans: string[] }): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string, pattern: RegExp) => (params.get(name) ?? '').split(',').map((s) => s.trim()).filter((s) => pattern.test(s));
  const plans = list('plans', ID);
  const selected = params.get('selected');
  return {
    plans: plans.length ? [...new Set(plans)] : defaults.plans,
    hiddenPlans: list('off', ID),
    hiddenLayers: list('hide', KEY),
    selected: selected && KEY.test(selected) ? selected : null,
    camera: parseCamera(params.get('at')),
    locale: params.get('lang') === 'en' ? 'en' : 'zh',
    basemap: params.get('basemap'),
  };
}

/** `lon,lat,zoom[,bearing[,pitch]]` within the map's limits, or null. */
function parseCamera(value: string | null): Camera | null {
  if (!value) return null;
  const [lon, lat, zoom, bearing = 0, pitch = 0] = value.split(',').map(Number);
  const isValid = [lon, lat, zoom, bearing, pitch].every(Number.isFinite)
    && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22 && pitch >= 0 && pitch <= 85;
  if (!isValid) return null;
  return { center: [lon, lat], zoom, ...(bearing ? { bearing } : {}), ...(pitch ? { pitch } : {}) };
}

/**
 * Writes a view state as a query string, short and stable (same state, same URL).
 * @example formatViewState({ plans: ['a'], hiddenPlans: [], hiddenLayers: [], selected: null, camera: null, locale: 'zh' }) // '?plans=a'
 */
export function formatViewState(state: ViewState): string {
  const parts: string[] = [`plans=${state.plans.join(',')}`];
  if (state.hiddenPlans.length) parts.push(`off=${[...state.hiddenPlans].sort().join(',')}`);
  if (state.hiddenLayers.length) parts.push(`hide=${[...state.hiddenLayers].sort().join(',')}`);
  if (state.selected) parts.push(`selected=${state.selected}`);
  if (state.camera) parts.push(`at=${formatCamera(state.camera)}`);
  if (state.locale === 'en') parts.push('lang=en');
  if (state.basemap) parts.push(`basemap=${encodeURIComponent(state.basemap)}`);
  return `?${parts.join('&')}`;
}

function formatCamera(camera: Camera): string {
  const values = [camera.center[0].toFixed(5), camera.center[1].toFixed(5), camera.zoom.toFixed(2)];
  if (camera.bearing || camera.pitch) values.push((camera.bearing ?? 0).toFixed(1));
  if (camera.pitch) values.push(camera.pitch.toFixed(1));
  return values.map((v) => v.replace(/\.?0+$/, '')).join(',');
}
