import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PlanLoadError, fetchJsonFile } from './plan-source';

/**
 * The county boundaries a plan's region names (`region.counties`), from the site's
 * `basemap/districts/<code>.geojson` (written by `npm run data:districts`), for measuring a
 * structure's share of its district. A missing or malformed file fails with its name.
 *
 * @example
 * const districts = await fetchDistricts(dataUrl, plan.manifest.region.counties ?? []);
 */
export async function fetchDistricts(dataUrl: string, codes: readonly string[], fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<Feature<Polygon | MultiPolygon>[]> {
  const loaded = await Promise.all(codes.map(async (code) => {
    const rel = `basemap/districts/${code}.geojson`;
    if (!/^\d{6}$/.test(code)) throw new PlanLoadError(rel, 'is not a six-digit county code');
    const data = (await fetchJsonFile(dataUrl, rel, fetchFn)) as FeatureCollection | null;
    const features = data?.type === 'FeatureCollection' ? data.features : [];
    const polygons = features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
    if (polygons.length === 0) throw new PlanLoadError(rel, 'holds no county polygon');
    return polygons as Feature<Polygon | MultiPolygon>[];
  }));
  return loaded.flat();
}
