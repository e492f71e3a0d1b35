import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale, LocalizedText } from '../domain/plan';
import { fillTemplate, formatNumber } from '../domain/i18n';

/** What the list shows of one user layer. */
export interface UserLayerSummary {
  id: string;
  name: string;
  /** `#rrggbb`, as `<input type=color>` reads and writes it. */
  color: string;
  featureCount: number;
  isVisible: boolean;
}

/** Detail of `pm-user-layer-change`: the layer and the one field the user changed. */
export interface UserLayerChangeDetail {
  id: string;
  name?: string;
  color?: string;
  isVisible?: boolean;
}

/** Detail of `pm-user-layer-move`: one place up (-1) or down (1). */
export interface UserLayerMoveDetail {
  id: string;
  delta: -1 | 1;
}

/** Detail of `pm-user-layer-delete`. */
export interface UserLayerDeleteDetail {
  id: string;
}

/** Detail of `pm-user-layer-export`: GeoJSON, or a plan package zip. */
export interface UserLayerExportDetail {
  id: string;
  format: 'geojson' | 'package';
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-user-layers': PmUserLayers;
  }
  interface HTMLElementEventMap {
    'pm-user-layer-change': CustomEvent<UserLayerChangeDetail>;
    'pm-user-layer-move': CustomEvent<UserLayerMoveDetail>;
    'pm-user-layer-delete': CustomEvent<UserLayerDeleteDetail>;
    'pm-user-layer-export': CustomEvent<UserLayerExportDetail>;
  }
}

const LABELS = {
  heading: { zh: '我的图层', en: 'My layers' },
  empty: { zh: '还没有自己的图层:拖入文件或在地图上绘制。', en: 'No layers of your own yet: drop files here or draw on the map.' },
  visible: { zh: '显示', en: 'Show' },
  name: { zh: '图层名称', en: 'Layer name' },
  color: { zh: '颜色', en: 'Colour' },
  features: { zh: '{n} 个要素', en: '{n} features' },
  up: { zh: '上移', en: 'Move up' },
  down: { zh: '下移', en: 'Move down' },
  delete: { zh: '删除', en: 'Delete' },
  confirmDelete: { zh: '删除“{name}”?此操作无法撤销。', en: 'Delete “{name}”? This cannot be undone.' },
  cancel: { zh: '取消', en: 'Cancel' },
  geojson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  package: { zh: '导出规划包', en: 'Export plan package' },
} satisfies Record<string, LocalizedText>;

type UserLayerEvent = 'pm-user-layer-change' | 'pm-user-layer-move' | 'pm-user-layer-delete' | 'pm-user-layer-export';

/**
 * The user's own layers, imported or drawn: show or hide, rename in place (Enter or leaving the
 * field commits, Escape reverts), recolour, reorder, delete after a confirmation, and export.
 * @fires pm-user-layer-change when the user renames, recolours, shows or hides a layer
 * @fires pm-user-layer-move when the user moves a layer up or down
 * @fires pm-user-layer-delete when the user confirms deleting a layer
 * @fires pm-user-layer-export when the user asks for a layer as GeoJSON or as a plan package
 */
