import type { LoadedPlan, Locale } from '../domain/plan';
import type { FeatureListGroup } from '../ui/pm-feature-list';
import type { FoundFeature } from './plan-lookup';

/** The features of the visible layers, grouped by structure, for the text list of the map. */
export function buildFeatureGroups(plans: LoadedPlan[], isVisible: (plan: string, layer: string) => boolean, locale: Locale): FeatureListGroup[] {
  return plans.flatMap((plan) => plan.manifest.structures.map((s) => ({
    title: `${s.slogan} · ${plan.manifest.title[locale]}`,
    features: s.layers.filter((l) => isVisible(plan.manifest.id, l.id))
      .flatMap((l) => plan.layers.get(l.id)?.features ?? [])
      .map((f) => ({ key: `${plan.manifest.id}/${f.properties.id}`, label: f.properties.name[locale], role: f.properties.role, accuracy: f.properties.accuracy })),
  })).filter((g) => g.features.length));
}

/** Whether the feature's structure has two or more points to measure between. */
export function hasSeveralPoints(found: FoundFeature | null): boolean {
  if (!found) return false;
  const points = found.structure.layers.flatMap((l) => found.plan.layers.get(l.id)?.features ?? []).filter((f) => f.geometry?.type === 'Point');
  return points.length > 1;
}

/** Offers `data` to the user as a file download. */
export function downloadText(data: string | Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Fades out the static picture of the first view (index.html) once the live map has drawn the plan. */
export function retirePreview(): void {
  const preview = document.querySelector('.pm-preview');
  if (!preview) return;
  preview.classList.add('is-done');
  setTimeout(() => preview.remove(), 300);
}

/** A copy of `set` with `member` in it or not. */
export function withMember(set: Set<string>, member: string, isIn: boolean): Set<string> {
  const copy = new Set(set);
  if (isIn) copy.add(member);
  else copy.delete(member);
  return copy;
}

/** The detail of a change event without its id: the fields to patch. */
export function withoutId<T extends { id: string }>(detail: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = detail;
  return rest;
}

/** Offers features as a GeoJSON file, exactly as the plan holds them (coordinates and properties). */
export function exportFeatures(features: GeoJSON.Feature[], name: string): void {
  const collection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
  downloadText(JSON.stringify(collection, null, 1), `${name}.geojson`, 'application/geo+json');
}
