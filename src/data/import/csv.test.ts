import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { bytesOf, problemKeys } from './fixtures/helpers';

describe('importFile: CSV', () => {
  it('reads lon/lat columns as points, keeps the other columns as text, and says which columns it used', async () => {
    const result = await importFile('sites.csv', bytesOf('name,lng,lat,code\n遵义,106.93,27.70,007\n仁怀,106.40,27.79,008\n'));
    const layer = result.layers[0];
    expect(layer?.details).toMatchObject({ format: 'csv', columns: { lon: 'lng', lat: 'lat' }, encoding: 'utf-8' });
    expect(layer?.collection.features.map((f) => [f.geometry, f.properties])).toEqual([
      [{ type: 'Point', coordinates: [106.93, 27.7] }, { name: '遵义', code: '007' }],
      [{ type: 'Point', coordinates: [106.4, 27.79] }, { name: '仁怀', code: '008' }],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads a GBK CSV with 经度/纬度 columns, as Excel on Chinese Windows saves it', async () => {
    const gbk = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0xce, 0xb3, 0xb6, 0xc8, 0x0a,
      0xd7, 0xf1, 0xd2, 0xe5, ...bytesOf(',106.93,27.7\n')]);
    const result = await importFile('gbk.csv', gbk);
    expect(result.layers[0]?.details).toMatchObject({ encoding: 'gbk', columns: { lon: '经度', lat: '纬度' } });
    expect(result.layers[0]?.collection.features[0]?.properties).toEqual({ 名称: '遵义' });
  });

  it('keeps good rows and reports rows whose coordinates are not numbers', async () => {
    const result = await importFile('rows.csv', bytesOf('lon,lat\n106.9,27.7\nabc,27.7\n106.9,\n107,28\n'));
    expect(result.layers[0]?.collection.features).toHaveLength(2);
    expect(problemKeys(result)).toEqual(['csv-row@1', 'csv-row@2']);
    expect(result.problems[0]?.message.en).toContain('Row 3');
  });

  it('reports a CSV without coordinate columns', async () => {
    const result = await importFile('x.csv', bytesOf('a,b\n1,2\n'));
    expect(result.layers).toEqual([]);
    expect(result.problems[0]?.rule).toBe('csv-columns');
  });

  it('converts surveyed x/y in CGCS2000 3° zone 36 (zone number prefixed) and asks to confirm', async () => {
    const zone36 = '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=36500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
    const [x, y] = proj4('WGS84', zone36, [107.2, 27.6]);
    const result = await importFile('survey.csv', bytesOf(`x,y\n${x},${y}\n`));
    expect(result.crs.needsConfirmation?.candidates.map((z) => z.centralMeridian)).toEqual([108]);
    const [lon = 0, lat = 0] = result.layers[0]?.collection.features[0]?.geometry.type === 'Point'
      ? result.layers[0].collection.features[0].geometry.coordinates : [];
    expect(lon).toBeCloseTo(107.2, 7);
    expect(lat).toBeCloseTo(27.6, 7);
  });
});
