import * as gjv from 'geojson-validation';
import type { Feature, Geometry } from 'geojson';
import { renameUnsafeKeys, UNSAFE_KEYS } from '../safe-properties';
import { isRecord } from '../validate/guards';
import { closeRings, removeDuplicatePoints } from './fixes/geometry-fixes';
import { describeError, featurePlace, t, type ProblemList } from './problems';

/** The features of a file that can be kept, with their indexes in the file. */
export interface CheckedFeatures {
  features: Feature[];
  /** `sourceIndexes[i]` is the index in the file of `features[i]`. */
  sourceIndexes: number[];
}

const HTML_PATTERN = /<\s*\/?\s*[a-z!][^>]*>|javascript\s*:/i;

/**
 * Keeps every feature that is valid GeoJSON (an `undefined` item is one its parser already reported), or becomes valid by closing its rings and dropping
 * repeated points (those repairs are offered, not done); reports the rest. Renames prototype keys
 * and flags HTML in property values, which stays as the user wrote it.
 */
export function checkFeatures(file: string, items: readonly unknown[], problems: ProblemList): CheckedFeatures {
  const out: CheckedFeatures = { features: [], sourceIndexes: [] };
  items.forEach((item, index) => {
    if (item === undefined) return;
    const errors = geometryErrors(item);
    if (errors.length > 0) {
      problems.add('error', 'import-geometry', featurePlace(file, index, item),
        t(`要素无效,未导入:${errors.slice(0, 3).join(';')}`, `Invalid feature, not imported: ${errors.slice(0, 3).join('; ')}`),
        t('按 GeoJSON 标准改正该要素的几何(坐标必须是数字)后重新导入。',
          'Correct the feature\'s geometry to valid GeoJSON (coordinates must be numbers), then import again.'));
      return;
    }
    out.features.push(cleanFeature(file, index, item as Feature, problems));
    out.sourceIndexes.push(index);
  });
  return out;
}

/** Why `item` is not a usable GeoJSON feature; empty when it is, or when the offered repairs make it so. */
export function geometryErrors(item: unknown): string[] {
  const errors = safeFeatureErrors(item);
  if (errors.length === 0) return hasNonFiniteNumber(item) ? ['coordinates must be finite numbers'] : [];
  if (!isRecord(item) || !isRecord(item.geometry)) return errors;
  const repaired = repairedGeometry(item.geometry as unknown as Geometry);
  return repaired && safeFeatureErrors({ ...item, geometry: repaired }).length === 0 ? [] : errors;
}

function safeFeatureErrors(item: unknown): string[] {
  if (!isRecord(item)) return ['a feature must be an object'];
  try {
    return gjv.isFeature(item, true);
  } catch (error) {
    return [describeError(error)];
  }
}

function repairedGeometry(geometry: Geometry): Geometry | undefined {
  try {
    return removeDuplicatePoints(closeRings(geometry));
  } catch {
    return undefined;
  }
}

function hasNonFiniteNumber(item: unknown): boolean {
  const stack: unknown[] = [isRecord(item) ? item.geometry : undefined];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'number' && !Number.isFinite(value)) return true;
    if (Array.isArray(value)) stack.push(...value);
    else if (isRecord(value)) stack.push(value.coordinates, value.geometries);
  }
  return false;
}

function cleanFeature(file: string, index: number, feature: Feature, problems: ProblemList): Feature {
  const unsafe = findUnsafeKey(feature);
  if (unsafe !== undefined) {
    problems.add('warning', 'prototype-keys', featurePlace(file, index, feature, unsafe),
      t(`键名 "${lastSegment(unsafe)}" 可能污染对象原型,已改名为 "${lastSegment(unsafe)}_"。`,
        `The key "${lastSegment(unsafe)}" could pollute object prototypes; renamed "${lastSegment(unsafe)}_".`),
      t('如需保留原名,请在源数据中给该键换个名字。', 'To choose the name yourself, rename the key in the source data.'));
  }
  const html = findHtml(feature.properties);
  if (html !== undefined) {
    problems.add('warning', 'html-in-properties', featurePlace(file, index, feature, `properties/${html}`),
      t('属性值中含有 HTML 或脚本;已原样保留为文本,不会被执行。', 'A property value contains HTML or script; kept as plain text, never run.'),
      t('如果这不是有意的,请在源数据中删除这些标记。', 'If this is not intended, remove the markup in the source data.'));
  }
  return unsafe === undefined ? feature : (renameUnsafeKeys(feature) as Feature);
}

/** The slash path of the first prototype-polluting key in `value`, searched without recursion. */
export function findUnsafeKey(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop() ?? [undefined, ''];
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item) && typeof item[0] === 'number') continue;
    for (const key of Object.keys(item)) {
      const here = path === '' ? key : `${path}/${key}`;
      if (UNSAFE_KEYS.has(key)) return here;
      stack.push([(item as Record<string, unknown>)[key], here]);
    }
  }
  return undefined;
}

function findHtml(properties: unknown): string | undefined {
  if (!isRecord(properties)) return undefined;
  return Object.keys(properties).find((key) => containsHtml(properties[key]));
}

function containsHtml(value: unknown): boolean {
  if (typeof value === 'string') return HTML_PATTERN.test(value);
  if (Array.isArray(value)) return value.some(containsHtml);
  if (isRecord(value)) return Object.values(value).some(containsHtml);
  return false;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
