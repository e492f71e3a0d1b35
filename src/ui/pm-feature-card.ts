import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Figure, Locale, PlanFeatureProperties, Structure } from '../domain/plan';
import { ACCURACY_NAMES, CATEGORY_NAMES, ROLE_NAMES, formatNumber, t } from '../domain/i18n';

declare global {
  interface HTMLElementTagNameMap {
    'pm-feature-card': PmFeatureCard;
  }
  interface HTMLElementEventMap {
    'pm-close': CustomEvent<void>;
    'pm-zoom': CustomEvent<void>;
    'pm-nearby': CustomEvent<void>;
    'pm-distances': CustomEvent<void>;
    'pm-export': CustomEvent<void>;
  }
}

/**
 * What the plan says about one feature: name, role, structure, the quote with its line, the
 * accuracy with its reason, and the figures the plan attaches. All text is rendered as text.
 * @fires pm-close when the user closes the card
 * @fires pm-zoom when the user asks to see the whole feature
 * @fires pm-nearby when the user asks what lies near the feature
 * @fires pm-distances when the user asks for the distances between the points of its structure
 * @fires pm-export when the user asks for the feature as GeoJSON
 */
@customElement('pm-feature-card')
export class PmFeatureCard extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 14px; line-height: 1.5; }
    header { display: flex; align-items: start; justify-content: space-between; gap: 8px; }
    h2 { margin: 0; font-size: 18px; }
    .sub { color: #555; font-size: 13px; margin: 0; }
    .meta { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
    .tag { font-size: 12px; border-radius: 3px; padding: 1px 6px; background: #f0eee9; }
    .accuracy-schematic { background: #fff4dc; border: 1px dashed #c79a3a; }
    .accuracy-approximate { background: #eef4fb; }
    .accuracy-surveyed { background: #e8f5e9; }
    blockquote { margin: 6px 0; padding: 6px 10px; border-left: 3px solid #c0392b; background: #faf8f5; }
    cite { display: block; font-style: normal; color: #666; font-size: 12px; margin-top: 2px; }
    h3 { font-size: 13px; margin: 12px 0 4px; color: #444; }
    table { border-collapse: collapse; width: 100%; font-size: 13px; }
    td { padding: 2px 4px; border-bottom: 1px solid #eee; }
    td.value { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    button { border: 0; background: none; font-size: 20px; line-height: 1; cursor: pointer; padding: 2px 6px; }
    button:focus-visible { outline: 2px solid #1f5fa8; }
    .actions { display: flex; gap: 6px; margin-top: 10px; flex-wrap: wrap; }
    button.action { font-size: 13px; border: 1px solid #bbb; border-radius: 4px; background: #fafafa; padding: 3px 10px; }
  `;

  @property({ attribute: false }) feature: PlanFeatureProperties | null = null;
  @property({ attribute: false }) structure: Structure | null = null;
  @property() documentTitle = '';
  @property() locale: Locale = 'zh';
  /** Area, perimeter or length of the feature, measured by the host. */
  @property({ attribute: false }) measures: { label: string; value: string }[] = [];
  /** Whether the structure has several points to measure between. */
  @property({ type: Boolean }) canCompare = false;

  override render() {
    const f = this.feature;
    if (!f) return html`<p class="sub">${t('noSelection', this.locale)}</p>`;
    const other: Locale = this.locale === 'zh' ? 'en' : 'zh';
    return html`<article aria-labelledby="card-title">
      <header>
        <div><h2 id="card-title">${f.name[this.locale]}</h2><p class="sub">${f.name[other]}</p></div>
        <button aria-label=${t('close', this.locale)} @click=${this.close}>×</button>
      </header>
      <div class="meta">
        <span class="tag">${t('role', this.locale)}: ${ROLE_NAMES[f.role]?.[this.locale] ?? f.role}</span>
        ${this.structure ? html`<span class="tag">${t('structure', this.locale)}: ${this.structure.slogan} · ${CATEGORY_NAMES[this.structure.category][this.locale]}</span>` : nothing}
        <span class="tag accuracy-${f.accuracy}">${t('accuracy', this.locale)}: ${ACCURACY_NAMES[f.accuracy]?.[this.locale] ?? f.accuracy}</span>
      </div>
      <p class="sub accuracy-note">${f.accuracyNote[this.locale]}</p>
      ${f.provenance.length ? html`<h3>${t('source', this.locale)}</h3>` : nothing}
      ${f.provenance.map((p) => html`<blockquote><span class="quote">${p.quote}</span>
        <cite>${this.documentTitle} · ${t('line', this.locale, { n: p.line })}</cite></blockquote>`)}
      ${f.figures?.length ? this.renderFigures(f.figures) : nothing}
      ${this.renderUserProperties(f)}
      ${this.measures.length ? html`<h3>${t('measures', this.locale)}</h3><table class="measures"><tbody>${this.measures.map((m) => html`<tr><td>${m.label}</td><td class="value">${m.value}</td></tr>`)}</tbody></table>` : nothing}
      <div class="actions">
        <button class="action" data-action="zoom" @click=${() => this.emit('pm-zoom')}>${t('zoomToFeature', this.locale)}</button>
        <button class="action" data-action="nearby" @click=${() => this.emit('pm-nearby')}>${t('findNearby', this.locale)}</button>
        ${this.canCompare ? html`<button class="action" data-action="distances" @click=${() => this.emit('pm-distances')}>${t('structureDistances', this.locale)}</button>` : nothing}
        <button class="action" data-action="export" @click=${() => this.emit('pm-export')}>${t('exportGeojson', this.locale)}</button>
      </div>
    </article>`;
  }

  private renderFigures(figures: Figure[]) {
    return html`<h3>${t('figures', this.locale)}</h3>
      <table><tbody>${figures.map((g) => html`<tr>
        <td>${g.label[this.locale]}${g.year ? html` (${t('year', this.locale, { year: g.year })})` : nothing}</td>
        <td class="value">${formatNumber(g.value, this.locale)} ${g.unit}</td></tr>`)}</tbody></table>`;
  }

  /** The attributes of an imported feature, as text. */
  private renderUserProperties(f: PlanFeatureProperties) {
    const own = (f as PlanFeatureProperties & { userProperties?: Record<string, unknown> }).userProperties;
    const entries = own ? Object.entries(own) : [];
    if (!entries.length) return nothing;
    return html`<h3>${t('attributes', this.locale)}</h3><table class="attributes"><tbody>${entries.map(([k, v]) => html`<tr>
      <td>${k}</td><td class="value">${typeof v === 'object' ? JSON.stringify(v) : String(v)}</td></tr>`)}</tbody></table>`;
  }

  private close() {
    this.emit('pm-close');
  }

  private emit(type: 'pm-close' | 'pm-zoom' | 'pm-nearby' | 'pm-distances' | 'pm-export') {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }
}
