import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale, LocalizedText } from '../domain/plan';

/** A layer or structure the questions can name, by `plan/layer` or `plan/structure` key. */
export interface QuestionTarget {
  key: string;
  label: LocalizedText;
  /** For layers: whether it has zones (polygons) and nodes (points). */
  hasZones?: boolean;
  hasNodes?: boolean;
}

/** A question about whole layers, as the form asks it. */
export type LayerQuestion =
  | { kind: 'structure-area'; structure: string }
  | { kind: 'overlap'; a: string; b: string; bufferKm: number }
  | { kind: 'locate'; points: string; zones: string };

declare global {
  interface HTMLElementTagNameMap {
    'pm-layer-questions': PmLayerQuestions;
  }
  interface HTMLElementEventMap {
    'pm-question': CustomEvent<LayerQuestion>;
  }
}

type Kind = LayerQuestion['kind'];

const TEXT = {
  heading: { zh: '图层分析', en: 'Layer questions' },
  question: { zh: '问题', en: 'Question' },
  'structure-area': { zh: '结构的面积及占行政区比例', en: 'Area of a structure and its share of the district' },
  overlap: { zh: '两个图层的重叠面积', en: 'Where two layers overlap' },
  locate: { zh: '各节点位于哪个片区', en: 'Which zone each node is in' },
  structure: { zh: '结构', en: 'Structure' },
  layerA: { zh: '图层 A', en: 'Layer A' },
  bufferKm: { zh: 'A 的缓冲宽度(公里,0 为不缓冲)', en: 'Buffer around A (km, 0 for none)' },
  layerB: { zh: '图层 B(片区)', en: 'Layer B (zones)' },
  points: { zh: '节点图层', en: 'Node layer' },
  zones: { zh: '片区图层', en: 'Zone layer' },
  ask: { zh: '计算', en: 'Answer' },
  none: { zh: '(没有可选的图层)', en: '(no layer to choose)' },
  badBuffer: { zh: '缓冲宽度须为 0 到 200 之间的数字(公里)。', en: 'The buffer must be a number from 0 to 200 (km).' },
} satisfies Record<string, LocalizedText>;

/**
 * A small form for the questions about whole layers: a structure's area and share of its
 * district, the overlap of two layers (A optionally buffered), and which zone each node is in.
 * @fires pm-question with the question the user asked
 */
@customElement('pm-layer-questions')
export class PmLayerQuestions extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 13px; }
    form { display: grid; gap: 4px; }
    label { display: grid; gap: 2px; }
    select, input, button { font: inherit; }
    select, input { max-width: 100%; }
    button { justify-self: start; border: 1px solid #1f5fa8; border-radius: 4px; background: #1f5fa8; color: #fff; padding: 2px 10px; cursor: pointer; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 1px; }
    .error { color: #a4261d; margin: 0; }
  `;

  @property() locale: Locale = 'zh';
  @property({ attribute: false }) structures: QuestionTarget[] = [];
  @property({ attribute: false }) layers: QuestionTarget[] = [];
  @state() private kind: Kind = 'structure-area';
  @state() private error = '';

  override render() {
    const l = (text: LocalizedText) => text[this.locale];
    return html`<form @submit=${this.submit} aria-label=${l(TEXT.heading)}>
      <label>${l(TEXT.question)}
        <select name="kind" @change=${(e: Event) => { this.kind = (e.target as HTMLSelectElement).value as Kind; this.error = ''; }}>
          ${(['structure-area', 'overlap', 'locate'] as const).map((k) => html`<option value=${k} ?selected=${k === this.kind}>${l(TEXT[k])}</option>`)}
        </select></label>
      ${this.renderFields()}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <button type="submit">${l(TEXT.ask)}</button>
    </form>`;
  }

  private renderFields() {
    const l = (text: LocalizedText) => text[this.locale];
    const zones = this.layers.filter((x) => x.hasZones);
    switch (this.kind) {
      case 'structure-area': return this.select('structure', TEXT.structure, this.structures);
      case 'overlap': return html`${this.select('a', TEXT.layerA, this.layers)}
        <label>${l(TEXT.bufferKm)}<input name="bufferKm" type="number" min="0" max="200" step="any" value="0" inputmode="decimal"></label>
        ${this.select('b', TEXT.layerB, zones)}`;
      case 'locate': return html`${this.select('points', TEXT.points, this.layers.filter((x) => x.hasNodes))}${this.select('zones', TEXT.zones, zones)}`;
    }
  }

  private select(name: string, label: LocalizedText, options: QuestionTarget[]) {
    return html`<label>${label[this.locale]}<select name=${name}>
      ${options.length ? options.map((o) => html`<option value=${o.key}>${o.label[this.locale] || o.label.zh}</option>`) : html`<option value="">${TEXT.none[this.locale]}</option>`}
    </select></label>`;
  }

  private submit(e: Event): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '');
    const question = this.toQuestion(value);
    if (!question) return;
    this.error = '';
    this.dispatchEvent(new CustomEvent('pm-question', { detail: question, bubbles: true, composed: true }));
  }

  private toQuestion(value: (name: string) => string): LayerQuestion | null {
    if (this.kind === 'structure-area') return value('structure') ? { kind: 'structure-area', structure: value('structure') } : null;
    if (this.kind === 'locate') return value('points') && value('zones') ? { kind: 'locate', points: value('points'), zones: value('zones') } : null;
    const bufferKm = Number(value('bufferKm').trim() || '0');
    if (!Number.isFinite(bufferKm) || bufferKm < 0 || bufferKm > 200) {
      this.error = TEXT.badBuffer[this.locale];
      return null;
    }
    return value('a') && value('b') ? { kind: 'overlap', a: value('a'), b: value('b'), bufferKm } : null;
  }
}
