import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale, LocalizedText } from '../domain/plan';
import { formatNumber } from '../domain/i18n';

/** A column of the table. */
export interface ResultColumnView {
  key: string;
  label: LocalizedText;
  isNumeric?: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-query-results': PmQueryResults;
  }
  interface HTMLElementEventMap {
    'pm-result-export': CustomEvent<{ format: 'csv' | 'geojson' }>;
    'pm-result-copy': CustomEvent<{ text: string }>;
    'pm-result-pick': CustomEvent<{ row: number }>;
  }
}

const LABELS = {
  copy: { zh: '复制', en: 'Copy' },
  csv: { zh: '导出 CSV', en: 'Export CSV' },
  geojson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  close: { zh: '关闭', en: 'Close' },
  empty: { zh: '没有结果', en: 'No results' },
  sortBy: { zh: '按此列排序', en: 'Sort by this column' },
};

/**
 * The answer to a spatial question as a table the user can read, sort, copy and export.
 * @fires pm-result-export with the format the user asked for
 * @fires pm-result-copy with the table as tab-separated text
 * @fires pm-result-pick with the original index of the row the user chose
 * @fires pm-close when the user closes the results
 */
@customElement('pm-query-results')
export class PmQueryResults extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 13px; border: 1px solid #d8d4cc; border-radius: 6px; padding: 8px; background: #fffdf8; }
    header { display: flex; justify-content: space-between; gap: 6px; align-items: start; }
    h2 { font-size: 14px; margin: 0; }
    .note { color: #6a5a3a; font-size: 12px; margin: 4px 0; }
    table { border-collapse: collapse; width: 100%; }
    th, td { padding: 2px 4px; border-bottom: 1px solid #eee; text-align: left; }
    th button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    tbody tr { cursor: pointer; }
    tbody tr:hover { background: #f2efe6; }
    .actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
    .actions button, header button { font: inherit; border: 1px solid #bbb; border-radius: 4px; background: #fafafa; padding: 1px 8px; cursor: pointer; }
    button:focus-visible, tr:focus-visible { outline: 2px solid #1f5fa8; }
  `;

  @property({ attribute: false }) heading: LocalizedText = { zh: '', en: '' };
  @property({ attribute: false }) note: LocalizedText = { zh: '', en: '' };
  @property({ attribute: false }) columns: ResultColumnView[] = [];
  @property({ attribute: false }) rows: Record<string, string | number>[] = [];
  @property() locale: Locale = 'zh';
  @state() private sortKey = '';
  @state() private isDescending = false;

  /** Rows in display order, each with its original index. */
  get sortedRows(): { row: Record<string, string | number>; index: number }[] {
    const indexed = this.rows.map((row, index) => ({ row, index }));
    if (!this.sortKey) return indexed;
    const sign = this.isDescending ? -1 : 1;
    return indexed.sort((a, b) => sign * compare(a.row[this.sortKey], b.row[this.sortKey]) || a.index - b.index);
  }

  override render() {
    const rows = this.sortedRows;
    return html`<section aria-label=${this.heading[this.locale]}>
      <header><h2>${this.heading[this.locale]}</h2><button aria-label=${LABELS.close[this.locale]} @click=${() => this.emit('pm-close', undefined)}>×</button></header>
      <p class="note">${this.note[this.locale]}</p>
      ${rows.length ? html`<table><thead><tr>${this.columns.map((c) => html`<th class=${c.isNumeric ? 'num' : ''}
          aria-sort=${this.sortKey === c.key ? (this.isDescending ? 'descending' : 'ascending') : 'none'}>
          <button title=${LABELS.sortBy[this.locale]} @click=${() => this.sortBy(c.key)}>${c.label[this.locale]}${this.sortKey === c.key ? (this.isDescending ? ' ▼' : ' ▲') : ''}</button></th>`)}</tr></thead>
        <tbody>${rows.map(({ row, index }) => html`<tr tabindex="0" @click=${() => this.emit('pm-result-pick', { row: index })}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.emit('pm-result-pick', { row: index })}>
          ${this.columns.map((c) => html`<td class=${c.isNumeric ? 'num' : ''}>${this.cell(row, c)}</td>`)}</tr>`)}</tbody></table>`
        : html`<p>${LABELS.empty[this.locale]}</p>`}
      <div class="actions">
        <button @click=${() => this.emit('pm-result-copy', { text: this.asText() })}>${LABELS.copy[this.locale]}</button>
        <button @click=${() => this.emit('pm-result-export', { format: 'csv' })}>${LABELS.csv[this.locale]}</button>
        <button @click=${() => this.emit('pm-result-export', { format: 'geojson' })}>${LABELS.geojson[this.locale]}</button>
      </div>
    </section>`;
  }

  /** The table as tab-separated text in display order, with a header line, for the clipboard. */
  asText(): string {
    const lines = [this.columns.map((c) => c.label[this.locale])];
    for (const { row } of this.sortedRows) lines.push(this.columns.map((c) => String(this.cell(row, c))));
    return lines.map((l) => l.join('\t')).join('\n');
  }

  private cell(row: Record<string, string | number>, column: ResultColumnView): string {
    const english = row[`${column.key}En`];
    const value = this.locale === 'en' && english ? english : row[column.key];
    return typeof value === 'number' ? formatNumber(value, this.locale) : String(value ?? '');
  }

  private sortBy(key: string) {
    this.isDescending = this.sortKey === key ? !this.isDescending : false;
    this.sortKey = key;
  }

  private emit<K extends 'pm-result-export' | 'pm-result-copy' | 'pm-result-pick' | 'pm-close'>(type: K, detail: HTMLElementEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'zh-CN');
}
