import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { isRecord, stringAt } from './guards';

/** A county polygon of the basemap with its bounding box, for quick point tests. */
export interface County {
  code: string;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: BBox;
}

/** Counties by GB/T 2260 code. */
export type CountyIndex = Map<string, County>;

const cache = new WeakMap<FeatureCollection, CountyIndex>();

/**
 * Indexes a county FeatureCollection (`data/basemap/counties.geojson`: property `code`) by code.
 * Features without a code or with a non-polygon geometry are skipped. Cached per collection.
 */
export function countyIndex(collection: FeatureCollection): CountyIndex {
  const cached = cache.get(collection);
  if (cached) return cached;
  const index: CountyIndex = new Map();
  for (const feature of collection.features) {
    const code = stringAt(feature.properties, 'code');
    const geometry: unknown = feature.geometry;
    if (code === undefined || !isRecord(geometry)) continue;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const polygon = feature as Feature<Polygon | MultiPolygon>;
    index.set(code, { code, feature: polygon, bbox: turfBbox(polygon) });
  }
  cache.set(collection, index);
  return index;
}

/** True when the position lies inside (or on the edge of) one of the counties. */
export function inAnyCounty(position: Position, counties: readonly County[]): boolean {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined) return false;
  return counties.some(
    (c) =>
      lon >= c.bbox[0] && lat >= c.bbox[1] && lon <= c.bbox[2] && lat <= c.bbox[3] &&
      booleanPointInPolygon([lon, lat], c.feature),
  );
}

/** The county containing the position, searching the whole index, or undefined (outside them all). */
export function countyAt(position: Position, index: CountyIndex): County | undefined {
  for (const county of index.values()) if (inAnyCounty(position, [county])) return county;
  return undefined;
}

/** "code name" of a county, e.g. `520382 仁怀市`, from its basemap properties. */
export function countyLabel(county: County): string {
  const name = stringAt(county.feature.properties, 'name');
  return name === undefined ? county.code : `${county.code} ${name}`;
}
