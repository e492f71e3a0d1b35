import type { Feature, FeatureCollection } from 'geojson';
import { describeFeature, type KindedLabel } from './describe-feature';
import { getFeatureKind, type FeatureKind } from './feature-kind';

/** One feature found by a proximity query: a row the UI can list, sort, copy and export. */
export interface DistanceRow extends KindedLabel {
  /** Great-circle km to the feature (0 inside a zone or where features touch). */
  distanceKm: number;
  /** True when the query point lies inside this zone. */
  isInside: boolean;
  /** Always true: distances are straight lines on the sphere, not along roads or rivers. */
  isStraightLine: true;
}

/** What a query returns: rows, and where it helps, geometry to draw (e.g. the buffer searched). */
export interface QueryResult<Row> {
  rows: Row[];
  geometry?: FeatureCollection;
}

/** A feature of an indexed collection with what the rows need to name it. */
export interface IndexEntry extends KindedLabel {
  feature: Feature;
}

/**
 * The features of a collection that proximity queries can measure (those with a node, corridor
 * or zone geometry), each labelled with its position in the collection.
 *
 * @example
 * toIndexEntries(layer).map((e) => e.kind); // ['node', 'zone']
 */
export function toIndexEntries(collection: FeatureCollection): IndexEntry[] {
  return collection.features.flatMap((feature, index) => {
    const kind = getFeatureKind(feature.geometry);
    return kind === undefined ? [] : [{ ...describeFeature(feature, index), kind, feature }];
  });
}

/**
 * A result row from an entry and its measured distance.
 *
 * @example
 * toDistanceRow(entry, 2.5, false).isStraightLine; // true
 */
export function toDistanceRow(entry: IndexEntry, distanceKm: number, isInside: boolean): DistanceRow {
  const { index, id, name, nameEn, kind } = entry;
  return { index, id, name, nameEn, kind, distanceKm, isInside, isStraightLine: true };
}

/**
 * Orders rows nearest first; ties by position in the collection, so every implementation of a
 * query lists the same rows in the same order.
 *
 * @example
 * rows.sort(compareDistanceRows);
 */
export function compareDistanceRows(a: DistanceRow, b: DistanceRow): number {
  return a.distanceKm - b.distanceKm || a.index - b.index;
}

/**
 * Whether an entry is of one of the kinds asked for (all kinds when none are given).
 *
 * @example
 * isOfKinds(entry, ['node']); // true for a Point feature
 */
export function isOfKinds(entry: { kind: FeatureKind }, kinds: readonly FeatureKind[] | undefined): boolean {
  return kinds === undefined || kinds.includes(entry.kind);
}
