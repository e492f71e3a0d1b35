import type { Locale } from '../domain/plan';
import type { EmbedStringKey } from './embed-strings';

/** The embed's parameters as written: attributes of `<plan-map>` or the query of `embed.html`. */
export interface EmbedAttributes {
  plan?: string | null;
  layers?: string | null;
  center?: string | null;
  zoom?: string | null;
  lang?: string | null;
  basemap?: string | null;
  interactive?: string | null;
  height?: string | null;
}

/** The names of {@link EmbedAttributes}, in the order the snippets write them. */
export const EMBED_PARAM_NAMES = ['plan', 'layers', 'center', 'zoom', 'lang', 'basemap', 'interactive', 'height'] as const;

/** The embed's parameters, checked. */
export interface EmbedParams {
  plan: string;
  /** Layer ids to show; null shows every layer of the plan. */
  layers: string[] | null;
  center: [number, number] | null;
  zoom: number | null;
  locale: Locale;
  isInteractive: boolean;
  height: string;
}

/** One thing wrong with the parameters, as a message key and its placeholder values. */
export interface EmbedProblem {
  key: EmbedStringKey;
  values: Record<string, string | number>;
}

/**
 * The area and zoom range the map can show; the same limits as the map controller's
 * `maxBounds`, `minZoom` and `maxZoom`, so that a bad centre is named rather than clamped.
 */
export const MAP_LIMITS = { west: 95, south: 17, east: 120, north: 38, minZoom: 4, maxZoom: 15 } as const;

/** The height of the embed when none is given. */
export const DEFAULT_HEIGHT = '400px';

const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/;
const CSS_LENGTH = /^\d{1,5}(\.\d{1,3})?(px|vh|vw|vmin|em|rem|%)$/;

/**
 * Checks the parameters of an embed. Problems are returned, not thrown, so that every one of them
 * can be shown in the element's box; the plan's existence and its layer ids are checked later,
 * against the data.
 * @example parseEmbedParams({ plan: 'zunyi-metropolitan', zoom: '99' }).problems[0].key // 'badZoom'
 */
export function parseEmbedParams(attributes: EmbedAttributes): { params: EmbedParams; problems: EmbedProblem[] } {
  const problems: EmbedProblem[] = [];
  const report = (key: EmbedStringKey, values: Record<string, string | number> = {}) => problems.push({ key, values });
  const plan = (attributes.plan ?? '').trim();
  if (!plan) report('missingPlan');
  else if (!PLAN_ID.test(plan)) report('badPlanId', { value: plan });
  const locale = parseLocale(attributes.lang, report);
  const params: EmbedParams = {
    plan, locale,
    layers: parseLayers(attributes.layers),
    center: parseCenter(attributes.center, report),
    zoom: parseZoom(attributes.zoom, report),
    isInteractive: parseInteractive(attributes.interactive, report),
    height: parseHeight(attributes.height, report),
  };
  if (attributes.basemap && attributes.basemap !== 'embedded') report('badBasemap', { value: attributes.basemap });
  return { params, problems };
}

/** Reads the embed's parameters from a query string, such as `embed.html?plan=…`. */
export function readEmbedQuery(search: string): EmbedAttributes {
  const query = new URLSearchParams(search);
  return Object.fromEntries(EMBED_PARAM_NAMES.map((name) => [name, query.get(name)])) as EmbedAttributes;
}

type Report = (key: EmbedStringKey, values?: Record<string, string | number>) => void;

function parseLocale(value: string | null | undefined, report: Report): Locale {
  if (!value || value === 'zh' || value === 'en') return value === 'en' ? 'en' : 'zh';
  report('badLang', { value });
  return 'zh';
}

function parseLayers(value: string | null | undefined): string[] | null {
  const ids = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return ids.length ? [...new Set(ids)] : null;
}

function parseCenter(value: string | null | undefined, report: Report): [number, number] | null {
  if (value == null || value === '') return null;
  const parts = value.split(',').map((s) => s.trim());
  const [lon, lat] = parts.map((s) => (s === '' ? NaN : Number(s)));
  const isInside = parts.length === 2 && lon >= MAP_LIMITS.west && lon <= MAP_LIMITS.east && lat >= MAP_LIMITS.south && lat <= MAP_LIMITS.north;
  if (isInside) return [lon, lat];
  report('badCenter', { value, west: MAP_LIMITS.west, east: MAP_LIMITS.east, south: MAP_LIMITS.south, north: MAP_LIMITS.north });
  return null;
}

function parseZoom(value: string | null | undefined, report: Report): number | null {
  if (value == null || value === '') return null;
  const zoom = value.trim() === '' ? NaN : Number(value);
  if (zoom >= MAP_LIMITS.minZoom && zoom <= MAP_LIMITS.maxZoom) return zoom;
  report('badZoom', { value, min: MAP_LIMITS.minZoom, max: MAP_LIMITS.maxZoom });
  return null;
}

function parseInteractive(value: string | null | undefined, report: Report): boolean {
  if (value == null || value === '' || value === 'true') return true;
  if (value === 'false') return false;
  report('badInteractive', { value });
  return true;
}

function parseHeight(value: string | null | undefined, report: Report): string {
  if (value == null || value === '') return DEFAULT_HEIGHT;
  const height = value.trim();
  if (CSS_LENGTH.test(height)) return height;
  report('badHeight', { value });
  return DEFAULT_HEIGHT;
}
