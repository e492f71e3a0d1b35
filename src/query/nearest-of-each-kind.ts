import type { DistanceRow, QueryResult } from './distance-row';
import { FEATURE_KINDS } from './feature-kind';
import type { FeatureIndex } from './feature-index-contract';
import type { PointInput } from './point-input';

/** Options of `findNearestOfEachKind`. */
export interface NearestOfEachKindOptions {
  /** How many of each kind (default 1). */
  k?: number;
}

/**
 * The nearest node, corridor and zone edge to a point (or the `k` nearest of each), from an
 * index: the "what is around here" card. Rows are grouped by kind (nodes, corridors, zones),
 * nearest first within each; a kind the collection lacks is simply absent.
 *
 * @example
 * findNearestOfEachKind(createFeatureIndex(plan), [106.93, 27.7]).rows.map((r) => `${r.kind} ${r.name} ${r.distanceKm} km`);
 */
export function findNearestOfEachKind(index: FeatureIndex, point: PointInput, options: NearestOfEachKindOptions = {}): QueryResult<DistanceRow> {
  const k = options.k ?? 1;
  return { rows: FEATURE_KINDS.flatMap((kind) => index.nearest(point, { k, kinds: [kind] }).rows) };
}
