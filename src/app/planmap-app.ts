import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Camera, LoadedPlan, Locale, PlanFeature, Structure } from '../domain/plan';
import { t } from '../domain/i18n';
import { FetchPlanSource, type PlanSource } from '../data/plan-source';
import { MapController } from '../map/map-controller';
import { CATEGORY_COLORS } from '../map/plan-symbology';
import { featureKey } from '../map/plan-features';
import type { LayerToggleDetail, PlanEntry, PlanToggleDetail } from '../ui/pm-layer-list';
import '../ui/pm-layer-list';
import '../ui/pm-feature-card';

/** The first view: Guizhou and Chongqing, with the Zunyi metropolitan area in the middle. */
const DEFAULT_CAMERA: Camera = { center: [107.4, 28.3], zoom: 6.3 };
const DEFAULT_PLANS = ['zunyi-metropolitan'];

/** User Timing mark set when the first view's plans are drawn; benchmarks read it. */
export const PLAN_IDLE_MARK = 'planmap:plan-idle';

declare global {
  interface HTMLElementTagNameMap {
    'planmap-app': PlanmapApp;
  }
}

/** A feature found by key, with what the card needs around it. */
interface FoundFeature {
  plan: LoadedPlan;
  structure: Structure;
  feature: PlanFeature;
}

/**
 * The application: wires the plan source, the map controller and the components, and holds the
 * view state (language, plans, hidden layers, selection).
 */
@customElement('planmap-app')
export class PlanmapApp extends LitElement {
  static override styles = css`
    :host { display: grid; grid-template-columns: minmax(260px, 340px) 1fr; grid-template-rows: auto 1fr; height: 100%; font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; color: #222; }
    header { grid-column: 1 / -1; display: flex; align-items: center; justify-content: space-between; padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fff; }
    h1 { font-size: 17px; margin: 0; }
    aside { overflow: auto; padding: 10px 12px; border-right: 1px solid #ddd; background: #fff; display: flex; flex-direction: column; gap: 14px; }
    #map { position: relative; min-height: 300px; }
    .lang { border: 1px solid #bbb; background: #fafafa; border-radius: 4px; padding: 3px 10px; cursor: pointer; font: inherit; }
    .lang:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
    .status { color: #555; font-size: 13px; }
    .error { color: #a40000; font-size: 13px; }
    .note { font-size: 11px; color: #777; margin-top: auto; }
    @media (max-width: 700px) {
      :host { grid-template-columns: 1fr; grid-template-rows: auto 1fr 40%; }
      aside { grid-row: 3; border-right: 0; border-top: 1px solid #ddd; }
    }
  `;

  /** The map controller, public so that tests and embedding pages can reach the map. */
  controller?: MapController;

  @state() private locale: Locale = readLocale();
  @state() private available: PlanEntry[] = [];
  @state() private plans: LoadedPlan[] = [];
  @state() private hiddenPlans = new Set<string>();
  @state() private hiddenLayers = new Set<string>();
  @state() private selected: FoundFeature | null = null;
  @state() private error = '';
  @state() private isLoading = true;
  @query('#map') private mapContainer!: HTMLElement;

  private readonly source: PlanSource = new FetchPlanSource(new URL('data/', document.baseURI).href);

  override firstUpdated(): void {
    document.documentElement.lang = this.locale === 'zh' ? 'zh-CN' : 'en';
    this.controller = new MapController({ container: this.mapContainer, dataUrl: new URL('data/', document.baseURI).href, camera: DEFAULT_CAMERA, locale: this.locale });
    this.controller.onSelect((key) => this.select(key));
    void this.loadPlans(readPlanIds()).then(() => this.controller?.whenIdle()).then(() => performance.mark(PLAN_IDLE_MARK));
    void this.source.listPlans().then((list) => (this.available = list), (error: Error) => (this.error = t('loadError', this.locale, { detail: error.message })));
  }

