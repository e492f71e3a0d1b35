import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { LoadedPlan, Locale } from '../domain/plan';
import { t } from '../domain/i18n';
import { DEFAULT_CAMERA, DEFAULT_PLANS } from '../domain/defaults';
import { FetchPlanSource, type PlanSource } from '../data/plan-source';
import { MapController } from '../map/map-controller';
import type { PlanEntry } from '../ui/pm-layer-list';
import type { FeatureListGroup } from '../ui/pm-feature-list';
import { appStyles } from './app-styles';
import { findBounds, findFeature, findLayerRoles, findSchematicLayers, type FoundFeature } from './plan-lookup';
import { formatViewState, parseViewState, type ViewState } from './view-state';
import { listBasemapOptions, readBuildSettings } from './basemap-choice';
import { datumOf, formatBasemap, parseBasemap } from '../map/basemaps';
import '../ui/pm-layer-list';
import '../ui/pm-feature-card';
import '../ui/pm-feature-list';
import '../ui/pm-search';
import '../ui/pm-basemap-switcher';
import { QueryController } from './query-controller';
import { buildCompareUrl, buildPresentUrl, downloadMapImage, findSharedPlan, findVisibleLayerIds, type SharedView } from './share';
import { SearchController } from './search-controller';
import { UserLayersController } from './user-layers-controller';
import '../embed/pm-embed-dialog';
import { memoizeLast } from './memoize-last';
import { adoptEarlyMap } from './early-map';
import { buildFeatureGroups, exportFeatures, hasSeveralPoints, retirePreview } from './app-helpers';
import { LayerPanelController } from './layer-panel-controller';
import { renderMyDataSection } from './my-data-section';
import { renderQuerySection } from './query-section';


/** User Timing mark set when the first view's plans are drawn; benchmarks read it. */
export const PLAN_IDLE_MARK = 'planmap:plan-idle';

declare global {
  interface HTMLElementTagNameMap {
    'planmap-app': PlanmapApp;
  }
}

/**
 * The application: wires the plan source, the map controller and the components, holds the view
 * state and keeps it in the URL, so that a permalink restores the view and back/forward work.
 */
@customElement('planmap-app')
export class PlanmapApp extends LitElement {
  static override styles = appStyles;

  /** The map controller, public so that tests and embedding pages can reach the map. */
  controller?: MapController;

  @state() private locale: Locale = 'zh';
  @state() private available: PlanEntry[] = [];
  @state() private plans: LoadedPlan[] = [];
  @state() private selected: FoundFeature | null = null;
  @state() private error = '';
  @state() private notice = '';
  @state() private basemap = 'embedded';
  @state() private isEmbedOpen = false;
  @state() private isLoading = true;
  @query('#map') private mapContainer!: HTMLElement;

  private readonly dataUrl = new URL('data/', document.baseURI).href;
  private readonly source: PlanSource = new FetchPlanSource(this.dataUrl);
  private readonly settings = readBuildSettings();
  private readonly userLayers = new UserLayersController(this, () => this.controller);
  private readonly layers = new LayerPanelController(this, {
    controller: () => this.controller, plans: () => this.plans, loadPlans: (ids) => this.loadPlans(ids),
    planHidden: (id) => { if (this.selected?.plan.manifest.id === id) this.select(null); },
    isUserLayerShown: (layer) => this.userLayers.summaries.some((s) => s.id === layer && s.isVisible),
    pushUrl: () => this.writeUrl('push'),
  });
  private readonly search = new SearchController(this, this.dataUrl, {
    plans: () => this.allPlans, locale: () => this.locale, selectFeature: (key) => this.select(key, true),
    fitBounds: (b) => this.controller?.fitBounds(b), flyTo: (c) => this.controller?.flyTo(c),
    fail: (message) => (this.error = t('loadError', this.locale, { detail: message })),
  });
  private readonly queries = new QueryController(this, {
    controller: () => this.controller, plans: () => this.allPlans, locale: () => this.locale, dataUrl: this.dataUrl,
    isLayerVisible: (plan, layer) => this.layers.isShown(plan, layer),
    select: (key) => this.select(key, true),
    exportImage: (isForPrint) => this.controller && void downloadMapImage(this.controller, this.view, isForPrint),
  });
  private isRestoring = true;

