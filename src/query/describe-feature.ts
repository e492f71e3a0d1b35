import type { Feature } from 'geojson';
import type { FeatureKind } from './feature-kind';

/** The columns that name a feature in every result row. */
export interface FeatureLabel {
  /** Position of the feature in the collection the query ran on. */
  index: number;
  /** `properties.id`, else the feature's `id`, else `#<index>`. */
  id: string;
  /** The Chinese name (`properties.name.zh` or a plain string `name`), else the id. */
  name: string;
  /** The English name, or an empty string. */
  nameEn: string;
}

/** A feature label with the feature's kind. */
export interface KindedLabel extends FeatureLabel {
  kind: FeatureKind;
}

function textOf(value: unknown, key: 'zh' | 'en'): string | undefined {
  if (typeof value === 'string') return key === 'zh' ? value : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (value as Record<string, unknown>)[key];
  return typeof text === 'string' ? text : undefined;
}

/**
 * Names a feature for a result row: plan features carry `id` and `name {zh, en}` in their
 * properties; any other GeoJSON still gets a stable id from its position.
 *
 * @example
 * describeFeature({ type: 'Feature', properties: { id: 'zunyi', name: { zh: '遵义', en: 'Zunyi' } },
 *   geometry: { type: 'Point', coordinates: [106.9, 27.7] } }, 0);
 * // { index: 0, id: 'zunyi', name: '遵义', nameEn: 'Zunyi' }
 */
export function describeFeature(feature: Feature, index: number): FeatureLabel {
  const props = feature.properties ?? {};
  const rawId = props['id'] ?? feature.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `#${index}`;
  return { index, id, name: textOf(props['name'], 'zh') ?? id, nameEn: textOf(props['name'], 'en') ?? '' };
}
