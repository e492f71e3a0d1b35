import type { Geometry, GeometryCollection, Point, LineString, Polygon } from 'geojson';
import type { LoadedPlan, PlanManifest, Structure, TourStep } from '../domain/plan';

/** One stop of a plan's tour: a tour step with the structure it belongs to. */
export interface TourStop {
  structure: Structure;
  step: TourStep;
}

/**
 * Every structure's tour steps, in manifest order: the presentation plays them one after another.
 * @example flattenTour(manifest).length // 12 for a plan of four structures with three steps each
 */
export function flattenTour(manifest: PlanManifest): TourStop[] {
  return manifest.structures.flatMap((structure) => structure.tour.map((step) => ({ structure, step })));
}

/** The layers a stop shows: the step's own list, or all of its structure's layers when it names none. */
export function findStopLayers(stop: TourStop): string[] {
  return stop.step.layers?.length ? stop.step.layers : stop.structure.layers.map((l) => l.id);
}

/** `index` kept within a tour of `length` stops. */
export function clampStop(index: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(index) || 0), Math.max(0, length - 1));
}

type SimpleGeometry = Point | LineString | Polygon;

/**
 * The geometry that highlights a stop's features: the single feature's own geometry, or for several
 * one collection of their simple parts (multi-parts split so the highlight's per-type filters see
 * them); null when the stop names no feature that the plan has.
 */
export function findStopHighlight(plan: LoadedPlan, stop: TourStop): Geometry | null {
  const wanted = new Set(stop.step.features ?? []);
  const geometries = [...plan.layers.values()].flatMap((fc) => fc.features)
    .filter((f) => wanted.has(f.properties.id) && f.geometry)
    .map((f) => f.geometry);
  if (geometries.length <= 1) return geometries[0] ?? null;
  const collection: GeometryCollection<SimpleGeometry> = { type: 'GeometryCollection', geometries: geometries.flatMap(splitParts) };
  return collection;
}

function splitParts(geometry: Geometry): SimpleGeometry[] {
  switch (geometry.type) {
    case 'MultiPoint': return geometry.coordinates.map((coordinates) => ({ type: 'Point', coordinates }));
    case 'MultiLineString': return geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
    case 'MultiPolygon': return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    case 'GeometryCollection': return geometry.geometries.flatMap(splitParts);
    default: return [geometry];
  }
}
