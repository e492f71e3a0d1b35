import { describe, expect, it } from 'vitest';
import { importFile } from './index';

/** mulberry32: a small seeded generator, so a failing mutation can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'a', properties: { name: '仁怀', n: 1, nested: { k: [1, 2] } }, geometry: { type: 'Point', coordinates: [106.4, 27.8] } },
    { type: 'Feature', properties: { name: '线' }, geometry: { type: 'LineString', coordinates: [[106.4, 27.8], [106.9, 27.7]] } },
    { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [[[106.8, 27.6], [107, 27.6], [107, 27.8], [106.8, 27.6]]] } },
  ],
});

const TOKENS = ['{', '}', '[', ']', ',', ':', '"', 'null', '-1e309', '1e309', 'NaN', '"__proto__"', '"constructor"', '<script>', '\u0000', '9'.repeat(400)];

/** One random edit of the text: delete, duplicate or replace a span, or insert a JSON token. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const span = 1 + Math.floor(random() * 12);
  switch (Math.floor(random() * 4)) {
    case 0: return text.slice(0, at) + text.slice(at + span);
    case 1: return text.slice(0, at) + text.slice(at, at + span).repeat(2) + text.slice(at);
    case 2: return text.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + text.slice(at + span);
    default: return text.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + text.slice(at);
  }
}

describe('importing mutated GeoJSON', () => {
  it('always gives a verdict, never an exception, over 3000 seeded mutations', async () => {
    const random = seeded(20261122);
    const encoder = new TextEncoder();
    let text = VALID;
    for (let i = 0; i < 3000; i++) {
      text = random() < 0.2 ? VALID : mutate(text, random);
      const result = await importFile('fuzz.geojson', encoder.encode(text));
      expect(Array.isArray(result.layers), `mutation ${i}`).toBe(true);
      expect(Array.isArray(result.problems), `mutation ${i}`).toBe(true);
      const features = result.layers.flatMap((l) => l.collection.features);
      if (!features.length) expect(result.problems.length, `mutation ${i}: nothing imported and nothing said`).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});
