import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale, LocalizedText, PlanManifest } from '../domain/plan';
import { ACCURACY_NAMES, CATEGORY_NAMES, t } from '../domain/i18n';

/** A plan that can be shown, loaded or not. */
export interface PlanEntry {
  id: string;
  title: LocalizedText;
}

/** Detail of `pm-plan-toggle`. */
export interface PlanToggleDetail {
  plan: string;
  isVisible: boolean;
}

/** Detail of `pm-layer-toggle`. */
export interface LayerToggleDetail {
  plan: string;
  layer: string;
  isVisible: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-layer-list': PmLayerList;
  }
  interface HTMLElementEventMap {
    'pm-layer-toggle': CustomEvent<LayerToggleDetail>;
    'pm-plan-toggle': CustomEvent<PlanToggleDetail>;
  }
}

/**
 * The plans, their structures and layers, each with a visibility checkbox.
 * @fires pm-plan-toggle when the user shows or hides a whole plan
 * @fires pm-layer-toggle when the user shows or hides a layer
 */
@customElement('pm-layer-list')
export class PmLayerList extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 14px; }
    h2 { font-size: 13px; margin: 0 0 6px; color: #555; font-weight: 600; }
    h3 { font-size: 15px; margin: 10px 0 4px; }
    label.plan { font-weight: 600; font-size: 15px; padding-left: 0; }
    .plan-body { margin-left: 18px; }
    .structure { margin: 6px 0 8px; }
    .slogan { font-weight: 600; }
    .category { color: #666; font-size: 12px; margin-left: 4px; }
    label { display: flex; align-items: center; gap: 6px; padding: 3px 0 3px 4px; cursor: pointer; }
    .swatch { width: 12px; height: 12px; border-radius: 50%; flex: none; }
    .schematic { font-size: 11px; color: #8a5a00; border: 1px dashed #c79a3a; border-radius: 3px; padding: 0 3px; }
    input:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
  `;

  /** Every plan the site offers. */
  @property({ attribute: false }) available: PlanEntry[] = [];
  /** The plans loaded so far. */
  @property({ attribute: false }) plans: PlanManifest[] = [];
  /** Ids of loaded plans the user has hidden. */
  @property({ attribute: false }) hiddenPlans = new Set<string>();
  @property({ attribute: false }) hiddenLayers = new Set<string>();
  @property({ attribute: false }) colors: Record<string, string> = {};
  /** Keys (`plan/layer`) of layers whose features are all schematic. */
  @property({ attribute: false }) schematic = new Set<string>();
  @property() locale: Locale = 'zh';

  override render() {
    return html`<h2 id="layers-heading">${t('layers', this.locale)}</h2>
      <div role="group" aria-labelledby="layers-heading">${this.available.map((entry) => this.renderEntry(entry))}</div>`;
  }

  private renderEntry(entry: PlanEntry) {
    const plan = this.plans.find((p) => p.id === entry.id);
    const isShown = !!plan && !this.hiddenPlans.has(entry.id);
    return html`<section data-plan=${entry.id}>
      <label class="plan"><input type="checkbox" .checked=${isShown}
        @change=${(e: Event) => this.togglePlan(entry.id, (e.target as HTMLInputElement).checked)} />${entry.title[this.locale]}</label>
      ${plan && isShown ? html`<div class="plan-body">${this.renderPlan(plan)}</div>` : ''}
    </section>`;
  }

  private renderPlan(plan: PlanManifest) {
    return html`
      ${plan.structures.map((s) => html`<div class="structure">
        <span class="slogan">${s.slogan}</span><span class="category">${CATEGORY_NAMES[s.category][this.locale]}</span>
        ${s.layers.map((layer) => this.renderLayer(plan.id, layer.id, layer.title[this.locale], this.colors[s.category] ?? '#888'))}
      </div>`)}`;
  }

  private renderLayer(plan: string, layer: string, title: string, color: string) {
    const key = `${plan}/${layer}`;
    const isSchematic = this.schematic.has(key);
    return html`<label>
      <input type="checkbox" data-layer=${key} .checked=${!this.hiddenLayers.has(key)} @change=${(e: Event) => this.toggle(plan, layer, (e.target as HTMLInputElement).checked)} />
      <span class="swatch" style="background:${color}"></span>${title}
      ${isSchematic ? html`<span class="schematic">${ACCURACY_NAMES.schematic[this.locale]}</span>` : ''}
    </label>`;
  }

  private togglePlan(plan: string, isVisible: boolean) {
    this.dispatchEvent(new CustomEvent<PlanToggleDetail>('pm-plan-toggle', { detail: { plan, isVisible }, bubbles: true, composed: true }));
  }

  private toggle(plan: string, layer: string, isVisible: boolean) {
    this.dispatchEvent(new CustomEvent<LayerToggleDetail>('pm-layer-toggle', { detail: { plan, layer, isVisible }, bubbles: true, composed: true }));
  }
}
