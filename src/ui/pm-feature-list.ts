import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Accuracy, Locale, Role } from '../domain/plan';
import { ACCURACY_NAMES, ROLE_NAMES } from '../domain/i18n';

/** One structure's features as the list shows them. */
export interface FeatureListGroup {
  title: string;
  features: { key: string; label: string; role: Role; accuracy: Accuracy }[];
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-feature-list': PmFeatureList;
  }
  interface HTMLElementEventMap {
    'pm-feature-pick': CustomEvent<{ key: string }>;
  }
}

const LABELS = { heading: { zh: '要素列表(文字版地图)', en: 'Feature list (the map as text)' } };

/**
 * The visible plan features as a keyboard-friendly list: the text alternative to the map.
 * @fires pm-feature-pick with the key of the feature the user chose
 */
@customElement('pm-feature-list')
export class PmFeatureList extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 13px; }
    summary { cursor: pointer; font-weight: 600; color: #444; }
    h3 { font-size: 13px; margin: 8px 0 2px; }
    ul { margin: 0; padding-left: 4px; list-style: none; }
    button { font: inherit; border: 0; background: none; padding: 2px 0; cursor: pointer; text-align: left; color: #1f4f8a; }
    button:hover { text-decoration: underline; }
    button:focus-visible { outline: 2px solid #1f5fa8; }
    .meta { color: #777; font-size: 12px; }
  `;

  @property({ attribute: false }) groups: FeatureListGroup[] = [];
  @property() locale: Locale = 'zh';

  override render() {
    return html`<details><summary>${LABELS.heading[this.locale]}</summary>
      ${this.groups.map((g) => html`<h3>${g.title}</h3><ul>${g.features.map((f) => html`<li>
        <button @click=${() => this.pick(f.key)}>${f.label}</button>
        <span class="meta">${ROLE_NAMES[f.role]?.[this.locale] ?? f.role} · ${ACCURACY_NAMES[f.accuracy]?.[this.locale] ?? f.accuracy}</span></li>`)}</ul>`)}
    </details>`;
  }

  private pick(key: string) {
    this.dispatchEvent(new CustomEvent('pm-feature-pick', { detail: { key }, bubbles: true, composed: true }));
  }
}
