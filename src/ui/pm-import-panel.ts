import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Locale, LocalizedText } from '../domain/plan';
import { fillTemplate, formatNumber } from '../domain/i18n';
import type { CrsReport, FixId, FixOffer, ImportedLayer, ImportFormat, ImportResult, Problem } from '../data/import';
// The module itself, not the import core's index, so the panel does not pull the parsers into the page.
import { describeZone } from '../data/import/crs/gauss-kruger';

/** Detail of `pm-import-files`: the files the user dropped or chose. */
export interface ImportFilesDetail {
  files: File[];
}

/** Detail of `pm-import-crs`: the index of the confirmed candidate in `result.crs.needsConfirmation.candidates`. */
export interface ImportCrsDetail {
  candidate: number;
}

/** Detail of `pm-import-fix`: the index of the layer in `result.layers` and the repair to apply. */
export interface ImportFixDetail {
  layer: number;
  fixId: FixId;
}

/** What the panel shows while an import runs: the phase (an `ImportPhase`) and the fraction done (0–1). */
export interface ImportPanelProgress {
  phase: string;
  fraction: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'pm-import-panel': PmImportPanel;
  }
  interface HTMLElementEventMap {
    'pm-import-files': CustomEvent<ImportFilesDetail>;
    'pm-import-crs': CustomEvent<ImportCrsDetail>;
    'pm-import-fix': CustomEvent<ImportFixDetail>;
    'pm-import-dismiss': CustomEvent<void>;
  }
}

/** The extensions the file picker offers; the import core decides what it can read. */
export const IMPORT_ACCEPT = '.geojson,.json,.kml,.kmz,.zip,.shp,.dbf,.prj,.cpg,.shx,.csv';

