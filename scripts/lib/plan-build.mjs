// @ts-check
/**
 * Shared helpers for the scripts in scripts/plans/ that write the bundled plan packages. Each
 * script keeps its hand-placed coordinates as data with their source, and derives the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The seed documents live beside the repository; SEEDS_DIR overrides the place. */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(ROOT, '..', 'shared', 'seeds');

/** @type {Map<string, string[]>} */
const seedCache = new Map();

/**
 * The lines of seed document `doc` ("000" … "004").
 * @param {string} doc
 */
export function seedLines(doc) {
  const cached = seedCache.get(doc);
  if (cached) return cached;
  const file = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${doc}_`));
  if (!file) throw new Error(`no seed document ${doc} in ${SEEDS_DIR}`);
  const lines = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n');
  seedCache.set(doc, lines);
  return lines;
}

/**
 * A provenance record whose quote is cut verbatim from line `line` (1-based) of the document,
 * from the first occurrence of `from` to the end of the first `to` after it (or the line's end).
 * Throws when the words are not on that line, so a wrong line number cannot slip in.
 * @param {string} doc @param {number} line @param {string} from @param {string} [to]
 * @returns {{ document: string, line: number, quote: string }}
 */
export function cite(doc, line, from, to) {
  const text = seedLines(doc)[line - 1] ?? '';
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`${doc}:${line} does not contain "${from}"`);
  const stop = to === undefined ? text.length : text.indexOf(to, start);
  if (stop < 0) throw new Error(`${doc}:${line} has no "${to}" after "${from}"`);
  return { document: doc, line, quote: text.slice(start, to === undefined ? stop : stop + to.length).trim() };
}

/** @type {import('geojson').FeatureCollection | undefined} */
let counties;

/**
 * A county polygon of the embedded basemap (WGS84) by its GB/T 2260 code.
 * @param {string} code
 * @returns {import('geojson').Feature<import('geojson').Polygon | import('geojson').MultiPolygon>}
 */
export function countyFeature(code) {
  counties ??= JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'basemap', 'counties.geojson'), 'utf8'));
  const found = counties?.features.find((f) => f.properties?.code === code);
  if (!found) throw new Error(`no county ${code} in data/basemap/counties.geojson`);
  return /** @type {any} */ (found);
}

/**
 * The label point of a county (near its seat) from the embedded basemap.
 * @param {string} code
 * @returns {[number, number]}
 */
export function countySeat(code) {
  const labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'basemap', 'labels.geojson'), 'utf8'));
  const found = labels.features.find((/** @type {any} */ f) => f.properties.kind === 'county' && f.properties.code === code);
  if (!found) throw new Error(`no county label ${code}`);
  return found.geometry.coordinates;
}

/**
 * Writes one layer of a plan as a FeatureCollection with each feature's `id` mirrored from its
 * properties, coordinates rounded to 1e-5° (about 1 m).
 * @param {string} planId @param {string} file @param {any[]} features
 */
export function writeLayer(planId, file, features) {
  const round = (/** @type {any} */ c) => (typeof c[0] === 'number' ? c.map((n) => Math.round(n * 1e5) / 1e5) : c.map(round));
  const out = features.map((f) => ({ type: 'Feature', id: f.properties.id, properties: f.properties, geometry: f.geometry && { ...f.geometry, coordinates: round(f.geometry.coordinates) } }));
  const dir = path.join(ROOT, 'data', 'plans', planId);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify({ type: 'FeatureCollection', features: out }, null, 1) + '\n');
  console.log(`data/plans/${planId}/${file}: ${out.length} features`);
}

/**
 * Writes a plan's manifest.
 * @param {string} planId @param {object} manifest
 */
export function writeManifest(planId, manifest) {
  const dir = path.join(ROOT, 'data', 'plans', planId);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
