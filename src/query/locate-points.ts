import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { describeFeature, type FeatureLabel } from './describe-feature';
import { listPolygons, type IndexedPolygon } from './polygon-features';

/** Which zones one point falls in. */
export interface PointZonesRow extends FeatureLabel {
  /** Ids of the zones containing the point (edges count as inside), in zone-layer order. */
  zoneIds: string[];
  /** Chinese names of those zones. */
  zoneNames: string[];
}

interface ZoneCandidate extends IndexedPolygon {
  box: number[];
}

function isInBox([lon = 0, lat = 0]: number[], [w = 0, s = 0, e = 0, n = 0]: number[]): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function findZones(at: number[], zones: readonly ZoneCandidate[]): ZoneCandidate[] {
  return zones.filter((zone) => isInBox(at, zone.box) && booleanPointInPolygon(at, zone.feature));
}

/**
 * Point-in-polygon of every point (node) against a zone layer: which zone each node falls in.
 * A point in overlapping zones lists them all; a point in none gets empty lists. Non-point
 * features of `points` and non-polygon features of `zones` are skipped.
 *
 * @example
 * locatePointsInZones(nodeTowns, functionalZones).rows.map((r) => `${r.name}: ${r.zoneNames.join('、')}`);
 */
export function locatePointsInZones(points: FeatureCollection, zones: FeatureCollection): { rows: PointZonesRow[] } {
  const candidates = listPolygons(zones).map((zone) => ({ ...zone, box: bbox(zone.feature) }));
  const rows = points.features.flatMap((feature, index) => {
    if (feature.geometry?.type !== 'Point') return [];
    const found = findZones((feature.geometry as Point).coordinates, candidates);
    const labels = found.map((zone) => describeFeature(zone.feature, zone.index));
    return [{ ...describeFeature(feature, index), zoneIds: labels.map((l) => l.id), zoneNames: labels.map((l) => l.name) }];
  });
  return { rows };
}
