import proj4 from 'proj4';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gaussKrugerProj4, guessFromBounds, importFile, type GaussKrugerZone, type ImportResult } from './index';
import { bytesOf, collection, feature } from './fixtures/helpers';

const ZONE_36: GaussKrugerZone = { kind: 'gauss-kruger', zoneWidth: 3, centralMeridian: 108, hasZonePrefix: true };
const ZUNYI: [number, number] = [106.9272, 27.7255];

function pointOf(result: ImportResult): number[] {
  return (result.layers[0]?.collection.features[0]?.geometry as Point).coordinates;
}

function metresApart(a: number[], b: number[], zone = ZONE_36): number {
  const [ax = 0, ay = 0] = proj4('WGS84', gaussKrugerProj4(zone), a);
  const [bx = 0, by = 0] = proj4('WGS84', gaussKrugerProj4(zone), b);
  return Math.hypot(ax - bx, ay - by);
}

describe('coordinate systems', () => {
  it('uses the EPSG parameters for zone 36: x_0 = 36 500 000, lon_0 = 108', () => {
    expect(gaussKrugerProj4(ZONE_36)).toBe('+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=36500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');
  });

  it('round-trips a point in Zunyi through CGCS2000 3° zone 36 within 1 cm', async () => {
    const projected = proj4('WGS84', gaussKrugerProj4(ZONE_36), ZUNYI);
    expect(projected[0]).toBeGreaterThan(36_000_000);
    const result = await importFile('p.geojson', bytesOf(collection(feature({ type: 'Point', coordinates: projected }))),
      { sourceCrs: ZONE_36 });
    expect(metresApart(pointOf(result), ZUNYI)).toBeLessThan(0.01);
    expect(result.crs.needsConfirmation).toBeUndefined();
  });

  it('picks zone 36 for x ≈ 36 5xx xxx and asks the user to confirm', async () => {
    const result = await importFile('p.geojson', bytesOf(collection(feature({ type: 'Point', coordinates: [36_512_345, 3_070_000] }))));
    expect(result.crs.detected).toMatchObject({ kind: 'gauss-kruger', source: 'coordinates', zone: ZONE_36 });
    expect(result.crs.needsConfirmation?.candidates).toEqual([ZONE_36]);
    const [lon = 0, lat = 0] = pointOf(result);
    expect(lon).toBeGreaterThan(108);
    expect(lat).toBeGreaterThan(27.5);
    expect(result.problems.map((p) => p.rule)).toEqual(['import-crs']);
  });

  it('offers the Guizhou/Chongqing zones when the easting carries no zone number', () => {
    const guess = guessFromBounds([493_000, 3_065_000, 494_000, 3_066_000]);
    expect(guess.kind === 'gauss-kruger' && guess.candidates.map((z) => `${z.zoneWidth}:${z.centralMeridian}`))
      .toEqual(['3:108', '3:105', '3:111', '3:102', '6:105', '6:111']);
  });

  it('reads northing-first coordinates (X north, Y east, as surveys write them)', async () => {
    const [x = 0, y = 0] = proj4('WGS84', gaussKrugerProj4(ZONE_36), ZUNYI);
    const result = await importFile('p.geojson', bytesOf(collection(feature({ type: 'Point', coordinates: [y, x] }))));
    expect(result.crs.detected.zone?.swapAxes).toBe(true);
    expect(metresApart(pointOf(result), ZUNYI)).toBeLessThan(0.01);
  });

  it('honours a GeoJSON crs member naming an EPSG code (4545: 3° CM 108°E, no prefix)', async () => {
    const zone = { ...ZONE_36, hasZonePrefix: false };
    const projected = proj4('WGS84', gaussKrugerProj4(zone), ZUNYI);
    const value = { ...collection(feature({ type: 'Point', coordinates: projected })), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4545' } } };
    const result = await importFile('p.geojson', bytesOf(value));
    expect(result.crs.detected.source).toBe('geojson-crs');
    expect(result.crs.needsConfirmation).toBeUndefined();
    expect(metresApart(pointOf(result), ZUNYI)).toBeLessThan(0.01);
    expect(result.layers[0]?.collection).not.toHaveProperty('crs');
  });

  it('shifts GCJ-02 and BD-09 back to WGS84 on request, by a few hundred metres', async () => {
    const bytes = bytesOf(collection(feature({ type: 'Point', coordinates: ZUNYI })));
    for (const sourceCrs of ['gcj02', 'bd09'] as const) {
      const result = await importFile('p.geojson', bytes, { sourceCrs });
      const moved = metresApart(pointOf(result), ZUNYI);
      expect(moved, sourceCrs).toBeGreaterThan(100);
      expect(moved, sourceCrs).toBeLessThan(1500);
      expect(result.crs.appliedTransform).toMatch(/^gcoord /);
    }
  });

  it('says so when coordinates fit no known system', async () => {
    const result = await importFile('p.geojson', bytesOf(collection(feature({ type: 'Point', coordinates: [5e9, 5e9] }))));
    expect(result.crs.detected.kind).toBe('unknown');
    expect(result.problems[0]).toMatchObject({ severity: 'error', rule: 'import-crs' });
  });
});
