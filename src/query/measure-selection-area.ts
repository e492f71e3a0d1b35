import type { FeatureCollection } from 'geojson';
import { describeFeature, type FeatureLabel } from './describe-feature';
import { dissolvePolygons } from './dissolve-polygons';
import { measureArea } from './measure-area';
import { measurePerimeterKm } from './measure-perimeter';
import { listPolygons } from './polygon-features';
import { toAreaMeasure, type AreaMeasure } from './units';

/** One polygon of a selection with its area and perimeter. */
export interface AreaRow extends FeatureLabel, AreaMeasure {
  perimeterKm: number;
}

/** The area of a selection: each polygon, the plain sum, and the union where overlaps count once. */
export interface SelectionArea {
  rows: AreaRow[];
  /** Sum of the polygons' areas; overlapping parts are counted once per polygon. */
  sum: AreaMeasure;
  /** Area of the polygons' union; overlapping parts are counted once. */
  union: AreaMeasure;
  /** `sum - union`: how much of the sum is double counting (never negative). */
  overlap: AreaMeasure;
}

/**
 * Areas of the polygons of a selection (a FeatureCollection): one row per polygon with km², 公顷,
 * 亩 and perimeter, plus the plain sum and the area of their union. Non-polygon features are
 * skipped. Geodesic (turf.area).
 *
 * @example
 * const { sum, union } = measureSelectionArea(selection);
 * console.log(`${sum.km2} km² listed, ${union.km2} km² on the ground`);
 */
export function measureSelectionArea(selection: FeatureCollection): SelectionArea {
  const rows = listPolygons(selection).map(({ index, feature }): AreaRow => ({
    ...describeFeature(feature, index),
    ...measureArea(feature),
    perimeterKm: measurePerimeterKm(feature),
  }));
  const sumM2 = rows.reduce((total, row) => total + row.m2, 0);
  const dissolved = dissolvePolygons(selection);
  const unionM2 = dissolved === null ? 0 : measureArea(dissolved).m2;
  return {
    rows,
    sum: toAreaMeasure(sumM2),
    union: toAreaMeasure(unionM2),
    overlap: toAreaMeasure(Math.max(0, sumM2 - unionM2)),
  };
}
