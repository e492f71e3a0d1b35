import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { bytesOf, problemKeys } from './fixtures/helpers';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>遵义标注</name>
<Placemark><name>遵义会议会址</name><description><![CDATA[<b>红色</b>旅游]]></description><Point><coordinates>106.9236,27.6926,0</coordinates></Point></Placemark>
<Placemark><name>线路</name><LineString><coordinates>106.9,27.7 107.0,27.8</coordinates></LineString></Placemark>
<Placemark><name>片区</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.9,27.7 107.0,27.7 107.0,27.8 106.9,27.7</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>`;

describe('importFile: KML and KMZ', () => {
  it('reads points, lines and polygons of a KML, naming the layer after the document', async () => {
    const result = await importFile('marks.kml', bytesOf(KML));
    const layer = result.layers[0];
    expect(layer?.name).toBe('遵义标注');
    expect(layer?.details.format).toBe('kml');
    expect(layer?.collection.features.map((f) => [f.properties?.name, f.geometry.type])).toEqual([
      ['遵义会议会址', 'Point'], ['线路', 'LineString'], ['片区', 'Polygon']]);
    expect(result.crs.detected).toMatchObject({ kind: 'geographic', source: 'format' });
  });

  it('keeps an HTML description as text, with a warning', async () => {
    const result = await importFile('marks.kml', bytesOf(KML));
    expect(result.layers[0]?.collection.features[0]?.properties?.description).toBe('<b>红色</b>旅游');
    expect(problemKeys(result)).toEqual(['html-in-properties@0']);
  });

  it('reads the KML inside a KMZ, skipping macOS resource forks', async () => {
    const kmz = zipSync({ 'doc.kml': strToU8(KML), 'files/icon.png': new Uint8Array([137, 80]), '__MACOSX/._doc.kml': new Uint8Array([0, 5, 22, 7]) });
    const result = await importFile('marks.kmz', kmz);
    expect(problemKeys(result)).toEqual(['html-in-properties@0']);
    expect(result.layers.map((l) => [l.name, l.details.format, l.details.file])).toEqual([['遵义标注', 'kmz', 'doc.kml']]);
  });

  it('recognises KML by content when the extension says nothing', async () => {
    const result = await importFile('export.dat', bytesOf(KML));
    expect(result.layers[0]?.collection.features).toHaveLength(3);
  });

  it('reports XML that is not KML', async () => {
    const result = await importFile('x.kml', bytesOf('<html><body>not kml</body></html>'));
    expect(result.layers).toEqual([]);
    expect(result.problems[0]?.rule).toBe('import-format');
  });
});
