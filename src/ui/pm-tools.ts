import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale } from '../domain/plan';
import { t } from '../domain/i18n';

/** A tool of the toolbar. */
export type ToolName = 'linestring' | 'polygon' | 'nearest' | 'radius' | 'image' | 'print';

declare global {
  interface HTMLElementTagNameMap {
    'pm-tools': PmTools;
  }
  interface HTMLElementEventMap {
    'pm-tool': CustomEvent<{ tool: ToolName }>;
    'pm-radius-change': CustomEvent<{ km: number }>;
  }
}

/**
 * The measuring and proximity tools, with the live measures of the shape being drawn.
 * @fires pm-tool with the tool the user switched on or off
 * @fires pm-radius-change with the radius (km) of "nearby" and the radius click mode, once it is valid
 */
@customElement('pm-tools')
export class PmTools extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 13px; }
    .bar { display: flex; gap: 6px; flex-wrap: wrap; }
    button { font: inherit; border: 1px solid #bbb; border-radius: 4px; background: #fafafa; padding: 2px 8px; cursor: pointer; }
    button[aria-pressed='true'] { background: #1f5fa8; color: #fff; border-color: #1f5fa8; }
    button:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
    .readout { margin-top: 6px; padding: 6px 8px; background: #f4f7fb; border-radius: 4px; }
    .readout div { font-variant-numeric: tabular-nums; }
    .hint { color: #666; font-size: 12px; margin: 4px 0 0; }
    .radius { display: inline-flex; align-items: center; gap: 4px; }
    .radius input { width: 4.5em; font: inherit; }
    .radius input:invalid { border-color: #a4261d; }
    .error { color: #a4261d; font-size: 12px; margin: 4px 0 0; }
  `;

  @property() locale: Locale = 'zh';
  @property() measureMode: 'linestring' | 'polygon' | null = null;
  @property({ type: Boolean }) isNearestMode = false;
  @property({ type: Boolean }) isRadiusMode = false;
  @property({ type: Number }) radiusKm = 5;
  @state() private radiusError = '';
  @property({ attribute: false }) drawnMeasures: { label: string; value: string }[] = [];

  override render() {
    const button = (tool: ToolName, label: string, isOn: boolean) =>
      html`<button data-tool=${tool} aria-pressed=${isOn ? 'true' : 'false'} @click=${() => this.emit(tool)}>${label}</button>`;
    return html`<div class="bar" role="toolbar">
        ${button('linestring', t('measureLine', this.locale), this.measureMode === 'linestring')}
        ${button('polygon', t('measureArea', this.locale), this.measureMode === 'polygon')}
        ${button('nearest', t('nearestMode', this.locale), this.isNearestMode)}
        ${button('radius', t('radiusMode', this.locale), this.isRadiusMode)}
        <label class="radius">${t('radiusLabel', this.locale)}
          <input type="number" min="0.1" max="500" step="any" inputmode="decimal" .value=${String(this.radiusKm)} @change=${this.onRadius}></label>
        <button data-tool="image" @click=${() => this.emit('image')}>${t('exportImage', this.locale)}</button>
        <button data-tool="print" title=${t('exportPrintHint', this.locale)} @click=${() => this.emit('print')}>${t('exportPrint', this.locale)}</button>
      </div>
      ${this.radiusError ? html`<p class="error" role="alert">${this.radiusError}</p>` : nothing}
      ${this.measureMode ? html`<p class="hint">${t('measureHint', this.locale)}</p>` : nothing}
      ${this.isRadiusMode ? html`<p class="hint">${t('radiusHint', this.locale, { km: this.radiusKm })}</p>` : nothing}
      ${this.drawnMeasures.length ? html`<div class="readout" role="status" aria-live="polite"><strong>${t('drawnShape', this.locale)}</strong>
        ${this.drawnMeasures.map((m) => html`<div>${m.label}: ${m.value}</div>`)}</div>` : nothing}`;
  }

  private onRadius(e: Event): void {
    const input = e.target as HTMLInputElement;
    const km = Number(input.value.trim());
    if (input.value.trim() === '' || !Number.isFinite(km) || km < 0.1 || km > 500) {
      this.radiusError = t('radiusInvalid', this.locale, { value: input.value });
      return;
    }
    this.radiusError = '';
    this.dispatchEvent(new CustomEvent('pm-radius-change', { detail: { km }, bubbles: true, composed: true }));
  }

  private emit(tool: ToolName) {
    this.dispatchEvent(new CustomEvent('pm-tool', { detail: { tool }, bubbles: true, composed: true }));
  }
}