@customElement('pm-user-layers')
export class PmUserLayers extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 14px; }
    h2 { font-size: 13px; margin: 0 0 6px; color: #555; font-weight: 600; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { padding: 4px 0; border-bottom: 1px solid #eee; }
    .row { display: flex; align-items: center; gap: 4px; }
    input.name { flex: 1; min-width: 0; font: inherit; border: 1px solid transparent; background: none; padding: 1px 3px; }
    input.name:hover, input.name:focus { border-color: #bbb; background: #fff; }
    input[type='color'] { width: 24px; height: 20px; padding: 0; border: 1px solid #ccc; }
    .count { color: #666; font-size: 12px; white-space: nowrap; }
    .actions, .confirm { display: flex; flex-wrap: wrap; gap: 4px; margin: 2px 0 0 22px; }
    .confirm { color: #b3261e; align-items: center; }
    .empty { color: #666; font-size: 13px; }
    button { font: inherit; font-size: 12px; border: 1px solid #ccc; background: #fafafa; border-radius: 3px; padding: 0 5px; cursor: pointer; }
    button.danger { border-color: #d99; color: #b3261e; }
    input:focus-visible, button:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
  `;

  /** The user's layers, in list order. */
  @property({ attribute: false }) layers: UserLayerSummary[] = [];
  @property() locale: Locale = 'zh';

  /** The layer whose delete button was pressed and awaits confirmation. */
  @state() private confirmingDelete: string | null = null;
  /**
   * The name each layer was last renamed to and not yet seen in `layers`: Enter commits, and the
   * browser's own `change` on Enter or on leaving the field must not rename it a second time.
   */
  private sentNames = new Map<string, string>();

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('layers')) this.sentNames.clear();
  }

  override render() {
    return html`<h2 id="user-layers-heading">${this.label('heading')}</h2>
      ${this.layers.length
        ? html`<ol aria-labelledby="user-layers-heading">${this.layers.map((layer, i) => this.renderLayer(layer, i))}</ol>`
        : html`<p class="empty">${this.label('empty')}</p>`}`;
  }

  private renderLayer(layer: UserLayerSummary, index: number) {
    const { id, name } = layer;
    return html`<li data-id=${id}>
      <div class="row">
        <input type="checkbox" class="visible" .checked=${layer.isVisible} aria-label="${this.label('visible')}: ${name}"
          @change=${(e: Event) => this.emit('pm-user-layer-change', { id, isVisible: (e.target as HTMLInputElement).checked })} />
        <input type="color" .value=${layer.color} aria-label="${this.label('color')}: ${name}"
          @change=${(e: Event) => this.emit('pm-user-layer-change', { id, color: (e.target as HTMLInputElement).value })} />
        <input type="text" class="name" .value=${name} aria-label=${this.label('name')}
          @keydown=${(e: KeyboardEvent) => this.onNameKey(e, layer)} @change=${(e: Event) => this.commitName(e.target as HTMLInputElement, layer)} />
        <span class="count">${this.label('features', { n: formatNumber(layer.featureCount, this.locale) })}</span>
      </div>
      ${this.confirmingDelete === id ? this.renderConfirm(layer) : this.renderActions(layer, index)}
    </li>`;
  }

  private renderActions({ id, name }: UserLayerSummary, index: number) {
    return html`<div class="actions">
      <button class="up" ?disabled=${index === 0} aria-label="${this.label('up')}: ${name}" title=${this.label('up')}
        @click=${() => this.emit('pm-user-layer-move', { id, delta: -1 })}>↑</button>
      <button class="down" ?disabled=${index === this.layers.length - 1} aria-label="${this.label('down')}: ${name}" title=${this.label('down')}
        @click=${() => this.emit('pm-user-layer-move', { id, delta: 1 })}>↓</button>
      <button class="export-geojson" @click=${() => this.emit('pm-user-layer-export', { id, format: 'geojson' })}>${this.label('geojson')}</button>
      <button class="export-package" @click=${() => this.emit('pm-user-layer-export', { id, format: 'package' })}>${this.label('package')}</button>
      <button class="delete danger" aria-label="${this.label('delete')}: ${name}" @click=${() => { this.confirmingDelete = id; }}>${this.label('delete')}</button>
    </div>`;
  }

  private renderConfirm({ id, name }: UserLayerSummary) {
    return html`<div class="confirm" role="alertdialog" aria-label=${this.label('confirmDelete', { name })}>
      <span>${this.label('confirmDelete', { name })}</span>
      <button class="confirm-delete danger" @click=${() => this.confirmDelete(id)}>${this.label('delete')}</button>
      <button class="cancel-delete" @click=${() => { this.confirmingDelete = null; }}>${this.label('cancel')}</button>
    </div>`;
  }

  private onNameKey(e: KeyboardEvent, layer: UserLayerSummary) {
    const input = e.target as HTMLInputElement;
    if (e.key === 'Enter') {
      this.commitName(input, layer);
      input.blur();
    } else if (e.key === 'Escape') {
      input.value = layer.name;
      input.blur();
    }
  }

  /** Emits a rename when the text is new and not blank; a blank name puts the old one back. */
  private commitName(input: HTMLInputElement, layer: UserLayerSummary) {
    const name = input.value.trim();
    if (name === '') input.value = layer.name;
    if (name === '' || name === layer.name || name === this.sentNames.get(layer.id)) return;
    input.value = name;
    this.sentNames.set(layer.id, name);
    this.emit('pm-user-layer-change', { id: layer.id, name });
  }

  private confirmDelete(id: string) {
    this.confirmingDelete = null;
    this.emit('pm-user-layer-delete', { id });
  }

  private label(key: keyof typeof LABELS, values: Record<string, string | number> = {}): string {
    return fillTemplate(LABELS[key][this.locale], values);
  }

  private emit<K extends UserLayerEvent>(type: K, detail: HTMLElementEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
