import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale, LocalizedText } from '../domain/plan';

/** One thing search can find; `id` is what the event hands back. */
export interface SearchItem {
  id: number;
  kind: 'plan' | 'structure' | 'feature' | 'place';
  label: string;
  detail: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-search': PmSearch;
  }
  interface HTMLElementEventMap {
    'pm-search-select': CustomEvent<{ id: number }>;
    'pm-search-focus': CustomEvent<void>;
  }
}

const KIND_NAMES: Record<SearchItem['kind'], LocalizedText> = {
  plan: { zh: '规划', en: 'Plan' },
  structure: { zh: '结构', en: 'Structure' },
  feature: { zh: '要素', en: 'Feature' },
  place: { zh: '地名', en: 'Place' },
};

const LABELS = {
  placeholder: { zh: '搜索规划、结构、要素或地名', en: 'Search plans, structures, features, places' },
  none: { zh: '没有找到', en: 'Nothing found' },
};

const MAX_RESULTS = 8;

/**
 * A search box with a list of matches (an ARIA combobox): arrows move, Enter picks, Escape closes.
 * @fires pm-search-focus when the box first gets focus, so the host can load what search needs
 * @fires pm-search-select with the id of the item the user picked
 */
@customElement('pm-search')
export class PmSearch extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; }
    input { width: 100%; box-sizing: border-box; font: inherit; padding: 6px 8px; border: 1px solid #bbb; border-radius: 4px; }
    input:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 1px; }
    ul { list-style: none; margin: 2px 0 0; padding: 0; border: 1px solid #ccc; border-radius: 4px; background: #fff; position: absolute; z-index: 5; left: 0; right: 0; max-height: 320px; overflow: auto; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
    li { padding: 5px 8px; cursor: pointer; display: flex; gap: 6px; align-items: baseline; }
    li[aria-selected='true'], li:hover { background: #e8f0fb; }
    .kind { font-size: 11px; color: #fff; background: #777; border-radius: 3px; padding: 0 4px; flex: none; }
    .detail { font-size: 12px; color: #666; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  `;

  @property({ attribute: false }) items: SearchItem[] = [];
  @property() locale: Locale = 'zh';
  @state() private query = '';
  @state() private active = 0;
  @state() private isOpen = false;

  /** The items that match the query: names that start with it first, then names that contain it. */
  get results(): SearchItem[] {
    const q = this.query.trim().toLowerCase();
    if (!q) return [];
    const hits = this.items.filter((i) => i.label.toLowerCase().includes(q) || i.detail.toLowerCase().includes(q));
    const rank = (i: SearchItem) => (i.label.toLowerCase().startsWith(q) ? 0 : i.label.toLowerCase().includes(q) ? 1 : 2);
    return hits.sort((a, b) => rank(a) - rank(b)).slice(0, MAX_RESULTS);
  }

  override render() {
    const matches = this.results;
    const isOpen = this.isOpen && !!this.query.trim();
    return html`<input type="search" role="combobox" aria-autocomplete="list" aria-controls="results"
        aria-expanded=${isOpen ? 'true' : 'false'} aria-activedescendant=${isOpen && matches.length ? `r${this.active}` : nothing}
        aria-label=${LABELS.placeholder[this.locale]} placeholder=${LABELS.placeholder[this.locale]} .value=${this.query}
        @focus=${this.onFocus} @input=${this.onInput} @keydown=${this.onKey} @blur=${() => setTimeout(() => (this.isOpen = false), 150)} />
      ${isOpen ? html`<ul id="results" role="listbox">${matches.length ? matches.map((m, i) => html`
        <li id="r${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @mousedown=${() => this.pick(m)}>
          <span class="kind">${KIND_NAMES[m.kind][this.locale]}</span><span>${m.label}</span><span class="detail">${m.detail}</span></li>`)
        : html`<li role="option" aria-disabled="true">${LABELS.none[this.locale]}</li>`}</ul>` : nothing}`;
  }

  private hasFocused = false;

  private onFocus() {
    this.isOpen = true;
    if (this.hasFocused) return;
    this.hasFocused = true;
    this.dispatchEvent(new CustomEvent('pm-search-focus', { bubbles: true, composed: true }));
  }

  private onInput(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    this.active = 0;
    this.isOpen = true;
  }

  private onKey(e: KeyboardEvent) {
    const count = this.results.length;
    if (e.key === 'ArrowDown' && count) this.active = (this.active + 1) % count;
    else if (e.key === 'ArrowUp' && count) this.active = (this.active - 1 + count) % count;
    else if (e.key === 'Enter' && count) this.pick(this.results[this.active]);
    else if (e.key === 'Escape') this.isOpen = false;
    else return;
    e.preventDefault();
  }

  private pick(item: SearchItem) {
    this.isOpen = false;
    this.query = item.label;
    this.dispatchEvent(new CustomEvent('pm-search-select', { detail: { id: item.id }, bubbles: true, composed: true }));
  }
}
