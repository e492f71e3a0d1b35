import { bbox } from '@turf/turf';
import Flatbush from 'flatbush';
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
import { createFlatMetric, minKmPerFlatUnit, type FlatMetric } from './flat-metric';
import { toLonLat, type PointInput } from './point-input';
import { isSameFeature } from './same-feature';

type Box = [number, number, number, number];

/** Candidates fetched beyond `k` in the first round of a nearest search. */
const FIRST_ROUND_SLACK = 11;

interface Tree {
  entries: IndexEntry[];
  metric: FlatMetric;
  /** Flat boxes of the entries, 4 numbers each: minX, minY, maxX, maxY. */
  boxes: Float64Array;
  flatbush: Flatbush | undefined;
}

function buildTree(collection: FeatureCollection): Tree {
  const entries = toIndexEntries(collection);
  const lonLatBoxes = entries.map((entry) => bbox(entry.feature) as Box);
  const bandLat = lonLatBoxes.reduce((max, [, s, , n]) => Math.max(max, Math.abs(s), Math.abs(n)), 0);
  const metric = createFlatMetric(bandLat);
  const boxes = new Float64Array(entries.length * 4);
  lonLatBoxes.forEach(([w, s, e, n], i) => boxes.set([w * metric.lonScale, s, e * metric.lonScale, n], i * 4));
  if (entries.length === 0) return { entries, metric, boxes, flatbush: undefined };
  const flatbush = new Flatbush(entries.length);
  for (let i = 0; i < boxes.length; i += 4) flatbush.add(boxes[i] ?? 0, boxes[i + 1] ?? 0, boxes[i + 2] ?? 0, boxes[i + 3] ?? 0);
  flatbush.finish();
  return { entries, metric, boxes, flatbush };
}

function flatBoxDistance(tree: Tree, id: number, x: number, y: number): number {
  const at = id * 4;
  const dx = Math.max((tree.boxes[at] ?? 0) - x, x - (tree.boxes[at + 2] ?? 0), 0);
  const dy = Math.max((tree.boxes[at + 1] ?? 0) - y, y - (tree.boxes[at + 3] ?? 0), 0);
  return Math.hypot(dx, dy);
}

function kindFilter(tree: Tree, options: WithinOptions): ((id: number) => boolean) | undefined {
  const { kinds } = options;
  if (kinds === undefined) return undefined;
  return (id) => tree.entries[id] !== undefined && isOfKinds(tree.entries[id], kinds);
}

function measureEntry(entry: IndexEntry, at: [number, number]): DistanceRow {
  const measured = measureDistanceToFeature(at, entry.feature);
  return toDistanceRow(entry, measured?.distanceKm ?? Infinity, measured?.isInside ?? false);
}

function insertRow(rows: DistanceRow[], row: DistanceRow, k: number): void {
  let at = rows.length;
  while (at > 0 && compareDistanceRows(row, rows[at - 1] as DistanceRow) < 0) at--;
  if (at < k) rows.splice(at, 0, row);
  if (rows.length > k) rows.pop();
}

function searchNearest(tree: Tree, flatbush: Flatbush, at: [number, number], options: NearestOptions): DistanceRow[] {
  const k = checkNearestCount(options.k ?? 5);
  const [x, y] = [at[0] * tree.metric.lonScale, at[1]];
  const kmPerUnit = minKmPerFlatUnit(tree.metric, at[1]);
  const filter = kindFilter(tree, options);
  const rows: DistanceRow[] = [];
  const measured = new Set<number>();
  for (let m = k + FIRST_ROUND_SLACK; ; m *= 4) {
    const ids = flatbush.neighbors(x, y, m, Infinity, filter);
    for (const id of ids) {
      const kth = rows[k - 1];
      if (kth !== undefined && kth.distanceKm < flatBoxDistance(tree, id, x, y) * kmPerUnit) return rows;
      const entry = tree.entries[id];
      if (entry === undefined || measured.has(id)) continue;
      measured.add(id);
      insertRow(rows, measureEntry(entry, at), k);
    }
    if (ids.length < m) return rows;
  }
}

function searchBox(tree: Tree, flatbush: Flatbush, [w, s, e, n]: Box, reachKm: number, options: WithinOptions): IndexEntry[] {
  const pad = reachKm / minKmPerFlatUnit(tree.metric, Math.max(Math.abs(s), Math.abs(n)));
  const { lonScale } = tree.metric;
  const ids = flatbush.search(w * lonScale - pad, s - pad, e * lonScale + pad, n + pad, kindFilter(tree, options));
  return ids.flatMap((id) => tree.entries[id] ?? []);
}

/**
 * Builds a spatial index over a collection once (flatbush over the features' bounding boxes) and
 * answers nearest, within-radius and within-buffer queries with exact Turf distances. Boxes are
 * indexed in lon/lat with longitudes scaled by cos φ (see `FlatMetric`) rather than projected to
 * metres: the scaled plane gives a cheap distance that is a proven lower bound of the
 * great-circle one, so the tree only orders and prunes candidates, and every reported distance
 * is turf's great-circle figure, identical to `createNaiveIndex`'s.
 *
 * @example
 * const index = createFeatureIndex(allLayers);
 * index.nearest([106.93, 27.7], { k: 5, kinds: ['node'] }).rows;
 * index.within([106.93, 27.7], 5).rows;
 * index.withinBuffer(wujiang, 5).rows; // what lies within 5 km of the 乌江 corridor
 * index.withinBuffer(wujiang, 5, { includeBuffer: true }).geometry; // and the band to draw
 */
export function createFeatureIndex(collection: FeatureCollection): FeatureIndex {
  const tree = buildTree(collection);
  const { flatbush } = tree;
  return {
    size: tree.entries.length,
    nearest(point: PointInput, options: NearestOptions = {}): QueryResult<DistanceRow> {
      const at = toLonLat(point);
      checkNearestCount(options.k ?? 5);
      return { rows: flatbush === undefined ? [] : searchNearest(tree, flatbush, at, options) };
    },
    within(point: PointInput, km: number, options: WithinOptions = {}): QueryResult<DistanceRow> {
      const at = toLonLat(point);
      checkRadiusKm(km);
      const candidates = flatbush === undefined ? [] : searchBox(tree, flatbush, [at[0], at[1], at[0], at[1]], km, options);
      const rows = candidates.map((entry) => measureEntry(entry, at)).filter((row) => row.distanceKm <= km);
      return { rows: rows.sort(compareDistanceRows) };
    },
    withinBuffer(feature: Feature | Geometry, km: number, options: WithinBufferOptions = {}): QueryResult<DistanceRow> {
      checkRadiusKm(km);
      const candidates = flatbush === undefined ? [] : searchBox(tree, flatbush, bbox(feature) as Box, km, options);
      const rows = candidates.filter((entry) => !isSameFeature(entry, feature))
        .map((entry) => toDistanceRow(entry, measureFeatureDistanceKm(entry.feature, feature, { maxKm: km }), false))
        .filter((row) => row.distanceKm <= km);
      rows.sort(compareDistanceRows);
      return options.includeBuffer === true ? { rows, geometry: bufferFeatures(feature, km) } : { rows };
    },
  };
}
