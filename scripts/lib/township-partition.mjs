// @ts-check
/**
 * Approximate 街道/镇 (township) areas for plan zones when no township boundaries are available:
 * each township is the Voronoi cell of its seat clipped to the county, zones are unions of
 * cells, and a zone that the text splits along a river or road is cut along that line.
 */
import * as turf from '@turf/turf';

/** @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} Areal */
/** @typedef {import('geojson').Feature<Areal, { id: string, seat: [number, number] }>} Cell */
/** @typedef {{ id: string, lon: number, lat: number }} Seat */

/**
 * One cell per township seat, in the order of `seats`: the seat's Voronoi cell clipped to the
 * county. The cells tile the county. Voronoi is computed in Web Mercator, which is locally
 * isotropic, so cell edges are true perpendicular bisectors between seats rather than
 * bisectors stretched by degrees of longitude being shorter than degrees of latitude.
 * Throws when a seat's cell misses the county, which means a seat far outside it.
 * @example
 * const cells = partitionCounty(countyFeature('520302'), [{ id: 'laocheng', lon: 106.918, lat: 27.695 }, …]);
 * @param {import('geojson').Feature<Areal> | Areal} countyPolygon
 * @param {Seat[]} seats
 * @param {{ padding?: number }} [options] margin of the Voronoi box around the county, in degrees (default 0.5)
 * @returns {Cell[]}
 */
export function partitionCounty(countyPolygon, seats, options = {}) {
  const padding = options.padding ?? 0.5;
  const [minX, minY, maxX, maxY] = turf.bbox(countyPolygon);
  const [x0, y0] = turf.toMercator([minX - padding, minY - padding]);
  const [x1, y1] = turf.toMercator([maxX + padding, maxY + padding]);
  const points = turf.featureCollection(seats.map((s) => turf.point(turf.toMercator([s.lon, s.lat]))));
  const cells = turf.voronoi(points, { bbox: [x0, y0, x1, y1] });
  const county = turf.feature('type' in countyPolygon && countyPolygon.type === 'Feature' ? countyPolygon.geometry : /** @type {Areal} */ (countyPolygon));
  return seats.map((seat, i) => {
    const cell = cells.features[i];
    if (!cell) throw new Error(`township seat ${seat.id} has no Voronoi cell (duplicate position?)`);
    const clipped = turf.intersect(turf.featureCollection([turf.toWgs84(cell), county]));
    if (!clipped) throw new Error(`township seat ${seat.id}: its cell does not reach the county`);
    return turf.feature(clipped.geometry, { id: seat.id, seat: /** @type {[number, number]} */ ([seat.lon, seat.lat]) });
  });
}

/**
 * The union of the cells whose ids are listed, e.g. the 街道 that make up one plan zone.
 * Throws on an id that is not among the cells, so a misspelt township cannot silently vanish.
 * @example
 * const core = mergeCells(cells, ['laocheng', 'zhongshanlu', 'zhonghualu']);
 * @param {import('geojson').Feature<Areal>[]} cells
 * @param {string[]} ids
 * @returns {import('geojson').Feature<Areal>}
 */
export function mergeCells(cells, ids) {
  const picked = ids.map((id) => {
    const cell = cells.find((c) => c.properties?.id === id);
    if (!cell) throw new Error(`no cell ${id}`);
    return cell;
  });
  const merged = unionAreas(picked);
  if (!merged) throw new Error(`cells ${ids.join(', ')} have an empty union`);
  return merged;
}

/**
 * The union of areal features, e.g. whole cells and the parts of split cells that make up a zone.
 * Where clipping has left a vertex of one piece on the edge of its neighbour, or two shared
 * vertices a few 1e-15° apart, an unaided union keeps the pieces as separate polygons of a
 * MultiPolygon; so each piece first gets the vertices of the others that lie on its edges,
 * and all coordinates are snapped to 1e-9° (0.1 mm).
 * @example
 * const south = unionAreas([cell('zhongzhuang'), nanguan.left, yinghong.right]);
 * @param {import('geojson').Feature<Areal>[]} parts
 * @returns {import('geojson').Feature<Areal> | null}
 */
