import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale, PlanManifest } from '../domain/plan';
import { ACCURACY_NAMES, CATEGORY_NAMES, t } from '../domain/i18n';

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
  }
}

/**
 * The plans, their structures and layers, each with a visibility checkbox.
 * @fires pm-layer-toggle when the user shows or hides a layer
 */
@customElement('pm-layer-list')
export class PmLayerList extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 14px; }
    h2 { font-size: 13px; margin: 0 0 6px; color: #555; font-weight: 600; }
    h3 { font-size: 15px; margin: 10px 0 4px; }
    .structure { margin: 6px 0 8px; }
    .slogan { font-weight: 600; }
    .category { color: #666; font-size: 12px; margin-left: 4px; }
    label { display: flex; align-items: center; gap: 6px; padding: 3px 0 3px 4px; cursor: pointer; }
    .swatch { width: 12px; height: 12px; border-radius: 50%; flex: none; }
    .schematic { font-size: 11px; color: #8a5a00; border: 1px dashed #c79a3a; border-radius: 3px; padding: 0 3px; }
    input:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
  `;

  @property({ attribute: false }) plans: PlanManifest[] = [];
  @property({ attribute: false }) hiddenLayers = new Set<string>();
  @property({ attribute: false }) colors: Record<string, string> = {};
  /** Keys (`plan/layer`) of layers whose features are all schematic. */
  @property({ attribute: false }) schematic = new Set<string>();
  @property() locale: Locale = 'zh';

  override render() {
    return html`<h2 id="layers-heading">${t('layers', this.locale)}</h2>
      <div role="group" aria-labelledby="layers-heading">${this.plans.map((plan) => this.renderPlan(plan))}</div>`;
  }

  private renderPlan(plan: PlanManifest) {
    return html`<h3>${plan.title[this.locale]}</h3>
      ${plan.structures.map((s) => html`<div class="structure">
        <span class="slogan">${s.slogan}</span><span class="category">${CATEGORY_NAMES[s.category][this.locale]}</span>
        ${s.layers.map((layer) => this.renderLayer(plan.id, layer.id, layer.title[this.locale], this.colors[s.category] ?? '#888'))}
      </div>`)}`;
  }

  private renderLayer(plan: string, layer: string, title: string, color: string) {
    const key = `${plan}/${layer}`;
    const isSchematic = this.schematic.has(key);
    return html`<label>
      <input type="checkbox" .checked=${!this.hiddenLayers.has(key)} @change=${(e: Event) => this.toggle(plan, layer, (e.target as HTMLInputElement).checked)} />
      <span class="swatch" style="background:${color}"></span>${title}
      ${isSchematic ? html`<span class="schematic">${ACCURACY_NAMES.schematic[this.locale]}</span>` : ''}
    </label>`;
  }

  private toggle(plan: string, layer: string, isVisible: boolean) {
    this.dispatchEvent(new CustomEvent<LayerToggleDetail>('pm-layer-toggle', { detail: { plan, layer, isVisible }, bubbles: true, composed: true }));
  }
}
