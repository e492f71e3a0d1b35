import { defineConfig, type Plugin } from 'vite';
import mainConfig from './vite.config';

/**
 * Keeps the maplibre worker a file of its own: library mode would inline it as a `data:` URL,
 * which a strict CSP (`worker-src 'self' blob:`) refuses.
 */
function workerAsFile(): Plugin {
  return {
    name: 'planmap-embed-worker-file',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('maplibre-gl-worker.mjs?url')) return null;
      const resolved = await this.resolve(source.slice(0, -'?url'.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}?url&no-inline` : null;
    },
  };
}

/**
 * The `<plan-map>` element as a library: `dist-embed/plan-map.js` (one ES module), the maplibre
 * worker beside it and the data folder under `dist-embed/data/`, where the element looks by default.
 * Copy the folder to any web server and load it with `<script type="module">`.
 */
export default defineConfig({
  base: './',
  plugins: [workerAsFile(), ...(mainConfig.plugins ?? [])],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist-embed',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    lib: { entry: 'src/embed/plan-map.ts', formats: ['es'], fileName: () => 'plan-map.js' },
    rollupOptions: {
      output: {
        manualChunks: (id: string) => (id.includes('node_modules/maplibre-gl/') ? 'maplibre-gl' : undefined),
        // Library mode keeps whitespace for bundlers that re-minify; this module goes to browsers as is.
        minify: true,
        comments: false,
      },
    },
  },
});
