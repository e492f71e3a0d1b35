import { describe, expect, it } from 'vitest';
import { cleanGeometry, decodeCollection, decodeRing } from './echarts-geo.mjs';

/** The inverse of the decoder, written from the format's description, for round trips. */
function encodeRing(points, scale = 1024) {
  const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]);
  const offset = ints[0];
  let [px, py] = offset;
  let out = '';
  for (const [x, y] of ints) {
    const zig = (n) => (n << 1) ^ (n >> 31);
    out += String.fromCharCode(zig(x - px) + 64, zig(y - py) + 64);
    [px, py] = [x, y];
  }
  return { encoded: out, offset };
}

describe('decodeRing', () => {
  it('reads zigzag deltas on the 1/1024° grid and closes the ring', () => {
    const square = [[106.5, 27.5], [106.6, 27.5], [106.6, 27.6], [106.5, 27.6]];
    const { encoded, offset } = encodeRing(square);
    const ring = decodeRing(encoded, offset);
    expect(ring).toHaveLength(5);
    ring.slice(0, 4).forEach(([x, y], i) => {
      expect(x).toBeCloseTo(square[i][0], 2);
      expect(y).toBeCloseTo(square[i][1], 2);
    });
    expect(ring[4]).toEqual(ring[0]);
  });

  it('decodes negative deltas', () => {
    const ring = decodeRing(String.fromCharCode(64, 64, 67, 64), [1024, 2048]);
    expect(ring[1]).toEqual([1 - 2 / 1024, 2]);
  });

  it('refuses a ring with an odd number of characters', () => {
    expect(() => decodeRing('@@A', [0, 0])).toThrow(/odd length/);
  });
});

describe('decodeCollection', () => {
  it('decodes an encoded polygon collection and leaves plain files plain', () => {
    const { encoded, offset } = encodeRing([[107, 28], [107.1, 28], [107.1, 28.1], [107, 28]]);
    const encodedFc = { type: 'FeatureCollection', UTF8Encoding: true, features: [{ type: 'Feature', id: '500114', properties: { name: '黔江区' }, geometry: { type: 'Polygon', coordinates: [encoded], encodeOffsets: [offset] } }] };
    const decoded = decodeCollection(encodedFc);
    expect(decoded.features[0].geometry.coordinates[0][1][0]).toBeCloseTo(107.1, 2);
    const plain = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] } }] };
    expect(decodeCollection(plain).features[0].geometry.coordinates[0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
  });
});

describe('cleanGeometry', () => {
  it('drops rings too short to enclose an area', () => {
    const g = { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 6], [5, 5]]]] };
    expect(cleanGeometry(g)).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
  });
});
