import { describe, expect, it } from 'vitest';
import { parseFeatureCollection } from './index';

describe('parseFeatureCollection', () => {
  it('wraps a Feature or a bare geometry into a FeatureCollection', () => {
    const point = { type: 'Point', coordinates: [106.9, 27.7] };
    expect(parseFeatureCollection(point).features[0]?.geometry).toEqual(point);
    expect(parseFeatureCollection({ type: 'Feature', properties: null, geometry: point }).features).toHaveLength(1);
  });

  it('names where a position is wrong', () => {
    const swapped = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [27.7, 106.9] } }] };
    expect(() => parseFeatureCollection(swapped)).toThrow('features[0].geometry.coordinates: latitude 106.9 is outside [-90, 90]');
    const text = { type: 'LineString', coordinates: [[106, 27], ['a', 27]] };
    expect(() => parseFeatureCollection(text)).toThrow('geometry.coordinates[1]: a position must be [longitude, latitude] numbers');
  });

  it('rejects what is not GeoJSON', () => {
    expect(() => parseFeatureCollection([])).toThrow('GeoJSON must be an object');
    expect(() => parseFeatureCollection({ type: 'FeatureCollection' })).toThrow('a FeatureCollection needs a features array');
    expect(() => parseFeatureCollection({ type: 'Circle', coordinates: [] })).toThrow('unknown geometry type "Circle"');
  });
});
