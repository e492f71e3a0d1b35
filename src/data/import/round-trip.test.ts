import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { importFile, toGeoJsonText } from './index';
import { writeShapefile } from './fixtures/write-shapefile';

const encode = (text: string) => new TextEncoder().encode(text);

/** Imports, exports as GeoJSON, imports that again: the second import must equal the first. */
async function roundTrip(name: string, bytes: Uint8Array): Promise<{ first: FeatureCollection; second: FeatureCollection }> {
  const first = await importFile(name, bytes);
  expect(first.layers.length, `${name} imported nothing: ${JSON.stringify(first.problems.map((p) => p.message.en))}`).toBeGreaterThan(0);
  const exported = toGeoJsonText(first.layers[0].collection);
  const second = await importFile('exported.geojson', encode(exported));
  return { first: first.layers[0].collection, second: second.layers[0].collection };
}

function geometriesAndProperties(fc: FeatureCollection) {
  return fc.features.map((f) => ({ geometry: f.geometry, properties: f.properties }));
}

describe('import → export → import gives back the same features, for every format', () => {
  it('KML', async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>规划点</name>
      <Placemark><name>仁怀</name><Point><coordinates>106.40,27.79</coordinates></Point></Placemark>
      <Placemark><name>线</name><LineString><coordinates>106.4,27.8 106.9,27.7</coordinates></LineString></Placemark></Document></kml>`;
    const { first, second } = await roundTrip('points.kml', encode(kml));
    expect(geometriesAndProperties(second)).toEqual(geometriesAndProperties(first));
    expect(first.features[0].geometry).toEqual({ type: 'Point', coordinates: [106.4, 27.79] });
  });

  it('KMZ', async () => {
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>湄潭</name><Point><coordinates>107.46,27.75</coordinates></Point></Placemark></kml>`;
    const { first, second } = await roundTrip('points.kmz', zipSync({ 'doc.kml': encode(kml) }));
    expect(geometriesAndProperties(second)).toEqual(geometriesAndProperties(first));
  });

  it('CSV with lon/lat columns, text kept as text', async () => {
    const { first, second } = await roundTrip('towns.csv', encode('名称,经度,纬度,编号\n桐梓,106.8213,28.1368,007\n金沙,106.2166,27.4626,012\n'));
    expect(geometriesAndProperties(second)).toEqual(geometriesAndProperties(first));
    expect(first.features[0].properties).toMatchObject({ 名称: '桐梓', 编号: '007' });
  });

  it('zipped Shapefile with UTF-8 attributes', async () => {
    const { shp, shx, dbf } = writeShapefile([[106.93, 27.7], [107.03, 27.72]], [{ name: 'NAME', values: [encode('遵义'), encode('汇川')] }]);
    const { first, second } = await roundTrip('towns.zip', zipSync({ 'towns.shp': shp, 'towns.shx': shx, 'towns.dbf': dbf, 'towns.cpg': encode('UTF-8') }));
    expect(geometriesAndProperties(second)).toEqual(geometriesAndProperties(first));
    expect(first.features.map((f) => f.properties?.NAME)).toEqual(['遵义', '汇川']);
  });
});
