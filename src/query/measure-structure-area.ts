import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { dissolvePolygons } from './dissolve-polygons';
import { measureArea } from './measure-area';
import { intersectPolygons } from './polygon-clip';
import { measureSelectionArea, type SelectionArea } from './measure-selection-area';
import { toAreaMeasure, type AreaMeasure } from './units';

/** The area of a structure and, given a district, how much of the district it covers. */
export interface StructureArea extends SelectionArea {
  /** The district's own area, when one was given. */
  district?: AreaMeasure;
  /** The area of the structure's union that lies inside the district. */
  inDistrict?: AreaMeasure;
  /** `inDistrict / district`, from 0 to 1. */
  shareOfDistrict?: number;
}

/** Options of `measureStructureArea`. */
export interface StructureAreaOptions {
  /** A district polygon (e.g. a county from `data/basemap/counties.geojson`) to measure the share of. */
  district?: Feature<Polygon | MultiPolygon>;
}

function measureInside(structure: FeatureCollection, district: Feature<Polygon | MultiPolygon>): AreaMeasure {
  const dissolved = dissolvePolygons(structure);
  if (dissolved === null) return toAreaMeasure(0);
  const inside = intersectPolygons([dissolved], [district]);
  return toAreaMeasure(inside === null ? 0 : measureArea(inside).m2);
}

/**
 * The area of a whole structure (all the polygons of its layers merged into one collection):
 * per-polygon rows, the sum, the union, and with `district` the part of the union inside the
 * district and its share of the district's area.
 *
 * @example
 * const area = measureStructureArea(ecologicalLayers, { district: county });
 * console.log(`${(100 * (area.shareOfDistrict ?? 0)).toFixed(1)} % of the county`);
 */
export function measureStructureArea(structure: FeatureCollection, options: StructureAreaOptions = {}): StructureArea {
  const selection = measureSelectionArea(structure);
  const { district } = options;
  if (district === undefined) return selection;
  const districtArea = measureArea(district);
  const inDistrict = measureInside(structure, district);
  return {
    ...selection,
    district: districtArea,
    inDistrict,
    shareOfDistrict: districtArea.m2 > 0 ? inDistrict.m2 / districtArea.m2 : 0,
  };
}
