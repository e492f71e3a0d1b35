// @ts-check
/**
 * Issue 9: PlanMap against its peers. Builds and serves, in one run, PlanMap's default view and its
 * embed (dist/), a bare maplibre-gl page, a Leaflet page and an OpenLayers page (bench/peers/), all
 * showing every layer of the 遵义都市圈 plan on the same basemap at the same camera, and measures in
 * headless Chromium, over alternating rounds: the first paint of the plan, time to interactive,
 * bytes requested (raw and gzip) and the JS heap after load; once at full speed and once with the
 * CPU throttled through the DevTools protocol. Prints Markdown tables for BENCHMARKS.md.
 *
 * Usage: node scripts/bench-peers.mjs [--rounds 5] [--throttle 4] [--no-throttle]
 */
import { build } from 'vite';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.cache', 'bench-peers');
const siteDir = path.join(outDir, 'site');
const appDir = path.join(outDir, 'app');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags of test/browser/harness.ts: no calling home, WebGL through SwiftShader. */
const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const viewport = { width: 1000, height: 700 };
const PLAN = 'zunyi-metropolitan';

/**
 * The pages compared. `paint` and `interactive` say where each time comes from: a User Timing
 * mark, or (PlanMap) the element timing of the static preview picture.
 */
const PAGES = [
  { name: 'PlanMap (index.html)', path: '/', paint: { element: 'plan-preview', fallback: 'planmap:plan-idle' }, interactive: 'planmap:plan-idle' },
  { name: 'PlanMap embed (embed.html)', path: `/embed.html?plan=${PLAN}&center=107.4,28.3&zoom=6.3`, paint: { element: 'plan-preview', fallback: 'planmap:embed-idle' }, interactive: 'planmap:embed-idle' },
  { name: 'bare maplibre-gl', path: '/peers/maplibre/', paint: { mark: 'peer:plan-painted' }, interactive: 'peer:interactive' },
  { name: 'Leaflet (canvas)', path: '/peers/leaflet/', paint: { mark: 'peer:plan-painted' }, interactive: 'peer:interactive' },
  { name: 'OpenLayers', path: '/peers/ol/', paint: { mark: 'peer:plan-painted' }, interactive: 'peer:interactive' },
];

/** Reads --rounds, --throttle and --no-throttle; the defaults are the issue's: 5 rounds, 4× CPU. */
function parseArgs(argv) {
  const value = (flag, fallback) => {
    const i = argv.indexOf(flag);
    const n = i >= 0 ? Number(argv[i + 1]) : NaN;
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return { rounds: Math.round(value('--rounds', 5)), throttle: value('--throttle', 4), withThrottle: !argv.includes('--no-throttle') };
}

/**
 * Production builds of every page, so the peers' JS is minified like PlanMap's. PlanMap is built
 * with its own vite.config.ts (what `npx vite build` writes to dist/), but into .cache: other jobs
 * (the test gate) rebuild dist/ and would empty it under a running benchmark.
 */
async function buildAll() {
  await build({ root, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  for (const name of ['maplibre', 'leaflet', 'ol']) {
    await build({
      root: path.join(root, 'bench', 'peers', name), base: './', configFile: false, logLevel: 'warn',
      build: { outDir: path.join(siteDir, name), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
    });
  }
  copyData();
}

/** The peers read the same files PlanMap reads: the three basemap files and the plan package. */
function copyData() {
  const planFiles = fs.readdirSync(path.join(root, 'data', 'plans', PLAN)).map((f) => `plans/${PLAN}/${f}`);
  for (const rel of ['basemap/provinces.geojson', 'basemap/boundaries.geojson', 'basemap/labels.geojson', ...planFiles]) {
    const to = path.join(siteDir, 'data', rel);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(root, 'data', rel), to);
  }
}

const MOUNTS = { '/peers/': siteDir, '/': appDir };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** The file a URL path names under the mounts, or null; shared by the server and the byte count. */
function resolveFile(pathname) {
  const rel = decodeURIComponent(pathname);
  const prefix = Object.keys(MOUNTS).find((p) => rel.startsWith(p)) ?? '/';
  const dir = MOUNTS[/** @type {'/'} */ (prefix)];
  const sub = rel.slice(prefix.length);
  const file = path.join(dir, sub === '' || sub.endsWith('/') ? `${sub}index.html` : sub);
  return file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/**
 * A static server on 127.0.0.1 only, without compression (gzip is computed from the files), that
 * logs every path it serves: the log of one page load is what that page requested.
 */
function serve() {
  /** @type {{ path: string, status: number }[]} */
  const log = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = resolveFile(pathname);
    log.push({ path: pathname, status: file ? 200 : 404 });
    if (!file) { res.statusCode = 404; res.end(); return; }
    res.setHeader('Content-Type', /** @type {Record<string, string>} */ (TYPES)[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      resolve({ origin: `http://127.0.0.1:${port}`, log, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Rejects after `ms`: every wait in this script is bounded. */
function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits for a User Timing mark and returns its start time (ms from navigation start). */
async function waitForMark(page, mark, timeout) {
  const handle = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout, polling: 50 });
  return Number(await handle.jsonValue());
}

/** The element timing (render time) of the element with this `elementtiming` identifier, or null. */
function readElementTiming(page, identifier) {
  return page.evaluate((id) => new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = /** @type {any[]} */ (list.getEntries()).find((e) => e.identifier === id);
      if (entry) resolve(entry.renderTime || entry.loadTime);
    }).observe({ type: 'element', buffered: true });
    setTimeout(() => resolve(null), 500);
  }), identifier);
}

/**
 * Loads one page in a fresh context (empty cache) and returns its two times, its JS heap after a
 * garbage collection, and what it requested; any request that leaves 127.0.0.1 is an error.
 */
async function measure(browser, server, spec, throttle, screenshot) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const foreign = [];
    context.on('request', (r) => { const u = r.url(); if (!u.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(u)) foreign.push(u); });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const timeout = 60_000 * throttle;
    server.log.length = 0;
    await page.goto(`${server.origin}${spec.path}`, { timeout });
    const interactive = await waitForMark(page, spec.interactive, timeout);
    const requested = [...server.log];
    let paint = spec.paint.mark ? await waitForMark(page, spec.paint.mark, timeout) : await readElementTiming(page, spec.paint.element);
    if (paint === null) paint = await waitForMark(page, spec.paint.fallback, timeout);
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 30_000, 'garbage collection');
    const pageHeap = /** @type {{ usedSize: number }} */ (await withTimeout(cdp.send('Runtime.getHeapUsage'), 30_000, 'heap usage')).usedSize;
    const workerHeap = await workerHeaps(cdp);
    if (screenshot) await page.screenshot({ path: screenshot, timeout: 30_000 });
    if (foreign.length) throw new Error(`${spec.name} requested other hosts: ${foreign.join(', ')}`);
    const missing = requested.filter((r) => r.status !== 200);
    if (missing.length) throw new Error(`${spec.name} requested missing files: ${missing.map((r) => r.path).join(', ')}`);
    return { paint: Number(paint), interactive, heap: pageHeap + workerHeap, workerHeap, requested: requested.map((r) => r.path) };
  } finally {
    await context.close();
  }
}

