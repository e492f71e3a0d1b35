import { buildLayer, type RawLayer } from './build-layer';
import type { CrsReport } from './crs/crs-types';
import { decodeText } from './decode';
import { csvLayer } from './formats/csv';
import { geojsonLayer, isPlanManifest, parseGuardedJson } from './formats/geojson';
import { kmlLayer } from './formats/kml';
import { findManifestPrefix, readPlanPackage } from './formats/plan-package';
import { hasShapefile, shapefileLayers } from './formats/shapefile';
import { formatBytes, resolveLimits, type ImportLimits } from './limits';
import { countPositions } from './positions';
import { describeError, ProblemList, t } from './problems';
import type { FixOffer, ImportedLayer, ImportFormat, ImportOptions, ImportPhase, ImportResult } from './types';
import { isZip, unzipFiles, type FileSet } from './zip';

/** A file handed to the importer: its name (with extension) and its bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** What one import run shares: limits, problems, progress. */
interface Run {
  limits: ImportLimits;
  problems: ProblemList;
  options: ImportOptions;
  progress(phase: ImportPhase, fraction: number): void;
}

const SIDECAR = /\.(shp|shx|dbf|prj|cpg|sbn|sbx|qix|qmd|fix|aih|ain|atx|ixs|mxs|xml|lock)$/i;

/**
 * Imports one file: GeoJSON, a plan package (.zip with manifest.json), KML, KMZ, a zipped shapefile
 * or a CSV with longitude/latitude columns, told apart by extension and by content. Never throws
 * or rejects: anything wrong is a `Problem`, and every valid feature is kept.
 *
 * @example
 * const result = await importFile('sites.csv', bytes);
 * if (result.crs.needsConfirmation) askUser(result.crs.needsConfirmation.candidates);
 */
export function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  return importFiles([{ name, bytes }], options);
}

/**
 * Imports files dropped together: a plan folder (manifest.json with its GeoJSON), a shapefile's
 * .shp/.dbf/.prj/.cpg, or unrelated files, each becoming one or more layers.
 */
export async function importFiles(inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const limits = resolveLimits(options.limits);
  const run: Run = {
    limits, options, problems: new ProblemList(limits.maxProblemsPerRule),
    progress: (phase, fraction) => options.onProgress?.({ type: 'progress', phase, fraction }),
  };
  try {
    return importInputs(inputs, run);
  } catch (error) {
    run.problems.add('error', 'import-internal', { file: inputs[0]?.name ?? '' },
      t(`导入时出错:${describeError(error)}`, `The import failed: ${describeError(error)}`),
      t('文件可能已损坏;若确认无误,请报告此问题并附上文件。', 'The file may be corrupt; if it is not, please report this with the file.'));
    return finish([], [], run);
  }
}

function importInputs(inputs: readonly ImportInput[], run: Run): ImportResult {
  run.progress('read', 0);
  const sets = fileSets(inputs, run);
  run.progress('parse', 0.2);
  const read = sets.map((set) => readFileSet(set, run));
  const raw = read.flatMap((r) => r.layers);
  const manifest = read.find((r) => r.manifest !== undefined)?.manifest;
  if (!withinVertexLimit(raw, run)) return finish([], [], run);
  const built = raw.map((layer, i) => {
    run.progress('check', 0.3 + (0.6 * i) / raw.length);
    const option = run.options.sourceCrs;
    return buildLayer(option === undefined ? layer : { ...layer, crsHints: { ...layer.crsHints, option } }, run.problems);
  });
  run.progress('fixes', 0.95);
  const result = finish(built.map((b) => b.layer), built.flatMap((b) => b.fixes), run);
  return manifest === undefined ? result : { ...result, manifest };
}

function finish(layers: ImportedLayer[], fixes: FixOffer[], run: Run): ImportResult {
  run.progress('done', 1);
  return { layers, crs: overallCrs(layers), problems: run.problems.list(), fixes };
}

function overallCrs(layers: readonly ImportedLayer[]): CrsReport {
  const report = layers.find((l) => l.crs.needsConfirmation)?.crs ?? layers[0]?.crs;
  return report ?? { detected: { kind: 'unknown', label: t('没有坐标', 'No coordinates'), source: 'coordinates' }, appliedTransform: null };
}

/** Files read together: the entries of one archive, or the loose files of one drop. */
interface FileSetInput {
  files: FileSet;
  /** Set for a KMZ, whose KML layers say so. */
  format?: ImportFormat;
  /** In an archive, files of unknown kinds (images, documents) are skipped without a word. */
  isArchive: boolean;
}

