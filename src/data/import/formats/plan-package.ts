import type { FeatureCollection } from 'geojson';
import { manifestLayers } from '../../validate/context';
import { isRecord } from '../../validate/guards';
import { collectPlan, validateCollected } from '../../validate/index';
import type { RawLayer } from '../build-layer';
import { decodeText } from '../decode';
import { measureJsonDepth, type ImportLimits } from '../limits';
import { t, type ProblemList } from '../problems';
import type { FileSet } from '../zip';
import { geojsonLayer } from './geojson';

/** A plan package read from a file set: its manifest and one raw layer per layer file. */
export interface PackageRead {
  manifest: unknown;
  layers: RawLayer[];
}

/** The folder prefix of the shallowest `manifest.json` in a file set (`''` at the top), if any. */
export function findManifestPrefix(files: FileSet): string | undefined {
  const manifests = [...files.keys()].filter((name) => /(^|\/)manifest\.json$/.test(name));
  manifests.sort((a, b) => a.split('/').length - b.split('/').length);
  const [first] = manifests;
  return first === undefined ? undefined : first.slice(0, -'manifest.json'.length);
}

/**
 * Reads a plan package (manifest.json and the GeoJSON files it names) and runs the plan validator on
 * it; the validator's problems join the import's. Every JSON file is checked for hostile nesting
 * before anything parses it.
 */
export function readPlanPackage(files: FileSet, prefix: string, limits: ImportLimits,
  problems: ProblemList, counties?: FeatureCollection): PackageRead | undefined {
  const readText = (name: string): string | undefined => {
    const bytes = files.get(prefix + name);
    return bytes === undefined ? undefined : decodeText(bytes, 'utf-8').text;
  };
  const tooDeep = [...files.keys()].find((name) => /json$/i.test(name) && measureJsonDepth(readText(name.slice(prefix.length)) ?? '', limits.maxDepth) > limits.maxDepth);
  if (tooDeep !== undefined) {
    problems.add('error', 'import-limit', { file: tooDeep.slice(prefix.length) },
      t(`JSON 嵌套超过 ${limits.maxDepth} 层,拒绝读取。`, `The JSON nests deeper than ${limits.maxDepth} levels; not read.`),
      t('GeoJSON 只需不到 10 层嵌套;请检查文件是否损坏。', 'GeoJSON needs fewer than 10 levels; check that the file is not corrupt.'));
    return undefined;
  }
  const plan = collectPlan(readText);
  problems.addAll(validateCollected(plan, counties));
  return { manifest: plan.manifest, layers: packageLayers(plan.manifest, plan.files, problems) };
}

function packageLayers(manifest: unknown, files: Map<string, unknown>, problems: ProblemList): RawLayer[] {
  const seen = new Set<string>();
  return manifestLayers(manifest).flatMap((ref) => {
    if (ref.file === undefined || seen.has(ref.file)) return [];
    seen.add(ref.file);
    const value = files.get(ref.file);
    if (!isRecord(value) || value.type !== 'FeatureCollection') return [];
    const layer = geojsonLayer(ref.file, value, problems);
    return layer ? [{ ...layer, name: ref.id ?? layer.name, details: { format: 'plan-package' as const, file: ref.file } }] : [];
  });
}
