import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applyFix, findFixes, importFile } from './index';
import { bytesOf, collection, feature, problemKeys } from './fixtures/helpers';

const clockwise: Position[] = [[106, 27], [106, 28], [107, 28], [107, 27], [106, 27]];
const counterClockwise: Position[] = [...clockwise].reverse();
const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const coordinatesOf = (c: FeatureCollection, i = 0): unknown => (c.features[i]?.geometry as Polygon | LineString).coordinates;

describe('applyFix', () => {
  it('rewinds outer rings counter-clockwise and holes clockwise', () => {
    const hole: Position[] = [[106.2, 27.2], [106.4, 27.2], [106.4, 27.4], [106.2, 27.2]];
    const fixed = applyFix(collection(feature(polygon(clockwise, hole))), 'rewind');
    expect(coordinatesOf(fixed)).toEqual([counterClockwise, [...hole].reverse()]);
  });

  it('closes unclosed rings', () => {
    const fixed = applyFix(collection(feature(polygon(clockwise.slice(0, 4)))), 'close-rings');
    expect(coordinatesOf(fixed)).toEqual([clockwise]);
  });

  it('removes points repeated twice in a row, keeping the ring closed', () => {
    const line: LineString = { type: 'LineString', coordinates: [[106, 27], [106, 27], [107, 28], [107, 28]] };
    const ring = [[106, 27], [106, 28], [106, 28], [107, 28], [107, 27], [106, 27]];
    const fixed = applyFix(collection(feature(line), feature(polygon(ring))), 'remove-duplicate-points');
    expect(coordinatesOf(fixed, 0)).toEqual([[106, 27], [107, 28]]);
    expect(coordinatesOf(fixed, 1)).toEqual([clockwise]);
  });

  it('swaps latitude and longitude, keeping heights', () => {
    const fixed = applyFix(collection(feature({ type: 'Point', coordinates: [27.7, 106.9, 850] })), 'swap-lat-lon');
    expect((fixed.features[0]?.geometry as { coordinates: number[] }).coordinates).toEqual([106.9, 27.7, 850]);
  });

  it('is pure: the input is untouched and features needing nothing are shared', () => {
    const good = feature(polygon(counterClockwise)) as Feature;
    const input = collection(good, feature(polygon(clockwise)));
    const before = structuredClone(input);
    const fixed = applyFix(input, 'rewind');
    expect(input).toEqual(before);
    expect(fixed.features[0]).toBe(good);
    expect(fixed).not.toBe(input);
  });
});

describe('findFixes', () => {
  it('offers lat/lon swap only when every point lies in China once swapped', () => {
    const swapped = collection(feature({ type: 'Point', coordinates: [27.7, 106.9] }), feature({ type: 'Point', coordinates: [29.5, 106.5] }));
    expect(findFixes('l', swapped).map((f) => f.id)).toEqual(['swap-lat-lon']);
    const mixed = collection(feature({ type: 'Point', coordinates: [27.7, 106.9] }), feature({ type: 'Point', coordinates: [106.5, 29.5] }));
    expect(findFixes('l', mixed)).toEqual([]);
    const abroad = collection(feature({ type: 'Point', coordinates: [2.35, 48.85] }));
    expect(findFixes('l', abroad)).toEqual([]);
  });
});

describe('importFile offers repairs', () => {
  it('keeps a polygon with an unclosed, clockwise ring with duplicates, offers each repair, and the repairs make it valid', async () => {
    const ring = [[106, 27], [106, 28], [106, 28], [107, 28], [107, 27]];
    const result = await importFile('z.geojson', bytesOf(collection(feature(polygon(ring), { id: 'z1' }))));
    expect(result.fixes.map((f) => f.id)).toEqual(['close-rings', 'remove-duplicate-points']);
    expect(problemKeys(result)).toEqual(['close-rings@0', 'remove-duplicate-points@0']);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', featureId: 'z1' });
    let layer = result.layers[0]?.collection ?? collection();
    for (const offer of result.fixes) layer = applyFix(layer, offer.id);
    expect(findFixes('z', layer).map((f) => f.id)).toEqual(['rewind']);
    expect(coordinatesOf(applyFix(layer, 'rewind'))).toEqual([counterClockwise]);
  });

  it('offers the swap for a layer written latitude first, and does not call it outside China', async () => {
    const result = await importFile('p.geojson', bytesOf(collection(feature({ type: 'Point', coordinates: [27.7, 106.9] }))));
    expect(result.fixes.map((f) => f.id)).toEqual(['swap-lat-lon']);
    expect(problemKeys(result)).toEqual(['swap-lat-lon@0']);
  });

  it('warns when points lie outside China and no swap explains it', async () => {
    const result = await importFile('p.geojson', bytesOf(collection(feature({ type: 'Point', coordinates: [2.35, 48.85] }))));
    expect(problemKeys(result)).toEqual(['outside-china']);
  });
});
