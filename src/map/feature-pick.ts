import type * as maplibregl from 'maplibre-gl';

/** A click picks the smallest thing under the pointer: a point over a line over an area. */
const PICK_ORDER = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/** An area's name label ranks with the area itself. */
function pickRank(feature: maplibregl.MapGeoJSONFeature): number {
  return feature.properties.isLabel ? PICK_ORDER.indexOf('Polygon') : PICK_ORDER.indexOf(feature.geometry.type);
}

/**
 * The key (`plan/feature`) of the plan feature a click at `point` picks among the map layers
 * `layers`, or null: anything within 4 px, a point before a line before an area, and of several
 * points the one nearest the click.
 */
export function pickFeatureKey(map: maplibregl.Map, point: maplibregl.Point, layers: string[]): string | null {
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [[point.x - 4, point.y - 4], [point.x + 4, point.y + 4]];
  const distance = (feature: maplibregl.MapGeoJSONFeature): number =>
    feature.geometry.type === 'Point' ? map.project(feature.geometry.coordinates as [number, number]).dist(point) : 0;
  const hits = map.queryRenderedFeatures(box, { layers })
    .filter((f) => typeof f.properties?.key === 'string')
    .sort((a, b) => pickRank(a) - pickRank(b) || distance(a) - distance(b));
  return (hits[0]?.properties.key as string | undefined) ?? null;
}
