import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale, LocalizedText, PlanManifest, Role, Structure } from '../domain/plan';
import { ACCURACY_NAMES, CATEGORY_NAMES, ROLE_NAMES, t } from '../domain/i18n';
import { CATEGORY_COLORS } from '../domain/symbology';
import { renderLegendSwatch } from './pm-legend-swatch';

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

/** Detail of `pm-layer-opacity`. */
export interface LayerOpacityDetail {
  plan: string;
  layer: string;
  opacity: number;
}

/** Detail of `pm-layer-zoom` (layer set) and `pm-structure-solo` (structure set). */
export interface LayerTargetDetail {
  plan: string;
  layer?: string;
  structure?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-layer-list': PmLayerList;
  }
  interface HTMLElementEventMap {
    'pm-layer-toggle': CustomEvent<LayerToggleDetail>;
    'pm-plan-toggle': CustomEvent<PlanToggleDetail>;
    'pm-layer-opacity': CustomEvent<LayerOpacityDetail>;
    'pm-layer-zoom': CustomEvent<LayerTargetDetail>;
    'pm-structure-solo': CustomEvent<LayerTargetDetail>;
    'pm-layer-export': CustomEvent<LayerTargetDetail>;
  }
}

const LABELS = {
  zoomTo: { zh: '缩放至', en: 'Zoom to' },
  solo: { zh: '只看此结构', en: 'Show only this structure' },
  opacity: { zh: '不透明度', en: 'Opacity' },
  export: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
};

/**
 * The plans, their structures and layers: visibility, opacity, zoom-to and "only this structure",
 * with a legend symbol per role drawn from the map's own symbology.
 * @fires pm-plan-toggle when the user shows or hides a whole plan
 * @fires pm-layer-toggle when the user shows or hides a layer
 * @fires pm-layer-opacity when the user moves a layer's opacity slider
 * @fires pm-layer-zoom when the user asks to see a whole layer
 * @fires pm-structure-solo when the user asks to see only one structure
 * @fires pm-layer-export when the user asks for a layer as GeoJSON
 */
@customElement('pm-layer-list')
export class PmLayerList extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 14px; }
    h2 { font-size: 13px; margin: 0 0 6px; color: #555; font-weight: 600; }
    .structure { margin: 6px 0 10px; }
    .structure-head { display: flex; align-items: baseline; gap: 4px; flex-wrap: wrap; }
    .slogan { font-weight: 600; }
    .category { color: #666; font-size: 12px; }
    label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
    label.plan { font-weight: 600; font-size: 15px; margin: 8px 0 2px; }
    .plan-body { margin-left: 18px; }
    .layer { padding: 2px 0 2px 4px; }
    .layer-row { display: flex; align-items: center; gap: 4px; }
    .layer-row label { flex: 1; }
    .legend { display: flex; flex-wrap: wrap; gap: 2px 8px; margin: 1px 0 0 26px; font-size: 12px; color: #555; }
    .legend span { display: inline-flex; align-items: center; gap: 3px; }
    .schematic { font-size: 11px; color: #8a5a00; border: 1px dashed #c79a3a; border-radius: 3px; padding: 0 3px; }
    button { font: inherit; font-size: 12px; border: 1px solid #ccc; background: #fafafa; border-radius: 3px; padding: 0 5px; cursor: pointer; }
    input[type='range'] { width: 70px; }
    input:focus-visible, button:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
  `;

  /** Every plan the site offers. */
  @property({ attribute: false }) available: PlanEntry[] = [];
  /** The plans loaded so far. */
  @property({ attribute: false }) plans: PlanManifest[] = [];
  /** Ids of loaded plans the user has hidden. */
  @property({ attribute: false }) hiddenPlans = new Set<string>();
  /** Keys (`plan/layer`) of hidden layers. */
  @property({ attribute: false }) hiddenLayers = new Set<string>();
  /** Keys (`plan/layer`) of layers whose features are all schematic. */
  @property({ attribute: false }) schematic = new Set<string>();
  /** The roles present in each layer (`plan/layer`), for its legend. */
  @property({ attribute: false }) layerRoles = new Map<string, Role[]>();
  /** Opacity (0–1) of each layer that is not fully opaque. */
  @property({ attribute: false }) opacities = new Map<string, number>();
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
        @change=${(e: Event) => this.emit('pm-plan-toggle', { plan: entry.id, isVisible: (e.target as HTMLInputElement).checked })} />${entry.title[this.locale]}</label>
      ${plan && isShown ? html`<div class="plan-body">${plan.structures.map((s) => this.renderStructure(plan.id, s))}</div>` : nothing}
    </section>`;
  }

  private renderStructure(plan: string, s: Structure) {
    return html`<div class="structure" data-structure=${s.id}>
      <div class="structure-head"><span class="slogan">${s.slogan}</span><span class="category">${CATEGORY_NAMES[s.category][this.locale]}</span>
        <button title=${LABELS.solo[this.locale]} aria-label="${LABELS.solo[this.locale]}: ${s.slogan}"
          @click=${() => this.emit('pm-structure-solo', { plan, structure: s.id })}>${LABELS.solo[this.locale]}</button></div>
      ${s.layers.map((layer) => this.renderLayer(plan, layer.id, layer.title[this.locale], layer.style?.color ?? CATEGORY_COLORS[s.category]))}
    </div>`;
  }

  private renderLayer(plan: string, layer: string, title: string, color: string) {
    const key = `${plan}/${layer}`;
    const isSchematic = this.schematic.has(key);
    const opacity = this.opacities.get(key) ?? 1;
    return html`<div class="layer">
      <div class="layer-row">
        <label><input type="checkbox" data-layer=${key} .checked=${!this.hiddenLayers.has(key)}
          @change=${(e: Event) => this.emit('pm-layer-toggle', { plan, layer, isVisible: (e.target as HTMLInputElement).checked })} />
          ${title} ${isSchematic ? html`<span class="schematic">${ACCURACY_NAMES.schematic[this.locale]}</span>` : nothing}</label>
        <input type="range" min="0" max="100" step="10" .value=${String(Math.round(opacity * 100))} aria-label="${LABELS.opacity[this.locale]}: ${title}"
          @input=${(e: Event) => this.emit('pm-layer-opacity', { plan, layer, opacity: Number((e.target as HTMLInputElement).value) / 100 })} />
        <button aria-label="${LABELS.zoomTo[this.locale]}: ${title}" title=${LABELS.zoomTo[this.locale]} @click=${() => this.emit('pm-layer-zoom', { plan, layer })}>⤢</button>
        <button class="export" aria-label="${LABELS.export[this.locale]}: ${title}" title=${LABELS.export[this.locale]} @click=${() => this.emit('pm-layer-export', { plan, layer })}>↓</button>
      </div>
      <div class="legend">${(this.layerRoles.get(key) ?? []).map((role) => html`<span>${renderLegendSwatch(role, color, isSchematic)}${ROLE_NAMES[role][this.locale]}</span>`)}</div>
    </div>`;
  }

  private emit<K extends 'pm-plan-toggle' | 'pm-layer-toggle' | 'pm-layer-opacity' | 'pm-layer-zoom' | 'pm-structure-solo' | 'pm-layer-export'>(type: K, detail: HTMLElementEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
