/** An RGBA image as maplibre's `addImage` takes it. */
export interface RawImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Diagonal hatching in `color` (a `#rrggbb` hex), 16 px square at pixel ratio 2, tiling
 * seamlessly: the mark of ecological barriers.
 */
export function createHatchImage(color: string): RawImage {
  const size = 16;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % size < 3;
      data.set(onStripe ? [r, g, b, 200] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * A chevron pointing right (along the line), as a signed-distance image: alpha falls off with the
 * distance from the chevron's stroke so that maplibre can tint and halo it.
 */
export function createArrowImage(): RawImage {
  const size = 32;
  const data = new Uint8Array(size * size * 4);
  const strokes: [number, number, number, number][] = [[9, 6, 23, 16], [23, 16, 9, 26]];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.min(...strokes.map((s) => distanceToSegment(x + 0.5, y + 0.5, ...s))) - 2.5;
      const alpha = Math.max(0, Math.min(255, Math.round(192 - d * 24)));
      data.set([0, 0, 0, alpha], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
