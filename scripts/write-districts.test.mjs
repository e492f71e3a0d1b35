import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/plan-build.mjs';
import { buildDistrictFiles } from './write-districts.mjs';

describe('data/basemap/districts', () => {
  it('holds, unchanged, the county of every code a bundled plan names (else run npm run data:districts)', () => {
    const files = buildDistrictFiles();
    expect(files.size).toBeGreaterThan(0);
    for (const [name, text] of files) {
      expect(fs.readFileSync(path.join(ROOT, 'data', 'basemap', 'districts', name), 'utf8'), name).toBe(text);
    }
  });
});
