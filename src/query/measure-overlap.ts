import { featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { dissolvePolygons } from './dissolve-polygons';
import { measureArea } from './measure-area';
import { intersectPolygons } from './polygon-clip';
import { toAreaMeasure, type AreaMeasure } from './units';

/** Where two layers overlap, and how much of each that is. */
export interface LayerOverlap {
  /** Area of layer A's union (its own overlaps counted once). */
  areaA: AreaMeasure;
  /** Area of layer B's union. */
  areaB: AreaMeasure;
  /** Area of A ∩ B. */
  overlap: AreaMeasure;
  /** Overlap as a percentage of A's area (0 when A has no area). */
  percentOfA: number;
  /** Overlap as a percentage of B's area (0 when B has no area). */
  percentOfB: number;
  isEmpty: boolean;
  /** The overlap polygon (one Polygon or MultiPolygon feature), or no feature when empty. */
  geometry: FeatureCollection<Polygon | MultiPolygon>;
}

function intersectUnions(a: Feature<Polygon | MultiPolygon> | null, b: Feature<Polygon | MultiPolygon> | null): Feature<Polygon | MultiPolygon> | null {
  if (a === null || b === null) return null;
  return intersectPolygons([a], [b]);
}

function percent(part: number, whole: number): number {
  return whole > 0 ? (100 * part) / whole : 0;
}

/**
 * The area where two polygon layers overlap (the intersection of each layer's union), e.g. an
 * ecological corridor's buffer ∩ a development zone, in km²/公顷/亩 and as % of each layer.
 * Polygons and MultiPolygons are dissolved first, so a layer's internal overlaps count once;
 * points and lines are ignored (buffer them first with `bufferFeatures`). No overlap, or a layer
 * without polygons, gives zero areas and `isEmpty: true`.
 *
 * @example
 * const o = measureOverlap(bufferFeatures(wujiang, 2), developmentZones);
 * console.log(`${o.overlap.km2.toFixed(1)} km², ${o.percentOfB.toFixed(1)} % of the zones`);
 */
export function measureOverlap(a: FeatureCollection, b: FeatureCollection): LayerOverlap {
  const unionA = dissolvePolygons(a);
  const unionB = dissolvePolygons(b);
  const shared = intersectUnions(unionA, unionB);
  const areaA = toAreaMeasure(unionA === null ? 0 : measureArea(unionA).m2);
  const areaB = toAreaMeasure(unionB === null ? 0 : measureArea(unionB).m2);
  const overlap = toAreaMeasure(shared === null ? 0 : measureArea(shared).m2);
  return {
    areaA, areaB, overlap,
    percentOfA: percent(overlap.m2, areaA.m2),
    percentOfB: percent(overlap.m2, areaB.m2),
    isEmpty: overlap.m2 === 0,
    geometry: featureCollection(shared === null ? [] : [shared]),
  };
}
