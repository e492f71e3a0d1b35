import { describe, expect, it } from 'vitest';
import { toCsv, toResultFeatures } from './index';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF line ends', () => {
    const csv = toCsv([{ id: 'a', name: '遵义, "红花岗"', note: 'two\nlines', km: 1.5 }]);
    expect(csv).toBe('id,name,note,km\r\na,"遵义, ""红花岗""","two\nlines",1.5\r\n');
  });

  it('starts with a byte order mark for Excel when asked', () => {
    expect(toCsv([{ a: 1 }], { bom: true }).startsWith('\uFEFFa\r\n')).toBe(true);
    expect(toCsv([{ a: 1 }]).charCodeAt(0)).toBe('a'.charCodeAt(0));
  });

  it('follows the given columns, joins arrays and leaves missing values empty', () => {
    const csv = toCsv([{ id: 'x', zoneIds: ['z1', 'z2'] }, { id: 'y', extra: true }], { columns: ['id', 'zoneIds', 'extra'] });
    expect(csv).toBe('id,zoneIds,extra\r\nx,z1; z2,\r\ny,,true\r\n');
  });
});

describe('toResultFeatures', () => {
  it('copies the named features with the row columns as properties', () => {
    const source = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { id: 'p' }, geometry: { type: 'Point' as const, coordinates: [106, 27] } }] };
    const out = toResultFeatures([{ index: 0, distanceKm: 2 }, { index: 9, distanceKm: 3 }], source);
    expect(out.features).toEqual([{ type: 'Feature', properties: { index: 0, distanceKm: 2 }, geometry: source.features[0]?.geometry }]);
  });
});