/**
 * The used JS heap of the page's dedicated workers (maplibre keeps its GeoJSON and tiles there, so
 * the page heap alone would flatter it). Playwright gives no CDP session for a worker, so this
 * attaches to them through the page's session (non-flat mode) and asks each after a collection.
 */
async function workerHeaps(cdp) {
  /** @type {Map<number, (m: any) => void>} */
  const pending = new Map();
  /** @type {string[]} */
  const sessions = [];
  cdp.on('Target.receivedMessageFromTarget', (e) => { const m = JSON.parse(e.message); pending.get(m.id)?.(m); });
  cdp.on('Target.attachedToTarget', (e) => { if (e.targetInfo.type === 'worker') sessions.push(e.sessionId); });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((resolve) => setTimeout(resolve, 300));
  let id = 0;
  const send = (sessionId, method) => withTimeout(new Promise((resolve) => {
    const messageId = ++id;
    pending.set(messageId, resolve);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: messageId, method, params: {} }) });
  }), 30_000, `${method} in a worker`);
  let used = 0;
  for (const sessionId of sessions) {
    await send(sessionId, 'HeapProfiler.collectGarbage');
    used += /** @type {any} */ (await send(sessionId, 'Runtime.getHeapUsage')).result.usedSize;
  }
  return used;
}

