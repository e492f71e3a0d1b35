import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Camera, LoadedPlan, Locale } from '../domain/plan';
import { t } from '../domain/i18n';
import { FetchPlanSource, type PlanSource } from '../data/plan-source';
import { MapController } from '../map/map-controller';
import { findFeature } from '../app/plan-lookup';
import { parseEmbedParams, type EmbedParams, type EmbedProblem } from './embed-params';
import { embedText } from './embed-strings';
import { planMapStyles } from './embed-styles';
import { findPlanProblems, findUnknownLayers, listLayerIds } from './plan-checks';

/** Detail of `plan-map-select`: the feature clicked, or `feature: null` when the click hit no feature. */
export interface PlanMapSelectDetail {
  plan: string;
  feature: string | null;
  name: string | null;
}

/** Detail of `plan-map-view`: the camera after a move. */
export interface PlanMapViewDetail {
  center: [number, number];
  zoom: number;
}

/** Detail of `plan-map-ready`: the plan drawn, its title in the element's language, and the camera. */
export interface PlanMapReadyDetail extends PlanMapViewDetail {
  plan: string;
  title: string;
}

/** User Timing mark set when the embed's plan is first drawn; `scripts/bench-embed.mjs` reads it. */
export const EMBED_IDLE_MARK = 'planmap:embed-idle';

declare global {
  interface HTMLElementTagNameMap {
    'plan-map': PlanMap;
  }
  interface HTMLElementEventMap {
    'plan-map-select': CustomEvent<PlanMapSelectDetail>;
    'plan-map-view': CustomEvent<PlanMapViewDetail>;
    'plan-map-ready': CustomEvent<PlanMapReadyDetail>;
    'plan-map-error': CustomEvent<{ problems: string[] }>;
  }
}

/**
 * One plan on a small map, for other websites: `<plan-map plan="zunyi-metropolitan"></plan-map>`.
 * Attributes: `plan`, `layers` (comma list, default all), `center` ("lon,lat"), `zoom`, `lang`
 * (zh|en), `basemap` (only `embedded`), `interactive` ("false": no pan, zoom or click), `height`
 * (CSS length) and `data` (the data folder; default `data/` beside this module). Wrong parameters
 * are explained inside the box. `plan` and `data` are read once; the others apply when changed.
 * Plan text is only ever rendered as text.
 * @fires plan-map-select when the user clicks a plan feature or empty map
 * @fires plan-map-view after every camera move
 * @fires plan-map-ready when the plan is first drawn
 * @fires plan-map-error when the element shows a problem instead of the map (the messages shown)
 */
@customElement('plan-map')
export class PlanMap extends LitElement {
  static override styles = planMapStyles;

  @property() plan: string | null = null;
  @property() layers: string | null = null;
  @property() center: string | null = null;
  @property() zoom: string | null = null;
  /** The `lang` attribute; the element's native `lang` property writes it too. */
  @property({ attribute: 'lang' }) language: string | null = null;
  @property() basemap: string | null = null;
  @property() interactive: string | null = null;
  @property() height: string | null = null;
  @property() data: string | null = null;

  /** The map controller, public so that host pages and tests can reach the map. */
  controller?: MapController;

  @state() private problems: EmbedProblem[] = [];
  @state() private isLoading = true;
  @state() private loadedPlan: LoadedPlan | null = null;
  @query('#map') private mapContainer!: HTMLElement;
  @query('.frame') private frame!: HTMLElement;

  private get params(): EmbedParams {
    return this.parsed.params;
  }

  private get parsed() {
    return parseEmbedParams({ plan: this.plan, layers: this.layers, center: this.center, zoom: this.zoom, lang: this.language, basemap: this.basemap, interactive: this.interactive, height: this.height });
  }

  private get locale(): Locale {
    return this.params.locale;
  }

  override render() {
    const { isInteractive } = this.params;
    const title = this.loadedPlan?.manifest.title[this.locale] ?? this.plan ?? '';
    const mapClass = `${isInteractive ? '' : 'is-static'} ${this.problems.length ? 'is-hidden' : ''}`;
    return html`<div class="frame" lang=${this.locale === 'zh' ? 'zh-CN' : 'en'}>
      <div id="map" class=${mapClass} ?inert=${!isInteractive} role="region" aria-label=${embedText('mapLabel', this.locale, { title })}></div>
      ${this.isLoading && !this.problems.length ? html`<p class="status" role="status">${embedText('loading', this.locale)}</p>` : nothing}
      ${this.problems.length ? this.renderProblems() : nothing}
    </div>`;
  }