  override render() {
    return html`
      <header>
        <h1>${t('appTitle', this.locale)}</h1>
        <button class="lang" lang=${this.locale === 'zh' ? 'en' : 'zh'} aria-label=${t('languageLabel', this.locale)} @click=${this.toggleLocale}>${t('language', this.locale)}</button>
      </header>
      <aside>
        ${this.isLoading ? html`<p class="status" role="status">${t('loading', this.locale)}</p>` : nothing}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <pm-layer-list .available=${this.available} .plans=${this.plans.map((p) => p.manifest)} .hiddenPlans=${this.hiddenPlans} @pm-plan-toggle=${this.onPlanToggle} .hiddenLayers=${this.hiddenLayers} .colors=${CATEGORY_COLORS}
          .schematic=${schematicLayers(this.plans)} .locale=${this.locale} @pm-layer-toggle=${this.onLayerToggle}></pm-layer-list>
        <pm-feature-card .feature=${this.selected?.feature.properties ?? null} .structure=${this.selected?.structure ?? null}
          .documentTitle=${this.selected?.plan.manifest.title[this.locale] ?? ''} .locale=${this.locale} @pm-close=${() => this.select(null)}></pm-feature-card>
        <p class="note">${t('basemapNote', this.locale)}</p>
      </aside>
      <div id="map" role="application" aria-label=${t('appTitle', this.locale)}></div>`;
  }

  private async loadPlans(ids: string[]): Promise<void> {
    const failures: string[] = [];
    for (const id of ids) {
      try {
        const plan = await this.source.loadPlan(id);
        this.plans = [...this.plans, plan];
        await this.controller?.addPlan(plan);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    this.error = failures.length ? t('loadError', this.locale, { detail: failures.join('; ') }) : '';
    this.isLoading = false;
  }

  private async onPlanToggle(e: CustomEvent<PlanToggleDetail>): Promise<void> {
    const { plan: id, isVisible } = e.detail;
    const hiddenPlans = new Set(this.hiddenPlans);
    if (isVisible) hiddenPlans.delete(id);
    else hiddenPlans.add(id);
    this.hiddenPlans = hiddenPlans;
    const loaded = this.plans.find((p) => p.manifest.id === id);
    if (!loaded && isVisible) {
      this.isLoading = true;
      await this.loadPlans([id]);
      const plan = this.plans.find((p) => p.manifest.id === id);
      if (plan) this.controller?.flyTo(plan.manifest.camera);
      return;
    }
    for (const layer of loaded?.manifest.structures.flatMap((s) => s.layers) ?? []) {
      this.controller?.setLayerVisible(id, layer.id, isVisible && !this.hiddenLayers.has(`${id}/${layer.id}`));
    }
    if (!isVisible && this.selected?.plan.manifest.id === id) this.select(null);
  }

  private select(key: string | null): void {
    this.selected = key ? findFeature(this.plans, key) : null;
    this.controller?.setSelection(this.selected?.feature.geometry ?? null);
  }

  private onLayerToggle(e: CustomEvent<LayerToggleDetail>): void {
    const { plan, layer, isVisible } = e.detail;
    const hidden = new Set(this.hiddenLayers);
    if (isVisible) hidden.delete(`${plan}/${layer}`);
    else hidden.add(`${plan}/${layer}`);
    this.hiddenLayers = hidden;
    this.controller?.setLayerVisible(plan, layer, isVisible);
  }

  private toggleLocale(): void {
    this.locale = this.locale === 'zh' ? 'en' : 'zh';
    document.documentElement.lang = this.locale === 'zh' ? 'zh-CN' : 'en';
    this.controller?.setLocale(this.locale);
  }
}

/** `?plans=a,b` chooses the plans of the first view; the 遵义都市圈 plan otherwise. */
function readPlanIds(): string[] {
  const ids = new URLSearchParams(location.search).get('plans')?.split(',').map((s) => s.trim()).filter(Boolean);
  return ids?.length ? ids : DEFAULT_PLANS;
}

/** `?lang=en` opens the English interface; Chinese otherwise. */
function readLocale(): Locale {
  return new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
}

function findFeature(plans: LoadedPlan[], key: string): FoundFeature | null {
  for (const plan of plans) {
    for (const structure of plan.manifest.structures) {
      for (const layer of structure.layers) {
        const feature = plan.layers.get(layer.id)?.features.find((f) => featureKey(plan.manifest.id, f.properties.id) === key);
        if (feature) return { plan, structure, feature };
      }
    }
  }
  return null;
}

function schematicLayers(plans: LoadedPlan[]): Set<string> {
  const keys = new Set<string>();
  for (const plan of plans) {
    for (const [layerId, fc] of plan.layers) {
      if (fc.features.length && fc.features.every((f) => f.properties.accuracy === 'schematic')) keys.add(`${plan.manifest.id}/${layerId}`);
    }
  }
  return keys;
}
