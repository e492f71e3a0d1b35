import type { Geometry, Position } from 'geojson';

/**
 * A point inside a polygon where its name can stand: the centroid of its largest part when that
 * lies inside, otherwise the middle of the widest horizontal chord through the centroid's latitude.
 * Returns null for geometries that are not areas.
 */
export function findLabelPoint(geometry: Geometry): Position | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  if (!parts.length) return null;
  const outer = parts.map((p) => p[0]).reduce((a, b) => (Math.abs(ringArea(a)) >= Math.abs(ringArea(b)) ? a : b));
  const centroid = ringCentroid(outer);
  return isInsideRing(centroid, outer) ? centroid : widestChordMiddle(outer, centroid[1]) ?? outer[0];
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

function ringCentroid(ring: Position[]): Position {
  let [x, y] = [0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  const area = ringArea(ring);
  return area === 0 ? ring[0] : [x / (6 * area), y / (6 * area)];
}

function isInsideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function widestChordMiddle(ring: Position[], y: number): Position | null {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let bestWidth = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] <= bestWidth) continue;
    bestWidth = xs[i + 1] - xs[i];
    best = [(xs[i] + xs[i + 1]) / 2, y];
  }
  return best;
}