  override firstUpdated(): void {
    const initial = parseViewState(location.search, { plans: DEFAULT_PLANS });
    const hasPlansParam = new URLSearchParams(location.search).has('plans');
    this.controller = adoptEarlyMap(this.mapContainer)
      ?? new MapController({ container: this.mapContainer, dataUrl: this.dataUrl, camera: initial.camera ?? DEFAULT_CAMERA, locale: initial.locale });
    this.setLocale(initial.locale);
    this.updateAttribution();
    this.controller.onSelect((key, lngLat) => this.queries.click(lngLat) || this.select(key));
    this.controller.onCameraChange(() => this.writeUrl('replace'));
    this.controller.onBasemapError((config, reason) => {
      this.notice = t('basemapFailed', this.locale, { name: formatBasemap(config).split(':').slice(0, 2).join(':'), reason });
      this.basemap = 'embedded';
      this.updateAttribution();
      this.writeUrl('replace');
    });
    window.addEventListener('popstate', () => void this.applyViewState(parseViewState(location.search, { plans: DEFAULT_PLANS })));
    void this.applyViewState(initial).then(() => {
      const first = this.plans[0]?.manifest.camera;
      if (!initial.camera && hasPlansParam && first) this.controller?.jumpTo(first);
      this.isRestoring = false;
      this.writeUrl('replace');
      return this.controller?.whenIdle();
    }).then(() => {
      performance.mark(PLAN_IDLE_MARK);
      retirePreview();
      // The user's own layers (IndexedDB, and the code to read it) come after the first view is drawn.
      void this.userLayers.restore();
    });
    void this.source.listPlans().then((list) => (this.available = list), (error: Error) => (this.error = t('loadError', this.locale, { detail: error.message })));
  }

  override render() {
    return html`
      <header>
        <h1>${t('appTitle', this.locale)}</h1>
        <pm-search .items=${this.search.items} .locale=${this.locale} @pm-search-select=${(e: CustomEvent<{ id: number }>) => this.search.pick(e.detail.id)}
          @pm-search-focus=${() => void this.search.loadPlaces()}></pm-search>
 <pm-basemap-switcher .options=${listBasemapOptions(this.settings, this.basemap)} .value=${this.basemap} .locale=${this.locale}
          @pm-basemap-change=${(e: CustomEvent<{ value: string }>) => void this.chooseBasemap(e.detail.value, true)}></pm-basemap-switcher>
 <button class="share" data-action="embed" @click=${() => (this.isEmbedOpen = true)}>${t('embed', this.locale)}</button>
        <a class="share" data-action="present" href=${buildPresentUrl(this.view)}>${t('present', this.locale)}</a>
        <a class="share" data-action="compare" href=${buildCompareUrl(this.view)}>${t('compare', this.locale)}</a>
        <button class="lang" lang=${this.locale === 'zh' ? 'en' : 'zh'} aria-label=${t('languageLabel', this.locale)} @click=${this.toggleLocale}>${t('language', this.locale)}</button>
      </header>
      <aside>
        ${this.isLoading ? html`<p class="status" role="status">${t('loading', this.locale)}</p>` : nothing}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
        ${renderQuerySection(this.queries, this.allPlans, this.locale)}
        <pm-feature-card .feature=${this.selected?.feature.properties ?? null} .structure=${this.selected?.structure ?? null}
          .documentTitle=${this.selected?.plan.manifest.title[this.locale] ?? ''} .locale=${this.locale} .measures=${this.queries.measures}
          ?canCompare=${hasSeveralPoints(this.selected)}
          @pm-close=${() => this.select(null)} @pm-zoom=${this.zoomToSelection}
          @pm-nearby=${() => this.selected && void this.queries.nearby(this.selected)}
          @pm-distances=${() => this.selected && void this.queries.distances(this.selected)}
          @pm-export=${() => this.selected && exportFeatures([this.selected.feature], this.selected.feature.properties.id)}></pm-feature-card>
        <pm-layer-list .available=${this.available} .plans=${this.manifests(this.plans)} .hiddenPlans=${this.layers.hiddenPlans}
          .hiddenLayers=${this.layers.hiddenLayers} .schematic=${this.schematicLayers(this.plans)} .layerRoles=${this.layerRoles(this.plans)}
          .opacities=${this.layers.opacities} .locale=${this.locale}
          @pm-plan-toggle=${this.layers.onPlanToggle} @pm-layer-toggle=${this.layers.onLayerToggle} @pm-layer-opacity=${this.layers.onLayerOpacity}
          @pm-layer-zoom=${this.layers.onLayerZoom} @pm-structure-solo=${this.layers.onStructureSolo}
          @pm-layer-export=${this.layers.onLayerExport}></pm-layer-list>
        ${renderMyDataSection(this.userLayers, this.locale)}
        <pm-feature-list .groups=${this.featureGroups} .locale=${this.locale} @pm-feature-pick=${(e: CustomEvent<{ key: string }>) => this.select(e.detail.key, true)}></pm-feature-list>
      </aside>
      <div id="map"></div>
      ${this.isEmbedOpen ? html`<pm-embed-dialog .plan=${findSharedPlan(this.view)?.manifest.id ?? ''} .planTitle=${findSharedPlan(this.view)?.manifest.title[this.locale] ?? ''}
        .layers=${findVisibleLayerIds(findSharedPlan(this.view), this.layers.hiddenLayers)} .camera=${this.controller?.getCamera() ?? null} .locale=${this.locale}
        @pm-close=${() => (this.isEmbedOpen = false)}></pm-embed-dialog>` : nothing}`;
  }