/** The inputs as file sets: each archive on its own, all loose files together. */
function fileSets(inputs: readonly ImportInput[], run: Run): FileSetInput[] {
  const loose: FileSet = new Map();
  const sets: FileSetInput[] = [];
  for (const { name, bytes } of inputs) {
    if (bytes.length > run.limits.maxFileBytes) {
      refuseSize(name, bytes.length, run);
    } else if (isZip(bytes) || /\.(zip|kmz)$/i.test(name)) {
      run.progress('unzip', 0.1);
      const files = unzipFiles(name, bytes, run.limits, run.problems);
      if (files) sets.push(/\.kmz$/i.test(name) ? { files, format: 'kmz', isArchive: true } : { files, isArchive: true });
    } else loose.set(name, bytes);
  }
  return loose.size > 0 ? [{ files: loose, isArchive: false }, ...sets] : sets;
}

function refuseSize(file: string, size: number, run: Run): void {
  run.problems.add('error', 'import-limit', { file },
    t(`文件大小 ${formatBytes(size)},超过上限 ${formatBytes(run.limits.maxFileBytes)},拒绝读取。`,
      `The file is ${formatBytes(size)}, over the ${formatBytes(run.limits.maxFileBytes)} limit; not read.`),
    t('只导出需要的图层或范围,或先在 GIS 软件中简化几何。', 'Export only the layers or the area you need, or simplify the geometry in your GIS first.'));
}

function readFileSet({ files, format, isArchive }: FileSetInput, run: Run): { layers: RawLayer[]; manifest?: unknown } {
  const prefix = findManifestPrefix(files);
  if (prefix !== undefined) {
    const read = readPlanPackage(files, prefix, run.limits, run.problems, run.options.counties);
    return read ?? { layers: [] };
  }
  const layers = hasShapefile(files) ? shapefileLayers(files, run.problems) : [];
  for (const [name, bytes] of files) {
    if (SIDECAR.test(name)) continue;
    if (isArchive && fileKind(name, bytes) === undefined) continue;
    const layer = readSingleFile(name, bytes, format, run);
    if (layer) layers.push(layer);
  }
  if (layers.length === 0 && !run.problems.hasErrors()) reportNothingFound(files, run);
  return { layers };
}

function readSingleFile(name: string, bytes: Uint8Array, format: ImportFormat | undefined, run: Run): RawLayer | undefined {
  const kind = fileKind(name, bytes);
  if (kind === 'kml') return kmlLayer(name, bytes, format ?? 'kml', run.problems);
  if (kind === 'csv') return csvLayer(name, decodeText(bytes), run.problems);
  if (kind === 'json') {
    const value = parseGuardedJson(name, decodeText(bytes).text, run.limits, run.problems);
    if (value === undefined) return undefined;
    if (isPlanManifest(value)) return reportLoneManifest(name, run);
    return geojsonLayer(name, value, run.problems);
  }
  run.problems.add('error', 'import-format', { file: name },
    t('不支持的文件类型。', 'Unsupported file type.'),
    t('支持 GeoJSON、KML/KMZ、压缩的 Shapefile(.zip)、含经纬度列的 CSV 和规划包。',
      'Supported: GeoJSON, KML/KMZ, zipped shapefiles (.zip), CSV with longitude/latitude columns, and plan packages.'));
  return undefined;
}

/** What a file is, by extension first and then by its first non-blank character. */
function fileKind(name: string, bytes: Uint8Array): 'json' | 'kml' | 'csv' | undefined {
  if (/\.(geo)?json$/i.test(name)) return 'json';
  if (/\.kml$/i.test(name)) return 'kml';
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<') && /<kml/i.test(head)) return 'kml';
  return undefined;
}

function reportLoneManifest(file: string, run: Run): undefined {
  run.problems.add('error', 'import-format', { file },
    t('这是规划包的 manifest.json,但缺少它引用的 GeoJSON 文件。', 'This is a plan package\'s manifest.json, without the GeoJSON files it names.'),
    t('把整个规划文件夹拖进来,或导入它的 ZIP。', 'Drop the whole plan folder, or import its ZIP.'));
  return undefined;
}

function reportNothingFound(files: FileSet, run: Run): void {
  run.problems.add('error', 'import-format', { file: [...files.keys()][0] ?? '' },
    t('没有找到可导入的图层。', 'No layer found to import.'),
    t('ZIP 中应有 .shp(及 .dbf/.prj)、GeoJSON、KML 或 manifest.json。', 'The ZIP should hold a .shp (with .dbf/.prj), GeoJSON, KML or manifest.json.'));
}

function withinVertexLimit(layers: readonly RawLayer[], run: Run): boolean {
  let total = 0;
  for (const layer of layers) {
    total += countPositions(layer.features, run.limits.maxVertices - total);
    if (total > run.limits.maxVertices) {
      run.problems.add('error', 'import-limit', { file: layer.details.file },
        t(`坐标点超过 ${run.limits.maxVertices.toLocaleString('en')} 个,拒绝导入。`, `More than ${run.limits.maxVertices.toLocaleString('en')} vertices; not imported.`),
        t('先在 GIS 软件中简化几何(如 Douglas-Peucker),或只导出需要的范围。', 'Simplify the geometry in your GIS first (e.g. Douglas-Peucker), or export only the area you need.'));
      return false;
    }
  }
  return true;
}
