import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { LoadedPlan } from '../domain/plan';
import { t } from '../domain/i18n';
import { FetchPlanSource } from '../data/plan-source';
import { MapController } from '../map/map-controller';
import { formatFullMapUrl } from '../embed/embed-links';
import { commandForKey, type PresentCommand } from './present-keys';
import { parsePresentParams, presentText } from './present-params';
import { presentStyles } from './present-styles';
import { fitMapToScreen } from './screen-scale';
import { clampStop, findStopHighlight, findStopLayers, flattenTour, type TourStop } from './tour';

declare global {
  interface HTMLElementTagNameMap {
    'planmap-present': PlanmapPresent;
  }
}

/**
 * Presentation mode, `present.html?plan=…[&step=n][&autoplay=seconds][&lang=en]`: plays the plan's
 * tour (every structure's steps in order) full screen with large captions. Clicker keys move
 * through it, digits and Enter jump, Esc goes back to the full app at the current view.
 */
@customElement('planmap-present')
export class PlanmapPresent extends LitElement {
  static override styles = presentStyles;

  /** The map controller, public so that tests can reach the map. */
  controller?: MapController;

  @state() private plan: LoadedPlan | null = null;
  @state() private stops: TourStop[] = [];
  @state() private current = 0;
  @state() private typed = '';
  @state() private error = '';
  @state() private isHelpShown = true;
  @query('#map') private mapContainer!: HTMLElement;
  @query('.stage') private stage!: HTMLElement;

  private readonly params = parsePresentParams(location.search);
  private readonly dataUrl = new URL('data/', document.baseURI).href;
  private readonly resizeObserver = new ResizeObserver(() => this.fitMap());
  private autoplayTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onKeyDown = (e: KeyboardEvent) => this.handleKey(e);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.resizeObserver.disconnect();
    clearTimeout(this.autoplayTimer);
  }

  override render() {
    const locale = this.params.locale;
    if (this.error) return html`<p class="message" role="alert">${this.error}</p>`;
    return html`
      <div class="stage"><div id="map" role="region" aria-label=${presentText('mapLabel', locale)}></div>
        <p class="badge title">${this.plan?.manifest.title[locale] ?? presentText('loading', locale)}</p>
        ${this.renderIndicator()}
        ${this.isHelpShown ? html`<p class="badge help">${presentText('help', locale)}</p>` : nothing}
      </div>
      ${this.renderCaption()}`;
  }

  private renderIndicator() {
    if (!this.stops.length) return nothing;
    const label = presentText('stepOf', this.params.locale, { n: this.current + 1, total: this.stops.length });
    return html`<p class="badge indicator" aria-label=${label}>${this.current + 1} / ${this.stops.length}${this.typed ? html`<span class="typed">→ ${this.typed}</span>` : nothing}</p>`;
  }

  private renderCaption() {
    const stop = this.stops[this.current];
    if (!stop) return nothing;
    const locale = this.params.locale;
    return html`<footer class="caption" aria-live="polite">
      <p class="structure"><span class="slogan">${stop.structure.slogan}</span><span class="name">${stop.structure.name[locale]}</span></p>
      <p class="text" lang=${locale === 'zh' ? 'zh-CN' : 'en'}>${stop.step.caption[locale]}</p>
    </footer>`;
  }

  override firstUpdated(): void {
    document.documentElement.lang = this.params.locale === 'zh' ? 'zh-CN' : 'en';
    this.isHelpShown = this.params.autoplaySeconds === null;
    if (!this.params.plan) {
      this.error = presentText('missingPlan', this.params.locale);
      return;
    }
    void this.start();
  }

  private async start(): Promise<void> {
    const loading = new FetchPlanSource(this.dataUrl).loadPlan(this.params.plan);
    this.controller = new MapController({ container: this.mapContainer, dataUrl: this.dataUrl, camera: { center: [107.4, 28.3], zoom: 6.3 }, locale: this.params.locale });
    this.controller.setAttribution(t('attribution', this.params.locale));
    this.resizeObserver.observe(this.stage);
    try {
      this.plan = await loading;
    } catch (error) {
      this.error = presentText('loadError', this.params.locale, { plan: this.params.plan, detail: (error as Error).message });
      return;
    }
    const stops = flattenTour(this.plan.manifest);
    if (!stops.length) {
      this.error = presentText('emptyTour', this.params.locale);
      return;
    }
    await this.controller.addPlan(this.plan);
    this.stops = stops;
    this.showStop(this.params.stop, false);
  }

  private fitMap(): void {
    if (this.controller) fitMapToScreen(this.controller, this.mapContainer, this.stage);
  }

  private handleKey(e: KeyboardEvent): void {
    const command = commandForKey(e);
    if (!command || !this.stops.length) return;
    e.preventDefault();
    e.stopPropagation();
    this.isHelpShown = false;
    this.run(command);
  }

  private run(command: PresentCommand): void {
    switch (command.kind) {
      case 'next': return this.showStop(this.current + 1);
      case 'previous': return this.showStop(this.current - 1);
      case 'first': return this.showStop(0);
      case 'last': return this.showStop(this.stops.length - 1);
      case 'digit': this.typed = (this.typed + command.digit).slice(-3); return;
      case 'enter': return this.jumpToTyped();
      case 'leave': return this.leave();
      case 'fullscreen': return this.toggleFullscreen();
    }
  }

  private jumpToTyped(): void {
    const n = Number(this.typed);
    this.typed = '';
    if (n >= 1) this.showStop(n - 1);
  }

  /** Shows stop `index`: its layers (the others hidden), its features highlighted, the camera flown there. */
  private showStop(index: number, isAnimated = true): void {
    const plan = this.plan;
    const controller = this.controller;
    if (!plan || !controller || !this.stops.length) return;
    this.current = clampStop(index, this.stops.length);
    const stop = this.stops[this.current];
    const shown = new Set(findStopLayers(stop));
    for (const layer of plan.manifest.structures.flatMap((s) => s.layers)) controller.setLayerVisible(plan.manifest.id, layer.id, shown.has(layer.id));
    controller.setSelection(findStopHighlight(plan, stop));
    if (isAnimated) controller.flyTo(stop.step.camera);
    else controller.jumpTo(stop.step.camera);
    this.writeStep();
    this.scheduleAutoplay();
  }

  private writeStep(): void {
    const query = new URLSearchParams(location.search);
    query.set('step', String(this.current + 1));
    history.replaceState(null, '', `${location.pathname}?${query.toString().replace(/%2C/g, ',')}`);
  }

  /** On unattended screens, moves on after the set time, and from the last stop back to the first. */
  private scheduleAutoplay(): void {
    clearTimeout(this.autoplayTimer);
    const seconds = this.params.autoplaySeconds;
    if (!seconds) return;
    this.autoplayTimer = setTimeout(() => this.showStop((this.current + 1) % this.stops.length), seconds * 1000);
  }

  private leave(): void {
    if (this.typed) {
      this.typed = '';
      return;
    }
    const camera = this.controller?.getCamera() ?? null;
    location.assign(formatFullMapUrl({ plan: this.params.plan, camera, locale: this.params.locale }));
  }

  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }
}
