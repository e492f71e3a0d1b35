import type { StyleSpecification } from 'maplibre-gl';
import { createBasemapStyle } from './basemap-style';

/** The geodetic datum a basemap's tiles are drawn in; plan data is WGS84/CGCS2000. */
export type Datum = 'wgs84' | 'gcj02';

/**
 * Where the map's base comes from. `embedded` is PlanMap's own offline basemap; `tianditu` the
 * national 天地图 service (vector or imagery, with the deployment's key); `style` any MapLibre
 * style URL; `pmtiles` an archive on the site itself, styled with @protomaps/basemaps.
 */
export type BasemapConfig =
  | { kind: 'embedded' }
  | { kind: 'tianditu'; key: string; layer: 'vec' | 'img'; url?: string; reviewNumber?: string }
  | { kind: 'style'; url: string; datum?: Datum }
  | { kind: 'pmtiles'; url: string; flavor?: 'light' | 'white' | 'grayscale' };

/** The embedded basemap, the fallback for every other. */
export const EMBEDDED_BASEMAP: BasemapConfig = { kind: 'embedded' };

/** 天地图's WMTS endpoint for Web Mercator tiles, one host per subdomain t0–t7. */
export const TIANDITU_URL = 'https://t{s}.tianditu.gov.cn';

/**
 * Reads a basemap from a URL parameter or build setting: `embedded`, `tianditu:vec:KEY`,
 * `tianditu:img:KEY`, `style:URL`, `style-gcj02:URL` or `pmtiles:URL`. Returns null for anything
 * else, so the caller can say so and fall back.
 * @example parseBasemap('tianditu:img:abc123') // { kind: 'tianditu', layer: 'img', key: 'abc123' }
 */
export function parseBasemap(value: string | null | undefined): BasemapConfig | null {
  if (!value) return null;
  if (value === 'embedded') return EMBEDDED_BASEMAP;
  const tianditu = /^tianditu:(vec|img):([A-Za-z0-9]{6,64})$/.exec(value);
  if (tianditu) return { kind: 'tianditu', layer: tianditu[1] as 'vec' | 'img', key: tianditu[2] };
  const [, prefix, url] = /^(style|style-gcj02|pmtiles):(.+)$/.exec(value) ?? [];
  if (!prefix || !isHttpUrl(url)) return null;
  if (prefix === 'pmtiles') return { kind: 'pmtiles', url };
  return { kind: 'style', url, datum: prefix === 'style-gcj02' ? 'gcj02' : 'wgs84' };
}

/** The parameter form of a basemap, the inverse of `parseBasemap`. */
export function formatBasemap(config: BasemapConfig): string {
  switch (config.kind) {
    case 'embedded': return 'embedded';
    case 'tianditu': return `tianditu:${config.layer}:${config.key}`;
    case 'style': return `${config.datum === 'gcj02' ? 'style-gcj02' : 'style'}:${config.url}`;
    case 'pmtiles': return `pmtiles:${config.url}`;
  }
}

function isHttpUrl(value: string | undefined): value is string {
  if (!value) return false;
  if (value.startsWith('/') || value.startsWith('./')) return true;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The datum of a basemap's tiles. */
export function datumOf(config: BasemapConfig): Datum {
  return config.kind === 'style' ? config.datum ?? 'wgs84' : 'wgs84';
}

/**
 * A 天地图 style: the base layer (vec or img, Web Mercator "w" matrix) with its annotation layer
 * (cva or cia) on top, from subdomains t0–t7, carrying the attribution and 审图号 line it requires.
 */
export function createTiandituStyle(config: Extract<BasemapConfig, { kind: 'tianditu' }>): StyleSpecification {
  const base = config.url ?? TIANDITU_URL;
  const annotation = config.layer === 'vec' ? 'cva' : 'cia';
  const tiles = (layer: string) => Array.from({ length: 8 }, (_, s) => `${base.replace('{s}', String(s))}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(config.key)}`);
  const attribution = `© 天地图 Tianditu · ${config.reviewNumber ?? '审图号以天地图官网公布为准'}`;
  return {
    version: 8,
    name: `天地图 ${config.layer}`,
    sources: {
      'basemap-tianditu': { type: 'raster', tiles: tiles(config.layer), tileSize: 256, maxzoom: 18, attribution },
      'basemap-tianditu-label': { type: 'raster', tiles: tiles(annotation), tileSize: 256, maxzoom: 18 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f2efe9' } },
      { id: 'tianditu', type: 'raster', source: 'basemap-tianditu' },
      { id: 'tianditu-label', type: 'raster', source: 'basemap-tianditu-label' },
    ],
  };
}

/**
 * The style (object or URL) for a basemap. PMTiles styles are built by `createPmtilesStyle`,
 * loaded on demand so that deployments without them do not carry the code.
 */
export async function resolveBasemapStyle(config: BasemapConfig, dataUrl: string): Promise<StyleSpecification | string> {
  switch (config.kind) {
    case 'embedded': return createBasemapStyle(dataUrl);
    case 'tianditu': return createTiandituStyle(config);
    case 'style': return new URL(config.url, document.baseURI).href;
    case 'pmtiles': return (await import('./pmtiles-basemap')).createPmtilesStyle(new URL(config.url, document.baseURI).href, config.flavor ?? 'light');
  }
}

/**
 * The next style with the plan and selection sources and layers of the previous one on top, as
 * they were (data, visibility, opacity).
 */
export function keepPlanLayers(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  if (!previous) return next;
  const isKept = (id: string) => id.startsWith('plan:') || id.startsWith('selection') || id.startsWith('query-results');
  const sources = Object.fromEntries(Object.entries(previous.sources).filter(([id]) => isKept(id)));
  return { ...next, sources: { ...next.sources, ...sources }, layers: [...next.layers, ...previous.layers.filter((l) => isKept(l.id))] };
}
