import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import { shortCountyName, toCounties } from './basemap.mjs';

const basemapDir = path.resolve(import.meta.dirname, '..', '..', 'data', 'basemap');
const read = (name) => JSON.parse(fs.readFileSync(path.join(basemapDir, `${name}.geojson`), 'utf8'));

describe('toCounties', () => {
  const gcjSquare = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 520382, properties: { name: '仁怀市', cp: [106.40109, 27.792514] }, geometry: { type: 'Polygon', coordinates: [[[106.3, 27.7], [106.5, 27.7], [106.5, 27.9], [106.3, 27.9], [106.3, 27.7]]] } }] };
  const [county] = toCounties(gcjSquare, '遵义');

  it('moves GCJ-02 coordinates back to WGS84 by the few hundred metres of the offset', () => {
    const shift = turf.distance(gcjSquare.features[0].properties.cp, county.properties.label, { units: 'meters' });
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(800);
    const back = gcoord.transform(county.properties.label, gcoord.WGS84, gcoord.GCJ02);
    expect(turf.distance(back, gcjSquare.features[0].properties.cp, { units: 'meters' })).toBeLessThan(1);
  });

  it('names the county, its prefecture and province from the GB/T 2260 code', () => {
    expect(county.properties).toMatchObject({ code: '520382', name: '仁怀市', prefectureCode: '520300', prefecture: '遵义', provinceCode: '520000', province: '贵州省', isFocus: true });
  });

  it('winds outer rings counter-clockwise as RFC 7946 asks', () => {
    expect(turf.booleanClockwise(county.geometry.coordinates[0])).toBe(false);
  });
});

describe('shortCountyName', () => {
  it('drops the autonomy part of a county name and keeps others', () => {
    expect(shortCountyName('道真仡佬族苗族自治县')).toBe('道真县');
    expect(shortCountyName('石柱土家族自治县')).toBe('石柱县');
    expect(shortCountyName('红花岗区')).toBe('红花岗区');
  });
});

describe('the committed basemap', () => {
  const counties = read('counties').features;
  const labels = read('labels').features;

  it('has every county of Guizhou (88) and Chongqing (38) once', () => {
    const codes = counties.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c.startsWith('52'))).toHaveLength(88);
    expect(codes.filter((c) => c.startsWith('50'))).toHaveLength(38);
  });

  it('puts each focus county seat label inside its own county', () => {
    const byCode = new Map(counties.map((f) => [f.properties.code, f]));
    const outside = labels.filter((l) => l.properties.kind === 'county' && l.properties.isFocus)
      .filter((l) => !turf.booleanPointInPolygon(l, byCode.get(l.properties.code)))
      .map((l) => l.properties.name);
    expect(outside).toEqual([]);
  });

  it('has boundary lines for the three levels', () => {
    expect(read('boundaries').features.map((f) => f.properties.level)).toEqual([1, 2, 3]);
  });
});
