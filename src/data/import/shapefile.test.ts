import { zipSync } from 'fflate';
import proj4 from 'proj4';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gaussKrugerProj4, importFile } from './index';
import { bytesOf } from './fixtures/helpers';
import { writeShapefile, type TestShape } from './fixtures/write-shapefile';

const GBK = { 遵义: [0xd7, 0xf1, 0xd2, 0xe5], 汇川区: [0xbb, 0xe3, 0xb4, 0xa8, 0xc7, 0xf8] };
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const ZONE_36_PRJ = 'PROJCS["CGCS2000_3_Degree_GK_Zone_36",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",36500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",108.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

function zipShapefile(shapes: TestShape[], names: Uint8Array[], extra: Record<string, Uint8Array> = {}): Uint8Array {
  const { shp, shx, dbf } = writeShapefile(shapes, [{ name: 'NAME', values: names }]);
  return zipSync({ 'towns.shp': shp, 'towns.shx': shx, 'towns.dbf': dbf, ...extra });
}

const POINTS: TestShape[] = [[106.93, 27.7], [107.03, 27.72]];

describe('importFile: zipped shapefile', () => {
  it('reads GBK attributes when there is no .cpg (UTF-8 fails strictly, GBK is next)', async () => {
    const result = await importFile('towns.zip', zipShapefile(POINTS, [new Uint8Array(GBK.遵义), new Uint8Array(GBK.汇川区)]));
    const layer = result.layers[0];
    expect(layer?.details).toMatchObject({ format: 'shapefile', file: 'towns.shp', encoding: 'gbk' });
    expect(layer?.collection.features.map((f) => f.properties?.NAME)).toEqual(['遵义', '汇川区']);
    expect((layer?.collection.features[0]?.geometry as Point).coordinates).toEqual([106.93, 27.7]);
    expect(result.problems).toEqual([]);
  });

  it('reads UTF-8 attributes when there is no .cpg', async () => {
    const result = await importFile('towns.zip', zipShapefile(POINTS, [utf8('遵义'), utf8('汇川区')]));
    expect(result.layers[0]?.details.encoding).toBe('utf-8');
    expect(result.layers[0]?.collection.features.map((f) => f.properties?.NAME)).toEqual(['遵义', '汇川区']);
  });

  it('honours a .cpg naming the code page (936 = GBK), even over bytes that would pass as UTF-8', async () => {
    const result = await importFile('towns.zip', zipShapefile(POINTS, [utf8('遵义'), utf8('遵义')], { 'towns.cpg': bytesOf('936') }));
    expect(result.layers[0]?.details.encoding).toBe('gbk');
    expect(result.layers[0]?.collection.features.map((f) => f.properties?.NAME)).toEqual(['閬典箟', '閬典箟']);
  });

  it('converts CGCS2000 Gauss-Krüger coordinates with the .prj, without asking', async () => {
    const projected = POINTS.map((p) => proj4('WGS84', gaussKrugerProj4({ kind: 'gauss-kruger', zoneWidth: 3, centralMeridian: 108, hasZonePrefix: true }), p as number[]) as [number, number]);
    const result = await importFile('towns.zip', zipShapefile(projected, [utf8('a'), utf8('b')], { 'towns.prj': bytesOf(ZONE_36_PRJ) }));
    expect(result.crs.detected).toMatchObject({ kind: 'projected', source: 'prj', label: { en: 'CGCS2000_3_Degree_GK_Zone_36' } });
    expect(result.crs.needsConfirmation).toBeUndefined();
    const [lon = 0, lat = 0] = (result.layers[0]?.collection.features[0]?.geometry as Point).coordinates;
    expect(lon).toBeCloseTo(106.93, 7);
    expect(lat).toBeCloseTo(27.7, 7);
  });

  it('reads polygons, offering to rewind the clockwise rings ESRI writes', async () => {
    const ring: [number, number][] = [[106.9, 27.7], [106.9, 27.8], [107, 27.8], [107, 27.7], [106.9, 27.7]];
    const result = await importFile('zones.zip', zipShapefile([ring], [utf8('z')]));
    expect(result.layers[0]?.collection.features[0]?.geometry.type).toBe('Polygon');
    expect(result.fixes.map((f) => [f.id, f.layer, f.featureIndexes])).toEqual([['rewind', 'towns', [0]]]);
  });

  it('reports a broken .shp as a problem', async () => {
    const result = await importFile('bad.zip', zipSync({ 'x.shp': new Uint8Array([1, 2, 3]) }));
    expect(result.layers).toEqual([]);
    expect(result.problems[0]).toMatchObject({ severity: 'error', rule: 'import-format', file: 'x.shp' });
  });
});
