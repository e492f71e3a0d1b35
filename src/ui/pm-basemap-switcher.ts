import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale, LocalizedText } from '../domain/plan';

/** A basemap the user can pick: its parameter value and its name. */
export interface BasemapOption {
  value: string;
  label: LocalizedText;
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-basemap-switcher': PmBasemapSwitcher;
  }
  interface HTMLElementEventMap {
    'pm-basemap-change': CustomEvent<{ value: string }>;
  }
}

const LABEL: LocalizedText = { zh: '底图', en: 'Basemap' };

/**
 * A drop-down of the basemaps this deployment offers.
 * @fires pm-basemap-change with the parameter value of the chosen basemap
 */
@customElement('pm-basemap-switcher')
export class PmBasemapSwitcher extends LitElement {
  static override styles = css`
    :host { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; }
    select { font: inherit; padding: 2px 4px; border: 1px solid #bbb; border-radius: 4px; background: #fafafa; }
    select:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 1px; }
  `;

  @property({ attribute: false }) options: BasemapOption[] = [];
  @property() value = 'embedded';
  @property() locale: Locale = 'zh';

  override render() {
    return html`<label for="basemap">${LABEL[this.locale]}</label>
      <select id="basemap" .value=${this.value} @change=${this.onChange}>
        ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === this.value}>${o.label[this.locale]}</option>`)}
      </select>`;
  }

  private onChange(e: Event) {
    this.dispatchEvent(new CustomEvent('pm-basemap-change', { detail: { value: (e.target as HTMLSelectElement).value }, bubbles: true, composed: true }));
  }
}
