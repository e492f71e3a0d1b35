import { Clipper, ClipType, FillRule, InternalClipper, PolyTree64, type Path64, type Paths64, type Point64, type PolyPath64 } from '@countertype/clipper2-ts';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Grid steps per degree: coordinates are snapped to 1e-7° (about 1 cm), the precision Clipper's
 * integer sweep works at. Relative to a shared origin they stay below 360e7 < 2³², the range the
 * library's exact 64-bit products are correct for.
 */
const STEPS_PER_DEGREE = 1e7;

/** Where the integer grid starts: the south-west corner of everything in one operation. */
export interface ClipGrid {
  west: number;
  south: number;
}

type PolygonFeature = Feature<Polygon | MultiPolygon>;

const exactIsCollinear = InternalClipper.isCollinear;
/**
 * Clipper2-ts asks `isCollinear` of every output vertex and answers it with BigInt products,
 * which was a fifth of the time of a union here. Products of integers below 2⁵³ are exact in
 * doubles, so those are compared directly; larger ones still go the exact BigInt way.
 */
(InternalClipper as { isCollinear: typeof exactIsCollinear }).isCollinear = (p1, shared, p2) => {
  const ab = (shared.x - p1.x) * (p2.y - shared.y);
  const cd = (shared.y - p1.y) * (p2.x - shared.x);
  if (Math.abs(ab) < Number.MAX_SAFE_INTEGER && Math.abs(cd) < Number.MAX_SAFE_INTEGER) return ab === cd;
  return exactIsCollinear(p1, shared, p2);
};

function polygonsOf(feature: PolygonFeature): Position[][][] {
  const { geometry } = feature;
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The grid that holds every vertex of the given features.
 *
 * @example
 * const grid = createClipGrid([...zonesA, ...zonesB]);
 */
export function createClipGrid(features: readonly PolygonFeature[]): ClipGrid {
  let west = Infinity;
  let south = Infinity;
  for (const feature of features) {
    for (const ring of polygonsOf(feature).flat()) {
      for (const [lon = 0, lat = 0] of ring) {
        if (lon < west) west = lon;
        if (lat < south) south = lat;
      }
    }
  }
  return Number.isFinite(west) ? { west: Math.floor(west), south: Math.floor(south) } : { west: 0, south: 0 };
}

function toPath(ring: Position[], grid: ClipGrid): Path64 {
  const path: Path64 = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [lon = 0, lat = 0] = ring[i] ?? [];
    path.push({ x: Math.round((lon - grid.west) * STEPS_PER_DEGREE), y: Math.round((lat - grid.south) * STEPS_PER_DEGREE) });
  }
  return path;
}

/**
 * A polygon's rings wound the RFC 7946 way (outer counter-clockwise, holes clockwise), whatever
 * the input did, so that the non-zero fill rule keeps holes as holes.
 *
 * @example
 * orientPolygon([clockwiseOuter]); // [counterClockwiseOuter]
 */
export function orientPolygon(polygon: readonly Position[][]): Position[][] {
  return polygon.map((ring, i) => ((signedArea(ring) >= 0) === (i === 0) ? ring : [...ring].reverse()));
}

/** The rings of polygon features as Clipper paths on a grid, wound by `orientPolygon`. */
export function toClipPaths(features: readonly PolygonFeature[], grid: ClipGrid): Paths64 {
  return features.flatMap((feature) => polygonsOf(feature).flatMap((polygon) => orientPolygon(polygon).map((ring) => toPath(ring, grid))));
}

/** The shoelace area of a ring in its own units: positive when it runs counter-clockwise. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Maps a point of the integer plane back to a lon/lat position. */
export type FromClipPoint = (point: Point64) => Position;

function toRing(path: Path64, fromPoint: FromClipPoint, isOuter: boolean): Position[] {
  const ring = path.map(fromPoint);
  const [first] = ring;
  if (first !== undefined) ring.push([...first]);
  const isCounterClockwise = signedArea(ring) > 0;
  return isCounterClockwise === isOuter ? ring : ring.reverse();
}

function collectPolygons(node: PolyPath64, fromPoint: FromClipPoint, out: Position[][][]): void {
  for (let i = 0; i < node.count; i++) {
    const outer = node.child(i);
    if (outer.poly === null) continue;
    const polygon = [toRing(outer.poly, fromPoint, true)];
    for (let j = 0; j < outer.count; j++) {
      const hole = outer.child(j);
      if (hole.poly !== null) polygon.push(toRing(hole.poly, fromPoint, false));
      collectPolygons(hole, fromPoint, out);
    }
    out.push(polygon);
  }
}

/**
 * A Clipper result tree as one GeoJSON geometry (RFC 7946 winding: outer rings counter-clockwise,
 * holes clockwise; islands inside holes become polygons of their own), or `null` when empty.
 *
 * @example
 * toPolygonGeometry(tree, ({ x, y }) => [x / 1e7, y / 1e7]);
 */
export function toPolygonGeometry(tree: PolyTree64, fromPoint: FromClipPoint): Polygon | MultiPolygon | null {
  const polygons: Position[][][] = [];
  collectPolygons(tree, fromPoint, polygons);
  const [only] = polygons;
  if (only === undefined) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * A boolean operation on Clipper paths of one grid, back as one GeoJSON feature (RFC 7946
 * winding: outer rings counter-clockwise, holes clockwise), or `null` when nothing is left.
 *
 * @example
 * const grid = createClipGrid([...a, ...b]);
 * clipPaths('intersection', toClipPaths(a, grid), toClipPaths(b, grid), grid);
 */
export function clipPaths(operation: 'union' | 'intersection', subject: Paths64, clip: Paths64 | null, grid: ClipGrid): PolygonFeature | null {
  const tree = new PolyTree64();
  const type = operation === 'union' ? ClipType.Union : ClipType.Intersection;
  Clipper.booleanOpWithPolyTree(type, subject, clip, tree, FillRule.NonZero);
  const geometry = toPolygonGeometry(tree, ({ x, y }) => [grid.west + x / STEPS_PER_DEGREE, grid.south + y / STEPS_PER_DEGREE]);
  return geometry === null ? null : { type: 'Feature', properties: {}, geometry };
}

/**
 * The union of polygon features (Clipper2's sweep on a 1 cm grid, some 15× faster than
 * turf.union on the bundled plans), or `null` when there are none.
 *
 * @example
 * unionPolygons([squareA, squareB])?.geometry.type; // 'Polygon' when they touch
 */
export function unionPolygons(features: readonly PolygonFeature[]): PolygonFeature | null {
  if (features.length === 0) return null;
  const grid = createClipGrid(features);
  return clipPaths('union', toClipPaths(features, grid), null, grid);
}

/**
 * Where two sets of polygon features overlap: (∪a) ∩ (∪b), or `null` when they do not.
 *
 * @example
 * intersectPolygons([corridorBand], developmentZones);
 */
export function intersectPolygons(a: readonly PolygonFeature[], b: readonly PolygonFeature[]): PolygonFeature | null {
  if (a.length === 0 || b.length === 0) return null;
  const grid = createClipGrid([...a, ...b]);
  return clipPaths('intersection', toClipPaths(a, grid), toClipPaths(b, grid), grid);
}
