import { describe, expect, it } from 'vitest';
import { importFile, IMPORT_LIMITS } from './index';
import { bytesOf, collection, feature, firstCoordinates, problemKeys } from './fixtures/helpers';

const zunyi = { type: 'Point' as const, coordinates: [106.93, 27.7] };

describe('importFile: GeoJSON', () => {
  it('reads a FeatureCollection into one layer named after the file, with no problems', async () => {
    const result = await importFile('centres.geojson', bytesOf(collection(feature(zunyi, { id: 'a', name: '遵义' }))));
    expect(result.problems).toEqual([]);
    expect(result.layers.map((l) => [l.name, l.details.format, l.collection.features.length])).toEqual([['centres', 'geojson', 1]]);
    expect(result.crs.detected.kind).toBe('geographic');
    expect(result.crs.appliedTransform).toBeNull();
  });

  it('accepts a lone Feature and a bare geometry', async () => {
    expect(firstCoordinates(await importFile('f.json', bytesOf(feature(zunyi))))).toEqual([106.93, 27.7]);
    expect(firstCoordinates(await importFile('g.json', bytesOf(zunyi)))).toEqual([106.93, 27.7]);
  });

  it('keeps every valid feature and lists the invalid ones with file, index and id', async () => {
    const bad = { type: 'Point', coordinates: ['106.9', 'north'] };
    const result = await importFile('mixed.geojson', bytesOf(collection(
      feature(zunyi, { id: 'ok-1' }), feature(bad as never, { id: 'bad-1' }), feature(zunyi, { id: 'ok-2' }))));
    expect(result.layers[0]?.collection.features.map((f) => f.properties?.id)).toEqual(['ok-1', 'ok-2']);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ severity: 'error', rule: 'import-geometry', file: 'mixed.geojson', featureIndex: 1, featureId: 'bad-1' });
    expect(problem?.message.zh).toContain('未导入');
    expect(problem?.fix.en).not.toBe('');
  });

  it('keeps HTML in properties as text and warns', async () => {
    const html = '<script>alert(1)</script><b>遵义</b>';
    const result = await importFile('x.geojson', bytesOf(collection(feature(zunyi, { note: html }))));
    expect(result.layers[0]?.collection.features[0]?.properties?.note).toBe(html);
    expect(problemKeys(result)).toEqual(['html-in-properties@0']);
  });

  it('renames prototype-polluting keys and warns', async () => {
    const text = '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.9,27.7]},"properties":{"__proto__":{"polluted":1},"constructor":"x"}}]}';
    const result = await importFile('x.geojson', bytesOf(text));
    const properties = result.layers[0]?.collection.features[0]?.properties ?? {};
    expect(Object.keys(properties).sort()).toEqual(['__proto___', 'constructor_']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ severity: 'warning', rule: 'prototype-keys', featureIndex: 0 });
  });

  it('refuses 100 000-deep nesting without overflowing the stack, naming the limit', async () => {
    const text = `{"type":"FeatureCollection","features":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = await importFile('deep.geojson', bytesOf(text));
    expect(result.layers).toEqual([]);
    expect(result.problems[0]?.rule).toBe('import-limit');
    expect(result.problems[0]?.message.en).toContain(String(IMPORT_LIMITS.maxDepth));
  });

  it('refuses a file over the size limit, saying the limit', async () => {
    const result = await importFile('big.geojson', new Uint8Array(2048), { limits: { maxFileBytes: 1024 } });
    expect(result.problems.map((p) => [p.rule, p.message.en])).toEqual([['import-limit', 'The file is 2 KB, over the 1 KB limit; not read.']]);
  });

  it('refuses too many vertices, saying the limit', async () => {
    const line = { type: 'LineString' as const, coordinates: Array.from({ length: 20 }, (_, i) => [106 + i / 100, 27]) };
    const result = await importFile('line.geojson', bytesOf(collection(feature(line))), { limits: { maxVertices: 10 } });
    expect(result.layers).toEqual([]);
    expect(result.problems[0]?.message.en).toContain('More than 10 vertices');
  });

  it('never throws: syntax errors, garbage and empty input become problems', async () => {
    for (const [name, bytes] of [['a.geojson', bytesOf('{"type":')], ['b.bin', new Uint8Array([0, 1, 2, 255])],
      ['c.json', bytesOf('[1,2,3]')], ['d.geojson', new Uint8Array()], ['e.zip', new Uint8Array([0x50, 0x4b, 3, 4, 9])]] as const) {
      const result = await importFile(name, bytes);
      expect(result.layers).toEqual([]);
      expect(result.problems.length, name).toBeGreaterThan(0);
      expect(result.problems.every((p) => p.message.zh !== '' && p.message.en !== '' && p.fix.en !== '')).toBe(true);
    }
  });

  it('sums up problems past the per-rule cap in one line', async () => {
    const bad = feature({ type: 'Point', coordinates: ['x', 'y'] } as never);
    const result = await importFile('bad.geojson', bytesOf(collection(...Array.from({ length: 60 }, () => bad))));
    expect(result.problems).toHaveLength(IMPORT_LIMITS.maxProblemsPerRule + 1);
    expect(result.problems.at(-1)?.message.en).toBe('10 more problems of this kind are not listed.');
  });

  it('reports progress, ending at done = 1', async () => {
    const seen: string[] = [];
    await importFile('x.geojson', bytesOf(collection(feature(zunyi))), { onProgress: (p) => seen.push(`${p.phase}:${p.fraction}`) });
    expect(seen[0]).toBe('read:0');
    expect(seen.at(-1)).toBe('done:1');
  });
});