const LABELS = {
  heading: { zh: '导入数据', en: 'Import data' },
  drop: { zh: '将文件拖放到此处', en: 'Drop files here' },
  choose: { zh: '选择文件…', en: 'Choose files…' },
  formats: { zh: '支持 GeoJSON、规划包、KML/KMZ、Shapefile(.zip 或 .shp+.dbf+.prj)、CSV', en: 'GeoJSON, plan packages, KML/KMZ, shapefiles (.zip, or .shp+.dbf+.prj) and CSV' },
  limit: { zh: '单个文件不超过 {size}', en: 'Up to {size} per file' },
  result: { zh: '上次导入', en: 'Last import' },
  dismiss: { zh: '关闭导入结果', en: 'Dismiss the import result' },
  features: { zh: '{n} 个要素', en: '{n} features' },
  encoding: { zh: '编码 {value}', en: 'encoding {value}' },
  columns: { zh: '经度列 {lon},纬度列 {lat}', en: 'longitude column {lon}, latitude column {lat}' },
  crs: { zh: '坐标系', en: 'Coordinate system' },
  candidate: { zh: '候选坐标系', en: 'Candidate coordinate system' },
  confirm: { zh: '按此坐标系重新导入', en: 'Import again in this system' },
  problems: { zh: '问题', en: 'Problems' },
  feature: { zh: '要素', en: 'feature' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  fix: { zh: '修复方法', en: 'Fix' },
  fixes: { zh: '一键修复', en: 'One-click fixes' },
  noLayers: { zh: '没有导入任何图层。', en: 'No layer was imported.' },
  progress: { zh: '导入进度', en: 'Import progress' },
} satisfies Record<string, LocalizedText>;

const PHASES: Record<string, LocalizedText> = {
  read: { zh: '读取文件', en: 'Reading' },
  unzip: { zh: '解压', en: 'Unpacking' },
  parse: { zh: '解析', en: 'Parsing' },
  check: { zh: '检查', en: 'Checking' },
  reproject: { zh: '坐标转换', en: 'Reprojecting' },
  fixes: { zh: '查找可修复的问题', en: 'Looking for fixes' },
  done: { zh: '完成', en: 'Done' },
};

const FORMATS: Record<ImportFormat, LocalizedText> = {
  geojson: { zh: 'GeoJSON', en: 'GeoJSON' },
  'plan-package': { zh: '规划包', en: 'Plan package' },
  kml: { zh: 'KML', en: 'KML' },
  kmz: { zh: 'KMZ', en: 'KMZ' },
  shapefile: { zh: 'Shapefile', en: 'Shapefile' },
  csv: { zh: 'CSV', en: 'CSV' },
};

/**
 * Where the user brings their own data: a drop zone with a keyboard-reachable file picker, the size
 * limit, progress, and the last import's layers, CRS (with a choice when it was guessed), problems
 * by file and one-click fixes. All user text (file names, properties, messages) is bound as text.
 * @fires pm-import-files when the user drops or chooses files
 * @fires pm-import-crs when the user confirms a candidate CRS
 * @fires pm-import-fix when the user applies a fix offer to a layer
 * @fires pm-import-dismiss when the user closes the result
 */
@customElement('pm-import-panel')
export class PmImportPanel extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 14px; }
    h2 { font-size: 13px; margin: 0 0 6px; color: #555; font-weight: 600; }
    h3 { font-size: 13px; margin: 10px 0 4px; color: #444; }
    .drop { border: 2px dashed #b8b8b8; border-radius: 6px; padding: 12px; text-align: center; }
    .drop.is-over { border-color: #1f5fa8; background: #eef4fb; }
    .hint { color: #666; font-size: 12px; margin: 4px 0 0; }
    input[type='file'] { display: none; }
    .progress { display: flex; align-items: center; gap: 8px; margin: 8px 0; }
    progress { flex: 1; }
    .result-head { display: flex; justify-content: space-between; align-items: baseline; margin-top: 10px; }
    ul { margin: 0; padding-left: 18px; }
    li { margin: 2px 0; }
    .meta { color: #666; font-size: 12px; }
    .error .severity { color: #b3261e; font-weight: 600; }
    .warning .severity { color: #8a5a00; font-weight: 600; }
    .fix-text { color: #444; font-size: 12px; }
    .file { font-weight: 600; word-break: break-all; }
    button, select { font: inherit; font-size: 13px; }
    button { border: 1px solid #bbb; border-radius: 4px; background: #fafafa; padding: 2px 8px; cursor: pointer; }
    button:focus-visible, select:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
  `;

  @property() locale: Locale = 'zh';
  /** The largest file the import accepts, in bytes; shown next to the drop zone. */
  @property({ type: Number }) limitBytes = 0;
  /** The running import's progress, or null when none runs. */
  @property({ attribute: false }) progress: ImportPanelProgress | null = null;
  /** The last import's result, or null. */
  @property({ attribute: false }) result: ImportResult | null = null;

  @state() private isDragOver = false;
  @state() private chosenCandidate = 0;
  @query('input[type=file]') private fileInput!: HTMLInputElement;

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('result')) this.chosenCandidate = 0;
  }

  override render() {
    return html`<h2>${this.label('heading')}</h2>
      ${this.renderDropZone()}
      ${this.progress ? this.renderProgress(this.progress) : nothing}
      ${this.result ? this.renderResult(this.result) : nothing}`;
  }

  private renderDropZone() {
    return html`<div class="drop ${this.isDragOver ? 'is-over' : ''}" @dragenter=${this.onDragOver} @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave} @drop=${this.onDrop}>
      <p>${this.label('drop')}</p>
      <button type="button" @click=${() => this.fileInput.click()}>${this.label('choose')}</button>
      <input type="file" multiple accept=${IMPORT_ACCEPT} tabindex="-1" aria-hidden="true" @change=${this.onFilesChosen} />
      <p class="hint">${this.label('formats')}</p>
      ${this.limitBytes > 0 ? html`<p class="hint limit">${this.label('limit', { size: formatSize(this.limitBytes, this.locale) })}</p>` : nothing}
    </div>`;
  }

  private renderProgress(progress: ImportPanelProgress) {
    const phase = PHASES[progress.phase]?.[this.locale] ?? progress.phase;
    const percent = Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
    return html`<div class="progress" role="status">
      <span class="phase">${phase}</span>
      <progress max="1" .value=${Math.min(1, Math.max(0, progress.fraction))} aria-label=${this.label('progress')}></progress>
      <span>${percent}%</span>
    </div>`;
  }

  private renderResult(result: ImportResult) {
    return html`<section class="result" aria-label=${this.label('result')}>
      <div class="result-head"><h3>${this.label('result')}</h3>
        <button type="button" class="dismiss" aria-label=${this.label('dismiss')} title=${this.label('dismiss')}
          @click=${() => this.emit('pm-import-dismiss', undefined)}>×</button></div>
      ${result.layers.length ? html`<ul class="layers">${result.layers.map((l) => this.renderLayer(l))}</ul>` : html`<p class="meta">${this.label('noLayers')}</p>`}
      ${this.renderCrs(result.crs)}
      ${result.problems.length ? this.renderProblems(result.problems) : nothing}
      ${result.fixes.length ? this.renderFixes(result) : nothing}
    </section>`;
  }

  private renderLayer(layer: ImportedLayer) {
    const { details } = layer;
    const meta = [
      this.label('features', { n: formatNumber(layer.collection.features.length, this.locale) }),
      FORMATS[details.format]?.[this.locale] ?? details.format,
      details.encoding ? this.label('encoding', { value: details.encoding }) : '',
      details.columns ? this.label('columns', details.columns) : '',
    ].filter(Boolean);
    return html`<li class="layer"><span class="name">${layer.name}</span> <span class="meta">${meta.join(' · ')}</span></li>`;
  }

  private renderCrs(crs: CrsReport) {
    const confirmation = crs.needsConfirmation;
    return html`<div class="crs"><h3>${this.label('crs')}</h3>
      <p class="detected">${crs.detected.label[this.locale]}</p>
      ${confirmation ? html`<p class="confirm-message">${confirmation.message[this.locale]}</p>
        <select aria-label=${this.label('candidate')} @change=${(e: Event) => { this.chosenCandidate = (e.target as HTMLSelectElement).selectedIndex; }}>
          ${confirmation.candidates.map((zone, i) => html`<option value=${i} ?selected=${i === this.chosenCandidate}>${describeZone(zone)[this.locale]}</option>`)}
        </select>
        <button type="button" class="confirm" @click=${() => this.emit('pm-import-crs', { candidate: this.chosenCandidate })}>${this.label('confirm')}</button>` : nothing}
    </div>`;
  }

  private renderProblems(problems: Problem[]) {
    return html`<div class="problems"><h3>${this.label('problems')} (${problems.length})</h3>
      ${[...groupByFile(problems)].map(([file, list]) => html`<div class="problem-file" data-file=${file}>
        <div class="file">${file}</div>
        <ul>${list.map((p) => this.renderProblem(p))}</ul>
      </div>`)}
    </div>`;
  }

  private renderProblem(p: Problem) {
    const where = p.featureId !== undefined || p.featureIndex !== undefined
      ? `${this.label('feature')} ${p.featureId ?? ''}${p.featureIndex === undefined ? '' : ` (#${p.featureIndex})`}`.replace(/\s+/g, ' ').trim()
      : '';
    return html`<li class="problem ${p.severity}">
      <span class="severity">${this.label(p.severity)}</span>
      ${where ? html`<span class="where">${where}</span>` : nothing}
      <span class="message">${p.message[this.locale]}</span>
      <div class="fix-text">${this.label('fix')}: ${p.fix[this.locale]}</div>
    </li>`;
  }

  private renderFixes(result: ImportResult) {
    return html`<div class="fixes"><h3>${this.label('fixes')}</h3>
      ${result.fixes.map((offer) => this.renderFix(offer, result.layers.findIndex((l) => l.name === offer.layer)))}
    </div>`;
  }

  private renderFix(offer: FixOffer, layer: number) {
    return html`<p><button type="button" class="fix" data-fix=${offer.id} ?disabled=${layer < 0} title=${offer.description[this.locale]}
        @click=${() => this.emit('pm-import-fix', { layer, fixId: offer.id })}>${offer.title[this.locale]}</button>
      <span class="meta">${offer.layer} · ${this.label('features', { n: offer.featureIndexes.length })}</span></p>`;
  }

  private onDragOver(e: DragEvent) {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.isDragOver = true;
  }

  private onDragLeave(e: DragEvent) {
    if ((e.currentTarget as Element).contains(e.relatedTarget as Node | null)) return;
    this.isDragOver = false;
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    this.isDragOver = false;
    this.emitFiles(e.dataTransfer?.files);
  }

  private onFilesChosen(e: Event) {
    const input = e.target as HTMLInputElement;
    this.emitFiles(input.files);
    input.value = '';
  }

  private emitFiles(list: FileList | null | undefined) {
    const files = [...(list ?? [])];
    if (files.length) this.emit('pm-import-files', { files });
  }

  private label(key: keyof typeof LABELS, values: Record<string, string | number> = {}): string {
    return fillTemplate(LABELS[key][this.locale], values);
  }

  private emit<K extends 'pm-import-files' | 'pm-import-crs' | 'pm-import-fix' | 'pm-import-dismiss'>(type: K, detail: HTMLElementEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** Problems by `file`, in the order the files first appear. */
export function groupByFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const group = groups.get(p.file);
    if (group) group.push(p);
    else groups.set(p.file, [p]);
  }
  return groups;
}

/** A byte count as the locale writes it, e.g. `50 MB`. */
function formatSize(bytes: number, locale: Locale): string {
  const units: [number, string][] = [[1024 * 1024 * 1024, 'GB'], [1024 * 1024, 'MB'], [1024, 'KB']];
  const [size, unit] = units.find(([s]) => bytes >= s) ?? [1, 'B'];
  return `${formatNumber(Math.round((bytes / size) * 10) / 10, locale)} ${unit}`;
}