  private renderProblems() {
    return html`<div class="problem" role="alert">
      <h2>${embedText('problemTitle', this.locale)}</h2>
      <ul>${this.problems.map((p) => html`<li>${embedText(p.key, this.locale, p.values)}</li>`)}</ul>
    </div>`;
  }

  override firstUpdated(): void {
    void this.start();
  }

  override updated(changed: PropertyValues<this>): void {
    this.frame.style.height = this.params.height;
    if (!this.controller || !this.loadedPlan) return;
    if (changed.has('language')) this.applyLocale();
    if (changed.has('layers')) this.applyLayers();
    if (changed.has('center') || changed.has('zoom')) this.applyCamera();
  }

  private get dataUrl(): string {
    return new URL(this.data || './data/', this.data ? document.baseURI : import.meta.url).href;
  }

  private async start(): Promise<void> {
    const { params, problems } = this.parsed;
    const source = new FetchPlanSource(this.dataUrl);
    if (problems.length) return this.showProblems(problems, source);
    const loading = source.loadPlan(params.plan);
    this.controller = new MapController({ container: this.mapContainer, dataUrl: this.dataUrl, camera: this.initialCamera(null), locale: params.locale });
    let plan: LoadedPlan;
    try {
      plan = await loading;
    } catch (error) {
      return this.showProblems(await findPlanProblems(source, params.plan, error as Error), source);
    }
    const unknown = findUnknownLayers(plan, params.layers);
    if (unknown.length) return this.showProblems([{ key: 'unknownLayers', values: { value: unknown.join(', '), list: listLayerIds(plan).join(', ') } }], source);
    await this.showPlan(plan);
  }

  private async showProblems(problems: EmbedProblem[], source: PlanSource): Promise<void> {
    this.isLoading = false;
    this.problems = problems;
    this.dispatch('plan-map-error', { problems: problems.map((p) => embedText(p.key, this.locale, p.values)) });
    if (!problems.some((p) => p.key === 'missingPlan')) return;
    const list = await source.listPlans().then((plans) => plans.map((p) => p.id).join(', '), (error: Error) => error.message);
    this.problems = problems.map((p) => (p.key === 'missingPlan' ? { ...p, values: { list } } : p));
  }

  private async showPlan(plan: LoadedPlan): Promise<void> {
    const controller = this.controller!;
    this.loadedPlan = plan;
    this.applyCamera();
    controller.onSelect((key) => this.select(key));
    controller.onCameraChange((camera) => this.dispatch('plan-map-view', toViewDetail(camera)));
    await controller.addPlan(plan);
    this.applyLayers();
    this.applyLocale();
    await controller.whenIdle();
    this.isLoading = false;
    performance.mark(EMBED_IDLE_MARK);
    this.dispatch('plan-map-ready', { plan: plan.manifest.id, title: plan.manifest.title[this.locale], ...toViewDetail(controller.getCamera()) });
  }

  private initialCamera(plan: LoadedPlan | null): Camera {
    const fallback = plan?.manifest.camera ?? { center: [107.4, 28.3], zoom: 6.3 };
    return { center: this.params.center ?? fallback.center, zoom: this.params.zoom ?? fallback.zoom };
  }

  private applyCamera(): void {
    this.controller?.jumpTo(this.initialCamera(this.loadedPlan));
  }

  private applyLayers(): void {
    const plan = this.loadedPlan;
    if (!plan) return;
    const shown = this.params.layers;
    for (const id of listLayerIds(plan)) this.controller?.setLayerVisible(plan.manifest.id, id, !shown || shown.includes(id));
  }

  private applyLocale(): void {
    this.controller?.setLocale(this.locale);
    this.controller?.setAttribution(t('attribution', this.locale));
  }

  private select(key: string | null): void {
    const plan = this.loadedPlan;
    if (!plan) return;
    const found = key ? findFeature([plan], key) : null;
    this.controller?.setSelection(found?.feature.geometry ?? null);
    const feature = found?.feature.properties;
    this.dispatch('plan-map-select', { plan: plan.manifest.id, feature: feature?.id ?? null, name: feature ? feature.name[this.locale] : null });
  }

  private dispatch<K extends 'plan-map-select' | 'plan-map-view' | 'plan-map-ready' | 'plan-map-error'>(type: K, detail: HTMLElementEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** The public shape of a camera: centre and zoom. */
function toViewDetail(camera: Camera): PlanMapViewDetail {
  return { center: camera.center, zoom: camera.zoom };
}
