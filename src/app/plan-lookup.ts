import type { Camera, LoadedPlan, Locale, PlanFeature, Role, Structure } from '../domain/plan';
import type { Geometry, Position } from 'geojson';
import { featureKey } from '../map/plan-features';

/** A feature found by key, with what the card needs around it. */
export interface FoundFeature {
  plan: LoadedPlan;
  structure: Structure;
  layerId: string;
  feature: PlanFeature;
}

/** A box [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** The feature with key `plan/feature` among the loaded plans. */
export function findFeature(plans: LoadedPlan[], key: string): FoundFeature | null {
  for (const plan of plans) {
    for (const structure of plan.manifest.structures) {
      for (const layer of structure.layers) {
        const feature = plan.layers.get(layer.id)?.features.find((f) => featureKey(plan.manifest.id, f.properties.id) === key);
        if (feature) return { plan, structure, layerId: layer.id, feature };
      }
    }
  }
  return null;
}

/** Keys (`plan/layer`) of the layers whose features are all schematic. */
export function findSchematicLayers(plans: LoadedPlan[]): Set<string> {
  const keys = new Set<string>();
  for (const plan of plans) {
    for (const [layerId, fc] of plan.layers) {
      if (fc.features.length && fc.features.every((f) => f.properties.accuracy === 'schematic')) keys.add(`${plan.manifest.id}/${layerId}`);
    }
  }
  return keys;
}

/** The roles present in each layer (`plan/layer`), for the legend. */
export function findLayerRoles(plans: LoadedPlan[]): Map<string, Role[]> {
  const roles = new Map<string, Role[]>();
  for (const plan of plans) {
    for (const [layerId, fc] of plan.layers) roles.set(`${plan.manifest.id}/${layerId}`, [...new Set(fc.features.map((f) => f.properties.role))]);
  }
  return roles;
}

/** The box around every coordinate of the geometries, or null when there is none. */
export function findBounds(geometries: (Geometry | null)[]): Bounds | null {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as Position;
      [box[0], box[1], box[2], box[3]] = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
      return;
    }
    c.forEach(visit);
  };
  for (const g of geometries) {
    if (g && g.type !== 'GeometryCollection') visit(g.coordinates);
  }
  return Number.isFinite(box[0]) ? box : null;
}

/** Something the search box can find, and where it takes the map. */
export interface SearchEntry {
  kind: 'plan' | 'structure' | 'feature' | 'place';
  label: string;
  detail: string;
  featureKey?: string;
  bounds?: Bounds;
  camera?: Camera;
}

/** A place of the basemap (county, prefecture, province) that search can find. */
export interface BasemapPlace {
  name: string;
  kind: string;
  center: [number, number];
}

/** Every plan, structure, feature and basemap place that search can find, in `locale`. */
export function buildSearchEntries(plans: LoadedPlan[], places: BasemapPlace[], locale: Locale): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const plan of plans) {
    const title = plan.manifest.title[locale];
    entries.push({ kind: 'plan', label: title, detail: plan.manifest.region.name[locale], camera: plan.manifest.camera });
    for (const structure of plan.manifest.structures) {
      const features = structure.layers.flatMap((l) => plan.layers.get(l.id)?.features ?? []);
      const bounds = findBounds(features.map((f) => f.geometry)) ?? undefined;
      entries.push({ kind: 'structure', label: `${structure.slogan} ${structure.name[locale]}`, detail: title, bounds });
      for (const f of features) {
        const other = locale === 'zh' ? f.properties.name.en : f.properties.name.zh;
        entries.push({ kind: 'feature', label: f.properties.name[locale], detail: `${other} · ${structure.slogan}`, featureKey: featureKey(plan.manifest.id, f.properties.id) });
      }
    }
  }
  for (const place of places) entries.push({ kind: 'place', label: place.name, detail: place.kind, camera: { center: place.center, zoom: place.kind === 'county' ? 10 : place.kind === 'prefecture' ? 8.5 : 6.5 } });
  return entries;
}

/** The box around a loaded layer (`plan`, `layer`), or null when it is not loaded or empty. */
export function findLayerBounds(plans: LoadedPlan[], planId: string, layerId: string): Bounds | null {
  const plan = plans.find((p) => p.manifest.id === planId);
  return findBounds(plan?.layers.get(layerId)?.features.map((f) => f.geometry) ?? []);
}

/**
 * Keys (`plan/layer`) of every layer of the loaded plans except those of one structure, for
 * "show only this structure"; null when the structure is not loaded.
 */
export function listLayersBesides(plans: LoadedPlan[], planId: string, structureId: string): Set<string> | null {
  const keep = plans.find((p) => p.manifest.id === planId)?.manifest.structures.find((s) => s.id === structureId);
  if (!keep) return null;
  const hidden = new Set<string>();
  for (const plan of plans) {
    for (const s of plan.manifest.structures) {
      if (s !== keep) s.layers.forEach((l) => hidden.add(`${plan.manifest.id}/${l.id}`));
    }
  }
  return hidden;
}
