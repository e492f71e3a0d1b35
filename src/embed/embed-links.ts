import type { Camera, Locale } from '../domain/plan';

/** What an embed shows: the parameters the snippets and links carry. */
export interface EmbedView {
  plan: string;
  /** Layer ids to show; empty or null shows every layer. */
  layers?: string[] | null;
  camera?: Camera | null;
  locale?: Locale;
  isInteractive?: boolean;
  height?: string;
}

/** `lon,lat` with five decimals (about a metre), trailing zeros dropped. */
export function formatCenter(center: [number, number]): string {
  return center.map((v) => trimZeros(v.toFixed(5))).join(',');
}

/** A zoom with two decimals, trailing zeros dropped. */
export function formatZoom(zoom: number): string {
  return trimZeros(zoom.toFixed(2));
}

function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** The embed's parameters as ordered name/value pairs, leaving out defaults. */
export function toEmbedParams(view: EmbedView): [string, string][] {
  const params: [string, string][] = [['plan', view.plan]];
  if (view.layers?.length) params.push(['layers', view.layers.join(',')]);
  if (view.camera) params.push(['center', formatCenter(view.camera.center)], ['zoom', formatZoom(view.camera.zoom)]);
  if (view.locale === 'en') params.push(['lang', 'en']);
  if (view.isInteractive === false) params.push(['interactive', 'false']);
  return params;
}

/**
 * The address of the iframe page for `view`, relative to the site (`siteUrl` ends in `/`).
 * @example formatEmbedPageUrl({ plan: 'a', locale: 'en' }, 'https://x.cn/pm/') // 'https://x.cn/pm/embed.html?plan=a&lang=en'
 */
export function formatEmbedPageUrl(view: EmbedView, siteUrl: string): string {
  const query = toEmbedParams(view).map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  return `${new URL('embed.html', siteUrl).href}?${query}`;
}

/**
 * The full app's permalink for `view`: `./?plans=<plan>&at=lon,lat,zoom`, relative to the site.
 * @example formatFullMapUrl({ plan: 'a', camera: { center: [106.9, 27.7], zoom: 9 } }) // './?plans=a&at=106.9,27.7,9'
 */
export function formatFullMapUrl(view: EmbedView, siteUrl = './'): string {
  const parts = [`plans=${encodeURIComponent(view.plan)}`];
  if (view.camera) parts.push(`at=${formatCenter(view.camera.center)},${formatZoom(view.camera.zoom)}`);
  if (view.locale === 'en') parts.push('lang=en');
  return `${siteUrl}?${parts.join('&')}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<script type="module">` and `<plan-map …>` snippet for `view`, loading the element from `scriptUrl`. */
export function formatElementSnippet(view: EmbedView, scriptUrl: string): string {
  const attrs = toEmbedParams(view).map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  const height = view.height ? ` height="${escapeAttribute(view.height)}"` : '';
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<plan-map${attrs}${height}></plan-map>`;
}

/** The `<iframe>` snippet for `view`, titled `title`, `height` high (CSS pixels). */
export function formatIframeSnippet(view: EmbedView, siteUrl: string, title: string, height = 400): string {
  const src = escapeAttribute(formatEmbedPageUrl(view, siteUrl));
  return `<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
