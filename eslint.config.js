import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers import one way: domain → query → data → map → ui → app (see ARCHITECTURE.md). */
const forbid = (...layers) => ({
  'no-restricted-imports': ['error', {
    patterns: layers.map((layer) => ({ group: [`**/${layer}/*`, `../${layer}`, `./${layer}`], message: `this layer may not import from src/${layer} (ARCHITECTURE.md)` })),
    paths: layers.includes('map') ? [{ name: 'maplibre-gl', message: 'only src/map talks to maplibre-gl' }] : [],
  }],
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-embed/', 'node_modules/', '.cache/', 'test/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', PerformanceObserver: 'readonly', URL: 'readonly', fetch: 'readonly', structuredClone: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['src/domain/**'], rules: forbid('query', 'data', 'map', 'ui', 'app', 'cli') },
  { files: ['src/query/**'], rules: forbid('data', 'map', 'ui', 'app', 'cli') },
  { files: ['src/data/**'], rules: forbid('map', 'ui', 'app', 'cli') },
  { files: ['src/map/**'], rules: { 'no-restricted-imports': ['error', { patterns: ['ui', 'app', 'cli'].map((l) => ({ group: [`**/${l}/*`], message: `src/map may not import from src/${l}` })) }] } },
  { files: ['src/ui/**'], rules: forbid('map', 'app', 'cli') },
  { files: ['bench/**/*.js', 'public/**/*.js', 'examples/**/*.js'], languageOptions: { globals: { document: 'readonly', window: 'readonly', location: 'readonly', URLSearchParams: 'readonly', Image: 'readonly', self: 'writable' } } },
  { files: ['scripts/**/*.mjs', 'test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
