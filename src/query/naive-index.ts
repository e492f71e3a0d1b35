import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { bufferFeatures } from './buffer-features';
import { measureDistanceToFeature } from './distance-to-feature';
import {
  compareDistanceRows, isOfKinds, toDistanceRow, toIndexEntries, type DistanceRow, type IndexEntry, type QueryResult,
} from './distance-row';
import {
  checkNearestCount, checkRadiusKm, type FeatureIndex, type NearestOptions, type WithinBufferOptions, type WithinOptions,
} from './feature-index-contract';
import { measureFeatureDistanceKm } from './feature-distance';
import { isSameFeature } from './same-feature';
import { toLonLat, type PointInput } from './point-input';

function measureAll(entries: readonly IndexEntry[], point: PointInput, options: WithinOptions): DistanceRow[] {
  const at = toLonLat(point);
  return entries.filter((entry) => isOfKinds(entry, options.kinds)).map((entry) => {
    const measured = measureDistanceToFeature(at, entry.feature);
    return toDistanceRow(entry, measured?.distanceKm ?? Infinity, measured?.isInside ?? false);
  });
}

function selectNearest(rows: readonly DistanceRow[], k: number): DistanceRow[] {
  const best: DistanceRow[] = [];
  for (const row of rows) {
    const last = best[k - 1];
    if (last !== undefined && compareDistanceRows(row, last) >= 0) continue;
    best.splice(k - 1, 1, row);
    best.sort(compareDistanceRows);
  }
  return best;
}

function measureAllFrom(entries: readonly IndexEntry[], from: Feature | Geometry, maxKm: number, options: WithinOptions): DistanceRow[] {
  return entries.filter((entry) => isOfKinds(entry, options.kinds))
    .map((entry) => toDistanceRow(entry, measureFeatureDistanceKm(entry.feature, from, { maxKm }), false));
}

/**
 * The proximity queries by brute force: every feature is measured with Turf on every call
 * (O(n) exact distances per query). The oracle the index is tested against and the baseline of
 * its benchmark; fine for a few hundred features.
 *
 * @example
 * const naive = createNaiveIndex(plan);
 * naive.nearest([106.93, 27.7], { k: 3 }).rows.map((r) => r.name);
 */
export function createNaiveIndex(collection: FeatureCollection): FeatureIndex {
  const entries = toIndexEntries(collection);
  return {
    size: entries.length,
    nearest(point: PointInput, options: NearestOptions = {}): QueryResult<DistanceRow> {
      const k = checkNearestCount(options.k ?? 5);
      return { rows: selectNearest(measureAll(entries, point, options), k) };
    },
    within(point: PointInput, km: number, options: WithinOptions = {}): QueryResult<DistanceRow> {
      checkRadiusKm(km);
      return { rows: measureAll(entries, point, options).filter((row) => row.distanceKm <= km).sort(compareDistanceRows) };
    },
    withinBuffer(feature: Feature | Geometry, km: number, options: WithinBufferOptions = {}): QueryResult<DistanceRow> {
      checkRadiusKm(km);
      const others = entries.filter((entry) => !isSameFeature(entry, feature));
      const rows = measureAllFrom(others, feature, km, options).filter((row) => row.distanceKm <= km).sort(compareDistanceRows);
      return options.includeBuffer === true ? { rows, geometry: bufferFeatures(feature, km) } : { rows };
    },
  };
}
