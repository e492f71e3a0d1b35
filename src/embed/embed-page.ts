import type { Camera } from '../domain/plan';
import { EMBED_PARAM_NAMES, parseEmbedParams, readEmbedQuery, type EmbedAttributes } from './embed-params';
import { formatFullMapUrl } from './embed-links';
import { embedText } from './embed-strings';
import { startEarlyPlan } from '../data/plan-source';
import type { PlanMap } from './plan-map';
import './embed-page.css';

/**
 * The iframe page `embed.html?plan=…`: one `<plan-map>` filling the frame, the plan's title, the
 * attribution (drawn by the map) and a link to the full map at the current view. The plan starts
 * loading before the element's code (and maplibre with it) is imported, so its files arrive while
 * that code is evaluated; the element takes the load over.
 */
function startEmbedPage(): void {
  const attributes = readEmbedQuery(location.search);
  const { params, problems } = parseEmbedParams(attributes);
  const dataUrl = new URL('data/', document.baseURI).href;
  if (!problems.length) startEarlyPlan(dataUrl, params.plan);
  document.documentElement.lang = params.locale === 'zh' ? 'zh-CN' : 'en';
  const element = createPlanMap(attributes, dataUrl);
  const link = document.querySelector<HTMLAnchorElement>('#full-map')!;
  const title = document.querySelector<HTMLElement>('#title')!;
  link.textContent = embedText('viewFullMap', params.locale);
  const updateLink = (camera: Camera | null) => (link.href = formatFullMapUrl({ plan: params.plan, camera, locale: params.locale }));
  updateLink(params.center && params.zoom !== null ? { center: params.center, zoom: params.zoom } : null);
  element.addEventListener('plan-map-ready', (e) => {
    retireEmbedPreview();
    title.textContent = e.detail.title;
    document.title = `${e.detail.title} · PlanMap`;
    updateLink(e.detail);
  });
  element.addEventListener('plan-map-view', (e) => updateLink(e.detail));
  element.addEventListener('plan-map-error', () => retireEmbedPreview());
  document.querySelector('main')!.append(element);
  void import('./plan-map');
}

/** A `<plan-map>` with the page's parameters, drawing from the site's own `data/`; defined once its module is imported. */
function createPlanMap(attributes: EmbedAttributes, dataUrl: string): PlanMap {
  const element = document.createElement('plan-map');
  for (const name of EMBED_PARAM_NAMES) {
    const value = attributes[name];
    if (value != null && name !== 'height') element.setAttribute(name, value);
  }
  element.setAttribute('height', '100%');
  element.setAttribute('data', dataUrl);
  return element;
}

/** Fades out the picture of the first view, once the map has drawn the plan or shows a problem. */
function retireEmbedPreview(): void {
  document.documentElement.classList.add('pm-embed-drawn');
  const preview = document.querySelector('.embed-preview');
  if (!preview) return;
  preview.classList.add('is-done');
  setTimeout(() => preview.remove(), 300);
}

startEmbedPage();