/** Gzip (level 9) sizes by file, computed once: the server sends files uncompressed. */
const gzipCache = new Map();
function sizesOf(file) {
  if (!gzipCache.has(file)) {
    const buf = fs.readFileSync(file);
    gzipCache.set(file, { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
  }
  return gzipCache.get(file);
}

/** Bytes of what one page load requested: JavaScript (workers included) and everything. */
function weigh(requested) {
  const files = [...new Set(requested)].map((p) => ({ path: p, ...sizesOf(/** @type {string} */ (resolveFile(p))) }));
  const sum = (xs, k) => xs.reduce((a, f) => a + f[k], 0);
  const js = files.filter((f) => /\.m?js$/.test(f.path));
  return { jsRaw: sum(js, 'raw'), jsGzip: sum(js, 'gzip'), allRaw: sum(files, 'raw'), allGzip: sum(files, 'gzip'), requests: requested.length };
}

/**
 * One series: a warm-up round then `rounds` measured rounds, the page order rotated each round so
 * no page always goes first or follows the same neighbour.
 */
async function runSeries(browser, server, rounds, throttle) {
  const results = PAGES.map(() => ({ paint: [], interactive: [], heap: [], workerHeap: [], weight: /** @type {any} */ (null), requested: /** @type {string[]} */ ([]) }));
  const load = [os.loadavg()[0]];
  for (let round = 0; round <= rounds; round++) {
    const order = PAGES.map((_, i) => (i + round) % PAGES.length);
    if (round % 2) order.reverse();
    for (const i of order) {
      const shot = round === 0 ? path.join(outDir, `${PAGES[i].path.replace(/\W+/g, '-')}-${throttle}x.png`) : null;
      const m = await measure(browser, server, PAGES[i], throttle, shot);
      if (round === 0) { results[i].weight = weigh(m.requested); results[i].requested = m.requested; continue; }
      results[i].paint.push(m.paint);
      results[i].interactive.push(m.interactive);
      results[i].heap.push(m.heap);
      results[i].workerHeap.push(m.workerHeap);
    }
    process.stderr.write(`  ${throttle}× CPU: round ${round}${round === 0 ? ' (warm-up)' : ''} done, load average ${os.loadavg()[0].toFixed(1)}\n`);
    load.push(os.loadavg()[0]);
  }
  return { results, load };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs, f) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
const ms = (x) => x.toFixed(0);
const kb = (x) => (x / 1024).toFixed(1);
const mb = (x) => (x / 1024 / 1024).toFixed(1);

/** The Markdown table of one series and the two targets, judged within that series. */
function report(series, rounds, throttle) {
  const { results, load } = series;
  const lines = [
    `CPU ${throttle === 1 ? 'not throttled' : `throttled ${throttle}× (Emulation.setCPUThrottlingRate)`}; ${rounds} measured rounds after a warm-up; ${viewport.width}×${viewport.height}; load average (1 min) ${spread(load, (x) => x.toFixed(1))} during the series`,
    '',
    '| page | first paint of the plan, median (min–max) ms | interactive, median (min–max) ms | JS raw / gzip (KB) | everything raw / gzip (KB) | requests | JS heap after load, page + workers, median (min–max) MB | of which workers, median MB |',
    '|---|---|---|---|---|---|---|---|',
  ];
  PAGES.forEach((p, i) => {
    const r = results[i];
    const w = r.weight;
    lines.push(`| ${p.name} | ${ms(median(r.paint))} (${spread(r.paint, ms)}) | ${ms(median(r.interactive))} (${spread(r.interactive, ms)}) | ${kb(w.jsRaw)} / ${kb(w.jsGzip)} | ${kb(w.allRaw)} / ${kb(w.allGzip)} | ${w.requests} | ${mb(median(r.heap))} (${spread(r.heap, mb)}) | ${mb(median(r.workerHeap))} |`);
  });
  const byName = (name) => results[PAGES.findIndex((p) => p.name.startsWith(name))];
  const app = byName('PlanMap (');
  const leaflet = byName('Leaflet');
  const bare = byName('bare maplibre');
  const paintMet = median(app.paint) <= median(leaflet.paint);
  const ratio = median(app.interactive) / median(bare.interactive);
  lines.push('', `- First paint of the plan ≤ Leaflet's: ${paintMet ? 'met' : 'missed'} (PlanMap ${ms(median(app.paint))} ms, Leaflet ${ms(median(leaflet.paint))} ms).`);
  lines.push(`- Time to interactive ≤ 1.15× bare maplibre-gl: ${ratio <= 1.15 ? 'met' : 'missed'} (${ratio.toFixed(2)}×: PlanMap ${ms(median(app.interactive))} ms, bare ${ms(median(bare.interactive))} ms).`);
  return lines.join('\n');
}

/** Builds, serves, runs the series (full speed, then throttled) and prints the tables. */
async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  process.stderr.write('building PlanMap and the peer pages…\n');
  await buildAll();
  fs.mkdirSync(outDir, { recursive: true });
  const server = /** @type {any} */ (await serve());
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true, timeout: 60_000 });
  const chromiumVersion = browser.version();
  const tables = [];
  try {
    for (const throttle of options.withThrottle ? [1, options.throttle] : [1]) {
      const series = await runSeries(browser, server, options.rounds, throttle);
      tables.push(report(series, options.rounds, throttle));
      // What each page requested in the warm-up load, for a person to check the byte counts.
      const requests = Object.fromEntries(PAGES.map((p, i) => [p.name, series.results[i].requested]));
      fs.writeFileSync(path.join(outDir, `requests-${throttle}x.json`), `${JSON.stringify(requests, null, 2)}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const cpu = os.cpus();
  console.log(`\nMachine: ${cpu[0].model}, ${cpu.length} cores, Node ${process.version}, Chromium ${chromiumVersion} (SwiftShader WebGL); ${new Date().toISOString().slice(0, 10)}; ${((Date.now() - started) / 60000).toFixed(1)} min`);
  console.log(`Screenshots and request lists of the warm-up loads: ${path.relative(root, outDir)}/\n`);
  console.log(tables.join('\n\n'));
}

await main();
