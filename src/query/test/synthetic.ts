import type { Feature, FeatureCollection, Point, Position } from 'geojson';

/** Guizhou's extent, lon 103.6–109.6, lat 24.6–29.2: where the synthetic data lies. */
export const GUIZHOU: readonly [number, number, number, number] = [103.6, 24.6, 109.6, 29.2];

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1), so synthetic data is the same every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random position in a box. */
export function randomPosition(random: () => number, [w, s, e, n]: readonly number[] = GUIZHOU): Position {
  return [(w ?? 0) + random() * ((e ?? 0) - (w ?? 0)), (s ?? 0) + random() * ((n ?? 0) - (s ?? 0))];
}

/** `count` random Point features over Guizhou, ids `p0…`. */
export function randomPoints(count: number, seed: number): FeatureCollection<Point> {
  const random = mulberry32(seed);
  const features = Array.from({ length: count }, (_, i): Feature<Point> => ({
    type: 'Feature', properties: { id: `p${i}` }, geometry: { type: 'Point', coordinates: randomPosition(random) },
  }));
  return { type: 'FeatureCollection', features };
}

function randomWalk(random: () => number, steps: number, stepDeg: number): Position[] {
  const line = [randomPosition(random)];
  for (let i = 1; i < steps; i++) {
    const [lon = 0, lat = 0] = line[i - 1] ?? [];
    line.push([lon + (random() - 0.5) * stepDeg, lat + (random() - 0.5) * stepDeg]);
  }
  return line;
}

function randomSquare(random: () => number, sizeDeg: number): Position[][] {
  const [w = 0, s = 0] = randomPosition(random);
  const size = sizeDeg * (0.2 + random());
  return [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]];
}

/** A seeded mix of nodes, corridors (random walks) and square zones over Guizhou. */
export function randomMixedFeatures(count: number, seed: number): FeatureCollection {
  const random = mulberry32(seed);
  const features = Array.from({ length: count }, (_, i): Feature => {
    const pick = random();
    const geometry = pick < 0.6
      ? { type: 'Point' as const, coordinates: randomPosition(random) }
      : pick < 0.8
        ? { type: 'LineString' as const, coordinates: randomWalk(random, 8, 0.2) }
        : { type: 'Polygon' as const, coordinates: randomSquare(random, 0.3) };
    return { type: 'Feature', properties: { id: `f${i}` }, geometry };
  });
  return { type: 'FeatureCollection', features };
}
