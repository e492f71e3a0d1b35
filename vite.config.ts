import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const DATA_DIR = path.resolve(import.meta.dirname, 'data');

/** The files of `data/` that the site serves: the basemap, the plan packages and the embed's pictures. */
function listDataFiles(): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return walk(full);
      return /\.((geo)?json|webp)$/.test(e.name) ? [path.relative(DATA_DIR, full)] : [];
    });
  return walk(DATA_DIR).map((p) => p.split(path.sep).join('/'));
}

/** `data/plans/index.json`: the id and title of every plan folder, so the app can list them. */
function buildPlanIndex(): string {
  const plansDir = path.join(DATA_DIR, 'plans');
  const plans = fs.readdirSync(plansDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(plansDir, e.name, 'manifest.json')))
    .map((e) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(plansDir, e.name, 'manifest.json'), 'utf8'));
      return { id: manifest.id, title: manifest.title };
    });
  return JSON.stringify({ plans });
}

/**
 * Serves `data/` under `/data/` in development and writes it into the build, so plans and the
 * basemap stay plain files: fetched when needed, never bundled into the JavaScript.
 */
function planData(): Plugin {
  return {
    name: 'planmap-data',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        if (rel === 'plans/index.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(buildPlanIndex());
          return;
        }
        const file = path.resolve(DATA_DIR, rel);
        if (!file.startsWith(DATA_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
        res.setHeader('Content-Type', file.endsWith('.webp') ? 'image/webp' : 'application/json');
        fs.createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const rel of listDataFiles()) {
        if (rel.startsWith('plans/README')) continue;
        this.emitFile({ type: 'asset', fileName: `data/${rel}`, source: fs.readFileSync(path.join(DATA_DIR, rel)) });
      }
      this.emitFile({ type: 'asset', fileName: 'data/plans/index.json', source: buildPlanIndex() });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [planData()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'index.html'),
        embed: path.resolve(import.meta.dirname, 'embed.html'),
        present: path.resolve(import.meta.dirname, 'present.html'),
        compare: path.resolve(import.meta.dirname, 'compare.html'),
      },
      output: {
        // maplibre-gl in a chunk of its own, so the app's own weight can be measured beside it.
        manualChunks: (id: string) => (id.includes('node_modules/maplibre-gl/') ? 'maplibre-gl' : undefined),
      },
    },
  },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
