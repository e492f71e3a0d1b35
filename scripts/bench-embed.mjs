// @ts-check
/**
 * Measures the embed against the full app, all production builds showing every layer of the
 * 遵义都市圈 plan: the JavaScript each page actually requests (raw and gzip, the maplibre worker
 * apart), everything it requests, and load-to-idle in headless Chromium over alternating rounds.
 * Prints a Markdown table for BENCHMARKS.md.
 *
 * Usage: node scripts/bench-embed.mjs [--rounds 7]
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
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const viewport = { width: 1280, height: 800 };
const hostDir = path.join(root, '.cache', 'bench-embed');

await build({ root, logLevel: 'warn' });
await build({ root, configFile: path.join(root, 'vite.embed.config.ts'), logLevel: 'warn' });
fs.mkdirSync(hostDir, { recursive: true });
fs.writeFileSync(path.join(hostDir, 'host.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
<script type="module" src="/dist-embed/plan-map.js"></script></head>
<body><plan-map plan="zunyi-metropolitan" center="107.4,28.3" zoom="6.3" height="${viewport.height - 20}px"></plan-map></body></html>\n`);

/** URL prefix → folder. */
const mounts = { '/dist-embed/': path.join(root, 'dist-embed'), '/bench/': hostDir, '/': path.join(root, 'dist') };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/json' };

function serve() {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => rel.startsWith(p)) ?? '/';
    const dir = /** @type {Record<string, string>} */ (mounts)[prefix];
    const sub = rel.slice(prefix.length);
    const file = path.join(dir, sub === '' || sub.endsWith('/') ? `${sub}index.html` : sub);
    if (!file.startsWith(dir) || !fs.existsSync(file)) { res.statusCode = 404; res.end(); return; }
    res.setHeader('Content-Type', /** @type {Record<string, string>} */ (types)[path.extname(file)] ?? 'application/octet-stream');
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The pages compared, at the full app's first camera, and the User Timing mark each sets when its plan is drawn. */
const pages = [
  { name: 'full app (index.html)', path: '/', mark: 'planmap:plan-idle' },
  { name: '<plan-map> on a host page (dist-embed)', path: '/bench/host.html', mark: 'planmap:embed-idle' },
  { name: 'iframe page (embed.html)', path: '/embed.html?plan=zunyi-metropolitan&center=107.4,28.3&zoom=6.3', mark: 'planmap:embed-idle' },
];

/**
 * Loads one page until its mark and records what it fetched.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} mark
 */
async function measure(browser, url, mark) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  /** @type {{ url: string, body: Buffer }[]} */
  const fetched = [];
  page.on('response', async (response) => {
    try { fetched.push({ url: response.url(), body: await response.body() }); } catch { /* redirects and aborted requests have no body */ }
  });
  await page.goto(url);
  const handle = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout: 60_000, polling: 50 });
  const time = Number(await handle.jsonValue());
  await context.close();
  return { time, fetched };
}

/** @param {{ url: string, body: Buffer }[]} fetched */
function weigh(fetched) {
  const isJs = (/** @type {string} */ u) => /\.m?js(\?|$)/.test(u);
  const js = fetched.filter((f) => isJs(f.url) && !f.url.includes('worker'));
  const sum = (/** @type {Buffer[]} */ xs) => xs.reduce((a, b) => a + b.length, 0);
  return {
    jsRaw: sum(js.map((f) => f.body)),
    jsGzip: sum(js.map((f) => zlib.gzipSync(f.body, { level: 9 }))),
    jsFiles: js.length,
    allRaw: sum(fetched.map((f) => f.body)),
    requests: fetched.length,
  };
}

const server = /** @type {http.Server} */ (await serve());
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args, headless: true });
/** @type {number[][]} */
const times = pages.map(() => []);
/** @type {ReturnType<typeof weigh>[]} */
const weights = [];
for (let round = 0; round < rounds; round++) {
  const order = pages.map((_, i) => i);
  if (round % 2) order.reverse();
  for (const i of order) {
    const { time, fetched } = await measure(browser, `${origin}${pages[i].path}`, pages[i].mark);
    if (round > 0) times[i].push(time);
    weights[i] = weigh(fetched);
  }
}
await browser.close();
server.close();

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
console.log(`\nMachine: ${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ${rounds - 1} measured rounds (first round is warm-up), ${viewport.width}×${viewport.height}, SwiftShader WebGL\n`);
console.log('| page | JS requested, raw (KB) | JS gzip (KB) | JS files | everything requested, raw (KB) | requests | load → plan idle, median (ms) | min–max (ms) |');
console.log('|---|---|---|---|---|---|---|---|');
pages.forEach((p, i) => {
  const w = weights[i];
  const ts = times[i];
  console.log(`| ${p.name} | ${kb(w.jsRaw)} | ${kb(w.jsGzip)} | ${w.jsFiles} | ${kb(w.allRaw)} | ${w.requests} | ${median(ts).toFixed(0)} | ${Math.min(...ts).toFixed(0)}–${Math.max(...ts).toFixed(0)} |`);
});
