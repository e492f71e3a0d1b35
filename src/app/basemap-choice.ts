import type { LocalizedText } from '../domain/plan';
import { parseBasemap } from '../map/basemaps';
import type { BasemapOption } from '../ui/pm-basemap-switcher';

/** Build-time basemap settings, from `.env` files or the environment (`VITE_…`). */
export interface BasemapSettings {
  /** The default basemap, as a parameter value (`tianditu:vec:KEY`, `style:URL`, `pmtiles:URL`). */
  defaultBasemap?: string;
  /** A 天地图 key (`tk`) that makes the 天地图 vector and imagery basemaps available. */
  tiandituKey?: string;
  styleUrl?: string;
  pmtilesUrl?: string;
}

/** The settings this build was made with. */
export function readBuildSettings(): BasemapSettings {
  const env = import.meta.env;
  return { defaultBasemap: env.VITE_PLANMAP_BASEMAP, tiandituKey: env.VITE_TIANDITU_KEY, styleUrl: env.VITE_PLANMAP_STYLE_URL, pmtilesUrl: env.VITE_PLANMAP_PMTILES_URL };
}

const NAMES: Record<string, LocalizedText> = {
  embedded: { zh: '内置底图(离线)', en: 'Embedded (offline)' },
  'tianditu-vec': { zh: '天地图 矢量', en: 'Tianditu vector' },
  'tianditu-img': { zh: '天地图 影像', en: 'Tianditu imagery' },
  style: { zh: '自定义样式', en: 'Custom style' },
  'style-gcj02': { zh: '自定义样式(GCJ-02)', en: 'Custom style (GCJ-02)' },
  pmtiles: { zh: 'PMTiles 底图', en: 'PMTiles basemap' },
};

/**
 * The basemaps to offer: always the embedded one, the others this deployment configured, and the
 * one in the URL if it is none of those.
 */
export function listBasemapOptions(settings: BasemapSettings, current: string | null): BasemapOption[] {
  const values = ['embedded'];
  if (settings.tiandituKey) values.push(`tianditu:vec:${settings.tiandituKey}`, `tianditu:img:${settings.tiandituKey}`);
  if (settings.styleUrl) values.push(`style:${settings.styleUrl}`);
  if (settings.pmtilesUrl) values.push(`pmtiles:${settings.pmtilesUrl}`);
  if (settings.defaultBasemap) values.push(settings.defaultBasemap);
  if (current) values.push(current);
  return [...new Set(values)].filter((v) => parseBasemap(v)).map((value) => ({ value, label: nameOf(value) }));
}

function nameOf(value: string): LocalizedText {
  const config = parseBasemap(value);
  if (!config) return { zh: value, en: value };
  if (config.kind === 'tianditu') return NAMES[`tianditu-${config.layer}`];
  if (config.kind === 'style') return NAMES[config.datum === 'gcj02' ? 'style-gcj02' : 'style'];
  return NAMES[config.kind];
}
