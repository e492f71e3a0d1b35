import { isRecord } from '../../validate/guards';
import { parseJson } from '../../validate/parse';
import type { RawLayer } from '../build-layer';
import type { ImportLimits } from '../limits';
import { measureJsonDepth } from '../limits';
import { t, type ProblemList } from '../problems';

/**
 * Parses JSON text after checking its nesting iteratively, so hostile depth is refused before
 * `JSON.parse`; undefined (with a problem) when it is too deep or not JSON.
 */
export function parseGuardedJson(file: string, text: string, limits: ImportLimits, problems: ProblemList): unknown {
  const depth = measureJsonDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    problems.add('error', 'import-limit', { file },
      t(`JSON 嵌套超过 ${limits.maxDepth} 层,拒绝读取。`, `The JSON nests deeper than ${limits.maxDepth} levels; not read.`),
      t('GeoJSON 只需不到 10 层嵌套;请检查文件是否损坏。', 'GeoJSON needs fewer than 10 levels; check that the file is not corrupt.'));
    return undefined;
  }
  const parsed = parseJson(file, text);
  if (parsed.ok) return parsed.value;
  problems.addAll([parsed.problem]);
  return undefined;
}

/** True when a parsed JSON value looks like a plan manifest rather than GeoJSON. */
export function isPlanManifest(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.structures) && value.type === undefined;
}

/**
 * The layer of a GeoJSON value: a FeatureCollection, a single Feature or a bare geometry. Anything
 * else is reported and gives no layer.
 */
export function geojsonLayer(file: string, value: unknown, problems: ProblemList): RawLayer | undefined {
  const features = featuresOf(value);
  if (features === undefined) {
    problems.add('error', 'import-format', { file },
      t('不是 GeoJSON:需要 FeatureCollection、Feature 或几何对象。', 'Not GeoJSON: expected a FeatureCollection, a Feature or a geometry.'),
      t('用 GIS 软件导出为 GeoJSON(RFC 7946)后再导入。', 'Export it as GeoJSON (RFC 7946) from your GIS, then import again.'));
    return undefined;
  }
  const record = isRecord(value) ? value : {};
  const { type: _type, features: _features, crs, ...foreignMembers } = record;
  const name = typeof record.name === 'string' && record.name !== '' ? record.name : baseName(file);
  return {
    name, features,
    details: { format: 'geojson', file },
    crsHints: crs === undefined ? {} : { geojsonCrs: crs },
    foreignMembers: value !== null && isRecord(value) && value.type === 'FeatureCollection' ? foreignMembers : {},
  };
}

function featuresOf(value: unknown): unknown[] | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'FeatureCollection') return Array.isArray(value.features) ? value.features : undefined;
  if (value.type === 'Feature') return [value];
  if (typeof value.type === 'string' && ('coordinates' in value || 'geometries' in value)) {
    return [{ type: 'Feature', properties: {}, geometry: value }];
  }
  return undefined;
}

/** A file name without folders and extension, as a layer name. */
export function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
