// @ts-check
/**
 * Measures PlanMap's production build against a bare maplibre-gl page showing the same data:
 * JavaScript transferred (raw and gzip) and load-to-idle in headless Chromium, over alternating
 * rounds. Prints a Markdown table for BENCHMARKS.md.
 *
 * Usage: npm run bench:load [-- --rounds 7]
 */
import { build } from 'vite';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { measureHandover } from './lib/handover.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const appDir = path.join(root, 'dist');
const bareDir = path.join(root, '.cache', 'bench-bare');

await build({ root, logLevel: 'warn' });
await build({ root: path.join(root, 'bench', 'peers', 'maplibre'), base: './', configFile: false, logLevel: 'warn', build: { outDir: bareDir, emptyOutDir: true } });
const planFiles = fs.readdirSync(path.join(root, 'data', 'plans', 'zunyi-metropolitan')).map((f) => `plans/zunyi-metropolitan/${f}`);
for (const rel of ['basemap/provinces.geojson', 'basemap/boundaries.geojson', 'basemap/labels.geojson', ...planFiles]) {
  fs.mkdirSync(path.dirname(path.join(bareDir, 'data', rel)), { recursive: true });
  fs.copyFileSync(path.join(root, 'data', rel), path.join(bareDir, 'data', rel));
}

/** @param {string} dir */
function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/json', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(dir) || !fs.existsSync(file)) { res.statusCode = 404; res.end(); return; }
    res.setHeader('Content-Type', /** @type {Record<string, string>} */ (types)[path.extname(file)] ?? 'application/octet-stream');
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** JS files each page requested on its first screen (module graph, not the worker), by page name. @type {Record<string, Set<string>>} */
const requestedJs = { PlanMap: new Set(), 'bare maplibre-gl': new Set() };

/** @param {string} dir @param {string} name */
function jsWeight(dir, name) {
  const files = [...requestedJs[name]].filter((f) => fs.existsSync(path.join(dir, 'assets', f)) && !f.includes('worker'));
  const sizes = files.map((f) => {
    const buf = fs.readFileSync(path.join(dir, 'assets', f));
    return { file: f, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  });
  return sizes;
}

const browser = await chromium.launch({ executablePath: chromiumPath, args, headless: true });
const pages = { PlanMap: await serve(appDir), 'bare maplibre-gl': await serve(bareDir) };
/** @type {Record<string, number[]>} */
const times = { PlanMap: [], 'bare maplibre-gl': [] };
/** First frame with the plan visible: the static preview's element timing, or the map's idle when there is none. @type {Record<string, number[]>} */
const firstPaints = { PlanMap: [], 'bare maplibre-gl': [] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 ? Object.keys(pages).reverse() : Object.keys(pages);
  for (const name of order) {
    const server = /** @type {http.Server} */ (pages[/** @type {'PlanMap'} */ (name)]);
    const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('request', (r) => { const m = /\/assets\/([^/?]+\.m?js)$/.exec(r.url()); if (m) requestedJs[name].add(m[1]); });
    await page.goto(`http://127.0.0.1:${port}/`);
    const t = await page.waitForFunction(() => performance.getEntriesByName('planmap:plan-idle')[0]?.startTime, undefined, { timeout: 60_000, polling: 50 });
    const paint = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries()[0]?.renderTime || list.getEntries()[0]?.loadTime)).observe({ type: 'element', buffered: true });
      setTimeout(() => resolve(null), 500);
    }));
    if (round > 0) {
      times[name].push(Number(await t.jsonValue()));
      firstPaints[name].push(paint === null ? Number(await t.jsonValue()) : Number(paint));
    }
    await context.close();
  }
}
const appPort = /** @type {import('node:net').AddressInfo} */ (/** @type {http.Server} */ (pages.PlanMap).address()).port;
const handover = await measureHandover(browser, `http://127.0.0.1:${appPort}/`);
await browser.close();
Object.values(pages).forEach((s) => /** @type {http.Server} */ (s).close());

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
const app = jsWeight(appDir, 'PlanMap');
const bare = jsWeight(bareDir, 'bare maplibre-gl');
const own = app.filter((s) => !s.file.startsWith('maplibre-gl'));
const sum = (/** @type {{raw: number, gzip: number}[]} */ xs, /** @type {'raw' | 'gzip'} */ k) => xs.reduce((a, s) => a + s[k], 0);
console.log(`\nMachine: ${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ${rounds - 1} measured rounds (first round is warm-up), 1280×800, SwiftShader WebGL\n`);
console.log('| page | JS raw (KB) | JS gzip (KB) | app JS beyond maplibre, gzip (KB) | first paint of the plan, median (ms) | load → plan idle, median (ms) | min–max (ms) |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, sizes] of /** @type {const} */ ([['PlanMap', app], ['bare maplibre-gl', bare]])) {
  const ts = times[name];
  const beyond = name === 'PlanMap' ? kb(sum(own, 'gzip')) : '—';
  console.log(`| ${name} | ${kb(sum(sizes, 'raw'))} | ${kb(sum(sizes, 'gzip'))} | ${beyond} | ${median(firstPaints[name]).toFixed(0)} | ${median(ts).toFixed(0)} | ${Math.min(...ts).toFixed(0)}–${Math.max(...ts).toFixed(0)} |`);
}
console.log(`\nPlanMap / bare load-to-idle: ${(median(times.PlanMap) / median(times['bare maplibre-gl'])).toFixed(2)}×`);
console.log(`Hand-over from the static picture to the live map: ${(handover.differingShare * 100).toFixed(1)} % of the map area's ${handover.pixels} pixels differ (pixelmatch, threshold 0.2); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
