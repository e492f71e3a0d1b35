import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importFile, importFiles, toGeoJsonText, toPlanPackageZip } from './index';
import { bytesOf } from './fixtures/helpers';

const PLAN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'validate', 'fixtures', 'valid-plan');
const readPlanFile = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(PLAN_DIR, file), 'utf8'));
const planLayers = (): Map<string, FeatureCollection> =>
  new Map(['centres.geojson', 'zones.geojson'].map((f) => [f, readPlanFile(f) as FeatureCollection]));

describe('toGeoJsonText', () => {
  it('is lossless: import → export → import gives the same coordinates, properties and members', async () => {
    const original: FeatureCollection & { name: string } = {
      type: 'FeatureCollection', name: '边界',
      features: [{
        type: 'Feature', id: 7, bbox: [106.1, 27.1, 106.3, 27.3],
        properties: { name: { zh: '遵义', en: 'Zunyi' }, ratio: 0.1 + 0.2, tiny: 1e-9, big: 2 ** 53, note: null, tags: ['a', 1, true] },
        geometry: { type: 'LineString', coordinates: [[106.12345678901234, 27.987654321098763], [106.3, 27.3, 812.5]] },
      }],
    };
    const first = await importFile('b.geojson', bytesOf(original));
    const again = await importFile('b.geojson', bytesOf(toGeoJsonText(first.layers[0]?.collection ?? original)));
    expect(again.layers[0]?.collection).toEqual(original);
    expect(toGeoJsonText(original, { indent: 1 })).toContain('\n ');
  });
});

describe('plan packages', () => {
  it('zips a manifest with its layers, and the zip imports back as the same plan with no problems', async () => {
    const manifest = readPlanFile('manifest.json');
    const zip = toPlanPackageZip(manifest, planLayers());
    const result = await importFile('plan.zip', zip);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.manifest).toEqual(manifest);
    expect(result.layers.map((l) => [l.details.format, l.details.file])).toEqual([['plan-package', 'centres.geojson'], ['plan-package', 'zones.geojson']]);
    expect(result.layers.map((l) => l.collection)).toEqual([...planLayers().values()]);
  });

  it('runs the plan validator on a dropped plan folder and keeps the valid features', async () => {
    const manifest = readPlanFile('manifest.json');
    const layers = planLayers();
    const centres = layers.get('centres.geojson');
    if (centres?.features[0]) centres.features[0].properties = { ...centres.features[0].properties, role: 'capital' };
    const result = await importFiles([
      { name: 'manifest.json', bytes: bytesOf(manifest) },
      ...[...layers].map(([name, c]) => ({ name, bytes: bytesOf(c) })),
    ]);
    expect(result.problems.some((p) => p.rule === 'schema' && p.file === 'centres.geojson' && p.featureIndex === 0)).toBe(true);
    expect(result.layers[0]?.collection.features).toHaveLength(centres?.features.length ?? -1);
  });

  it('refuses layer file names that would leave the package folder', () => {
    expect(() => toPlanPackageZip({}, new Map([['../evil.geojson', { type: 'FeatureCollection', features: [] }]]))).toThrow(/not allowed/);
  });

  it('lets the validator name the missing layer files of a lone manifest.json', async () => {
    const result = await importFile('manifest.json', bytesOf(readPlanFile('manifest.json')));
    expect(result.layers).toEqual([]);
    expect(result.problems.map((p) => p.rule)).toContain('layer-files');
  });

  it('explains that a manifest under another name needs its GeoJSON files', async () => {
    const result = await importFile('plan.json', bytesOf(readPlanFile('manifest.json')));
    expect(result.problems[0]?.message.en).toContain('without the GeoJSON files');
  });
});