  /** Brings the app to `state`: language, plans, visibility, selection and camera. */
  private async applyViewState(state: ViewState): Promise<void> {
    this.isRestoring = true;
    if (state.locale !== this.locale) this.setLocale(state.locale);
    void this.chooseBasemap(state.basemap ?? this.settings.defaultBasemap ?? 'embedded');
    this.layers.restore(state.hiddenPlans, state.hiddenLayers);
    await this.loadPlans(state.plans.filter((id) => !this.plans.some((p) => p.manifest.id === id)));
    this.layers.apply();
    this.select(state.selected);
    if (state.camera && this.controller) this.controller.jumpTo(state.camera);
    this.isRestoring = false;
  }

  private async loadPlans(ids: string[]): Promise<void> {
    const failures: string[] = [];
    this.isLoading = ids.length > 0;
    for (const id of ids) {
      try {
        const plan = await this.source.loadPlan(id);
        this.plans = [...this.plans, plan];
        await this.controller?.addPlan(plan);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    this.layers.apply();
    this.error = failures.length ? t('loadError', this.locale, { detail: failures.join('; ') }) : '';
    this.isLoading = false;
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (this.isRestoring || !this.controller) return;
    const state: ViewState = {
      plans: this.plans.map((p) => p.manifest.id), hiddenPlans: [...this.layers.hiddenPlans], hiddenLayers: [...this.layers.hiddenLayers],
      selected: this.selected ? `${this.selected.plan.manifest.id}/${this.selected.feature.properties.id}` : null,
      camera: this.controller.getCamera(), locale: this.locale, basemap: this.basemap === 'embedded' ? null : this.basemap,
    };
    const url = `${location.pathname}${formatViewState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Switches to the basemap `value` (a parameter value), saying so when it cannot be read. */
  private async chooseBasemap(value: string | null, isUserChoice = false): Promise<void> {
    if (!value || value === this.basemap) return;
    const config = parseBasemap(value);
    if (!config) {
      this.notice = t('basemapUnknown', this.locale, { value });
      return;
    }
    this.basemap = value;
    this.notice = datumOf(config) === 'gcj02' ? t('datumShifted', this.locale) : '';
    await this.controller?.setBasemap(config, this.dataUrl);
    this.updateAttribution();
    if (isUserChoice) this.writeUrl('push');
  }

  /** The attribution names the embedded basemap's source only while it is shown; the plans' disclaimer always. */
  private updateAttribution(): void {
    this.controller?.setAttribution(t(this.basemap === 'embedded' ? 'attribution' : 'attributionPlansOnly', this.locale));
  }

  private select(key: string | null, shouldZoom = false): void {
    this.selected = key ? findFeature(this.allPlans, key) : null;
    this.controller?.setSelection(this.selected?.feature.geometry ?? null);
    void this.queries.describe(this.selected);
    if (shouldZoom) this.zoomToSelection();
    this.writeUrl('push');
  }

  /** What sharing the view needs: plans, what is hidden, the selection, language and basemap. */
  private get view(): SharedView {
    return { plans: this.plans, hiddenPlans: this.layers.hiddenPlans, hiddenLayers: this.layers.hiddenLayers, selected: this.selected, locale: this.locale, basemap: this.basemap };
  }

  /** The bundled plans and the user's own layers. */
  private get allPlans(): LoadedPlan[] {
    return this.userLayers.plan ? [...this.plans, this.userLayers.plan] : this.plans;
  }

  private zoomToSelection(): void {
    const bounds = findBounds([this.selected?.feature.geometry ?? null]);
    if (bounds) this.controller?.fitBounds(bounds);
  }

  /** Values derived from the plans, worked out again only when their inputs change, not in every render. */
  private readonly manifests = memoizeLast((plans: LoadedPlan[]) => plans.map((p) => p.manifest));
  private readonly schematicLayers = memoizeLast(findSchematicLayers);
  private readonly layerRoles = memoizeLast(findLayerRoles);
  private readonly groups = memoizeLast((plans: LoadedPlan[], _hiddenPlans: Set<string>, _hiddenLayers: Set<string>, _records: unknown[], locale: Locale) =>
    buildFeatureGroups(plans, (plan, layer) => this.layers.isShown(plan, layer), locale));

  private get featureGroups(): FeatureListGroup[] {
    return this.groups(this.allPlans, this.layers.hiddenPlans, this.layers.hiddenLayers, this.userLayers.records, this.locale);
  }

  private setLocale(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    this.mapContainer.setAttribute('role', 'application');
    this.mapContainer.setAttribute('aria-label', t('appTitle', locale));
    this.controller?.setLocale(locale);
    this.updateAttribution();
  }

  private toggleLocale(): void {
    this.setLocale(this.locale === 'zh' ? 'en' : 'zh');
    this.writeUrl('push');
  }
}

