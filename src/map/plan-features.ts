import type { Feature, FeatureCollection } from 'geojson';
import { findLabelPoint } from './label-point';
import type { Locale, PlanFeatureCollection, PlanManifest } from '../domain/plan';

/** The flat properties a plan feature carries on the map, where expressions read them. */
export interface MapFeatureProperties {
  key: string;
  id: string;
  plan: string;
  layer: string;
  role: string;
  accuracy: string;
  label: string;
  /** True on the extra point that carries an area's name. */
  isLabel: boolean;
  /** The feature's place in its layer, so that neighbouring zones get different tints; -1 when the layer has one feature. */
  shade: number;
}

/** The key that names a feature across plans: `<plan id>/<feature id>`. */
export function featureKey(planId: string, featureId: string): string {
  return `${planId}/${featureId}`;
}

/**
 * The features of one plan layer as the map needs them: flat, string-only properties in the
 * current language. The full properties stay with the loaded plan, looked up by key.
 */
export function toMapCollection(manifest: PlanManifest, layerId: string, collection: PlanFeatureCollection, locale: Locale): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.flatMap((f, index) => {
      const p = f.properties;
      const properties: MapFeatureProperties = {
        key: featureKey(manifest.id, p.id), id: p.id, plan: manifest.id, layer: layerId,
        role: p.role, accuracy: p.accuracy, label: p.name[locale] || p.name.zh, isLabel: false, shade: collection.features.length > 1 ? index : -1,
      };
      const out: Feature[] = [{ type: 'Feature', properties: { ...properties }, geometry: f.geometry }];
      const labelPoint = f.geometry ? findLabelPoint(f.geometry) : null;
      if (labelPoint) out.push({ type: 'Feature', properties: { ...properties, isLabel: true }, geometry: { type: 'Point', coordinates: labelPoint } });
      return out;
    }),
  };
}