export function unionAreas(parts) {
  const vertices = parts.flatMap((p) => turf.coordAll(p));
  const noded = parts.map((p) => turf.truncate(withVerticesOnEdges(p.geometry, vertices), { precision: 9 }));
  if (noded.length < 2) return noded[0] ?? null;
  const merged = turf.union(turf.featureCollection(noded));
  return merged && turf.feature(merged.geometry);
}

/**
 * The geometry with every vertex that lies on one of its edges (within 1e-8°, about 1 mm)
 * inserted into that edge.
 * @param {Areal} geometry
 * @param {number[][]} vertices
 * @returns {import('geojson').Feature<Areal>}
 */
function withVerticesOnEdges(geometry, vertices) {
  const nodeRing = (/** @type {number[][]} */ ring) => ring.flatMap((a, i) => (i === 0 ? [a] : [...verticesBetween(ring[i - 1], a, vertices), a]));
  if (geometry.type === 'Polygon') return turf.feature({ type: 'Polygon', coordinates: geometry.coordinates.map(nodeRing) });
  return turf.feature({ type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(nodeRing)) });
}

/**
 * The vertices lying strictly inside segment a→b, in order from a.
 * @param {number[]} a @param {number[]} b @param {number[][]} vertices
 */
function verticesBetween(a, b, vertices) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return [];
  return vertices
    .map((v) => ({ v, t: ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / length2 }))
    .filter(({ v, t }) => t > 1e-9 && t < 1 - 1e-9 && Math.hypot(a[0] + t * dx - v[0], a[1] + t * dy - v[1]) < 1e-8)
    .sort((p, q) => p.t - q.t)
    .map(({ v }) => v);
}

/**
 * Cuts a polygon along a line (a river, a road) into the part left of the line and the part
 * right of it, looking along the line's direction. The line should cross the polygon from
 * edge to edge, or the polygon is not cut. The cut is a buffer of `width` metres around the
 * line; that thin strip is given to the left part so that the two parts still tile the polygon.
 * Returns null for a side that has no part.
 * @example
 * const { left, right } = splitByLine(yinghongCell, luojiangRiver); // river flows west→east: left is north
 * @param {import('geojson').Feature<Areal> | Areal} polygon
 * @param {import('geojson').Feature<import('geojson').LineString> | import('geojson').LineString} line
 * @param {{ width?: number }} [options] width of the cut in metres (default 2)
 * @returns {{ left: import('geojson').Feature<Areal> | null, right: import('geojson').Feature<Areal> | null }}
 */
export function splitByLine(polygon, line, options = {}) {
  const area = turf.feature('type' in polygon && polygon.type === 'Feature' ? polygon.geometry : /** @type {Areal} */ (polygon));
  const strip = turf.buffer(line, (options.width ?? 2) / 2, { units: 'meters' });
  if (!strip) throw new Error('cannot buffer the cutting line');
  const rest = turf.difference(turf.featureCollection([area, strip]));
  /** @type {import('geojson').Feature<Areal>[]} */
  const left = [];
  /** @type {import('geojson').Feature<Areal>[]} */
  const right = [];
  if (rest) turf.flattenEach(rest, (part) => (isLeftOf(line, part) ? left : right).push(part));
  const onLine = turf.intersect(turf.featureCollection([area, strip]));
  return { left: unionAreas(onLine ? [...left, onLine] : left), right: unionAreas(right) };
}

/**
 * Whether a polygon part lies left of the line: the sign of the cross product between the
 * nearest segment's direction and the vector to a point inside the part.
 * @param {import('geojson').Feature<import('geojson').LineString> | import('geojson').LineString} line
 * @param {import('geojson').Feature<Areal>} part
 */
function isLeftOf(line, part) {
  const coords = turf.getCoords(line);
  const [px, py] = turf.getCoord(turf.pointOnFeature(part));
  const i = turf.nearestPointOnLine(line, [px, py]).properties.segmentIndex;
  const [ax, ay] = coords[i];
  const [bx, by] = coords[i + 1] ?? coords[i];
  return (bx - ax) * (py - ay) - (by - ay) * (px - ax) > 0;
}

