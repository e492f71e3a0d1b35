import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlanManifest } from '../../domain/plan';

const PLANS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'plans');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Every layer of every bundled plan, by `<plan>/<layer file without .geojson>`. */
export function loadBundledLayers(): Map<string, FeatureCollection> {
  const layers = new Map<string, FeatureCollection>();
  for (const plan of fs.readdirSync(PLANS).sort()) {
    const manifestFile = path.join(PLANS, plan, 'manifest.json');
    if (!fs.existsSync(manifestFile)) continue;
    const manifest = readJson<PlanManifest>(manifestFile);
    for (const layer of manifest.structures.flatMap((s) => s.layers)) {
      layers.set(`${plan}/${layer.file.replace(/\.geojson$/, '')}`, readJson(path.join(PLANS, plan, layer.file)));
    }
  }
  return layers;
}

/** All layers of all bundled plans merged into one collection. */
export function mergeLayers(layers: Map<string, FeatureCollection>): FeatureCollection {
  return { type: 'FeatureCollection', features: [...layers.values()].flatMap((l) => l.features) };
}

/** A bundled layer, or an error naming it. */
export function getLayer(layers: Map<string, FeatureCollection>, key: string): FeatureCollection {
  const layer = layers.get(key);
  if (layer === undefined) throw new Error(`no bundled layer ${key}`);
  return layer;
}

/** A county of `data/basemap/districts/` by its six-digit code. */
export function loadDistrict(code: string): Feature<Polygon | MultiPolygon> {
  const [county] = readJson<FeatureCollection<Polygon | MultiPolygon>>(path.join(PLANS, '..', 'basemap', 'districts', `${code}.geojson`)).features;
  if (county === undefined) throw new Error(`no district ${code}`);
  return county;
}
