import type { Feature, Geometry } from 'geojson';
import type { IndexEntry } from './distance-row';

/**
 * Whether an indexed entry is the feature a query starts from: the same object, or a feature
 * with the same `properties.id`, so "what lies near the 乌江" does not list the 乌江.
 *
 * @example
 * isSameFeature(entry, selectedFeature); // true for the selection itself
 */
export function isSameFeature(entry: IndexEntry, feature: Feature | Geometry): boolean {
  if (feature.type !== 'Feature') return entry.feature.geometry === feature;
  if (entry.feature === feature) return true;
  const id = feature.properties?.['id'];
  return typeof id === 'string' && id === entry.feature.properties?.['id'];
}
