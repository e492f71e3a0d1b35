// @ts-check
/**
 * The steps of the basemap build, kept free of I/O but for reading the source folder so that the
 * tests can run them on small inputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import gcoord from 'gcoord';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature, mesh, merge } from 'topojson-client';
import * as turf from '@turf/turf';
import { cleanGeometry, decodeCollection } from './echarts-geo.mjs';

/** Provinces whose counties are drawn in full: the plans' own ground. */
export const FOCUS_PROVINCES = { '52': '贵州省', '50': '重庆市' };

/** Neighbouring provinces; only their prefectures near the focus are kept. */
export const NEIGHBOUR_PROVINCES = {
  '51': '四川省', '53': '云南省', '45': '广西壮族自治区', '43': '湖南省', '42': '湖北省', '61': '陕西省',
};

const FILE_PREFIXES = {
  '52': 'gui4_zhou1_', '51': 'si4_chuan1_', '53': 'yun2_nan2_', '45': 'guang3_xi1_',
  '43': 'hu2_nan2_', '42': 'hu2_bei3_', '61': 'shan3_xi1_',
};

/** Counties of neighbouring provinces are kept when their label point lies in this box (WGS84). */
export const NEIGHBOUR_BOX = [102.6, 24.0, 111.4, 32.9];

/**
 * Shares of the vertices kept by topology-preserving simplification: most for the county
 * polygons that checks and queries use and for the boundaries drawn from zoom 8.5 on, few for the
 * overview the browser draws first.
 */
const ANALYSIS_QUANTILE = 0.35;
const DISPLAY_QUANTILE = 0.08;

/** Decimals written: 1e-5° is about 1 m, 1e-4° about 10 m; the source grid is about 100 m. */
const ANALYSIS_DECIMALS = 5;
const DISPLAY_DECIMALS = 4;

/**
 * @typedef {{ code: string, name: string, prefectureCode: string, prefecture: string,
 *   provinceCode: string, province: string, isFocus: boolean, label: [number, number] }} CountyProps
 * @typedef {import('geojson').Feature<import('geojson').Polygon | import('geojson').MultiPolygon, CountyProps>} County
 */

/**
 * Reads the prefecture files of the focus and neighbouring provinces, decodes them and converts
 * every coordinate from GCJ-02 to WGS84.
 * @param {string} geojsonDir the package's `geojson` folder
 * @returns {County[]}
 */
export function collectCounties(geojsonDir) {
  const withBorders = path.join(geojsonDir, 'shape-with-internal-borders');
  const files = fs.readdirSync(withBorders).filter((f) => f.endsWith('.geojson'));
  /** @type {County[]} */
  const counties = [];
  const read = (/** @type {string} */ file, /** @type {string} */ prefectureName) => {
    const raw = JSON.parse(fs.readFileSync(path.join(withBorders, file), 'utf8'));
    counties.push(...toCounties(decodeCollection(raw), prefectureName));
  };
  read('chongqing.geojson', '重庆市');
  for (const prefix of Object.values(FILE_PREFIXES)) {
    for (const file of files.filter((f) => f.startsWith(prefix))) {
      read(file, readPrefectureName(geojsonDir, file));
    }
  }
  return counties.filter((c) => c.properties.isFocus || isInBox(c.properties.label, NEIGHBOUR_BOX));
}

/** @param {string} geojsonDir @param {string} file */
function readPrefectureName(geojsonDir, file) {
  const outline = path.join(geojsonDir, 'shape-only', file);
  if (!fs.existsSync(outline)) return '';
  const fc = JSON.parse(fs.readFileSync(outline, 'utf8'));
  return String(fc.features?.[0]?.properties?.name ?? '');
}

/**
 * Turns one decoded prefecture file (GCJ-02) into WGS84 counties with their codes and names.
 * @param {import('geojson').FeatureCollection} collection
 * @param {string} prefectureName
 * @returns {County[]}
 */
export function toCounties(collection, prefectureName) {
  const converted = gcoord.transform(structuredClone(collection), gcoord.GCJ02, gcoord.WGS84);
  const wgs = /** @type {import('geojson').FeatureCollection} */ (turf.rewind(/** @type {any} */ (converted), { mutate: true }));
  return wgs.features.map((f, i) => {
    const code = String(f.id ?? collection.features[i].id);
    const p = /** @type {any} */ (collection.features[i].properties);
    const provinceCode = code.slice(0, 2);
    return {
      type: 'Feature',
      properties: {
        code,
        name: String(p.name),
        prefectureCode: provinceCode === '50' ? '500100' : `${code.slice(0, 4)}00`,
        prefecture: prefectureName,
        provinceCode: `${provinceCode}0000`,
        province: FOCUS_PROVINCES[/** @type {'52'} */ (provinceCode)] ?? NEIGHBOUR_PROVINCES[/** @type {'51'} */ (provinceCode)] ?? '',
        isFocus: provinceCode in FOCUS_PROVINCES,
        label: p.cp ? /** @type {[number, number]} */ (gcoord.transform(p.cp, gcoord.GCJ02, gcoord.WGS84)) : labelPoint(f.geometry),
      },
      geometry: /** @type {County['geometry']} */ (f.geometry),
    };
  });
}

/** @param {[number, number]} pt @param {number[]} box */
function isInBox([x, y], box) {
  return x >= box[0] && y >= box[1] && x <= box[2] && y <= box[3];
}

/**
 * Simplifies the counties as one topology, so that neighbours keep a shared border, and derives
 * the boundary lines of each level and the label points.
 * @param {County[]} counties
 */
export function buildBasemap(counties) {
  const topo = presimplify(topology({ counties: { type: 'FeatureCollection', features: counties } }, 1e6));
  const analysis = structuredClone(topo);
  const fine = simplify(analysis, quantile(analysis, ANALYSIS_QUANTILE));
  const coarse = simplify(topo, quantile(topo, DISPLAY_QUANTILE));
  const fineAreas = /** @type {import('geojson').FeatureCollection} */ (feature(fine, /** @type {any} */ (fine.objects.counties)));
  const object = /** @type {any} */ (coarse.objects.counties);
  return {
    counties: roundCollection({ type: 'FeatureCollection', features: fineAreas.features.map(toAreaFeature) }, ANALYSIS_DECIMALS),
    provinces: roundCollection(buildProvinces(coarse, object), DISPLAY_DECIMALS),
    boundaries: roundCollection(buildBoundaries(coarse, object), DISPLAY_DECIMALS),
    'boundaries-detail': roundCollection(buildBoundaries(fine, /** @type {any} */ (fine.objects.counties)), DISPLAY_DECIMALS),
    labels: roundCollection(buildLabels(coarse, object, counties), DISPLAY_DECIMALS),
  };
}

/**
 * One polygon per province, for the land tint that sets the focus provinces apart.
 * @param {any} topo @param {any} object
 * @returns {import('geojson').FeatureCollection}
 */
function buildProvinces(topo, object) {
  const groups = groupBy(object.geometries, (/** @type {any} */ g) => g.properties.provinceCode);
  return {
    type: 'FeatureCollection',
    features: [...groups].map(([code, members]) => ({
      type: 'Feature',
      properties: { code, name: members[0].properties.province, isFocus: members[0].properties.isFocus },
      geometry: cleanGeometry(merge(topo, members)),
    })),
  };
}

/** @param {import('geojson').Feature} f */
function toAreaFeature(f) {
  const { label: _label, ...props } = /** @type {CountyProps} */ (f.properties);
  const geometry = cleanGeometry(/** @type {County['geometry']} */ (f.geometry));
  return { type: 'Feature', id: Number(props.code), properties: props, geometry };
}

/**
 * One line feature per boundary level: 1 province, 2 prefecture, 3 county. Shared edges are drawn
 * once, at the highest level they separate.
 * @param {any} topo @param {any} object
 * @returns {import('geojson').FeatureCollection}
 */
function buildBoundaries(topo, object) {
  const p = (/** @type {any} */ g) => /** @type {CountyProps} */ (g.properties);
  const levels = [
    { level: 1, test: (/** @type {any} */ a, /** @type {any} */ b) => a !== b && p(a).provinceCode !== p(b).provinceCode },
    { level: 2, test: (/** @type {any} */ a, /** @type {any} */ b) => a !== b && p(a).provinceCode === p(b).provinceCode && p(a).prefectureCode !== p(b).prefectureCode },
    { level: 3, test: (/** @type {any} */ a, /** @type {any} */ b) => a === b || p(a).prefectureCode === p(b).prefectureCode },
  ];
  return {
    type: 'FeatureCollection',
    features: levels.map(({ level, test }) => ({
      type: 'Feature',
      properties: { level },
      geometry: mesh(topo, object, test),
    })),
  };
}

/**
 * Label points: provinces and prefectures at a point inside their merged area, counties at the
 * label point the source gives for them (near the county seat, not a surveyed position).
 * @param {any} topo @param {any} object @param {County[]} counties
 * @returns {import('geojson').FeatureCollection}
 */
function buildLabels(topo, object, counties) {
  /** @type {import('geojson').Feature[]} */
  const labels = [];
  const groups = (/** @type {'provinceCode' | 'prefectureCode'} */ key) => groupBy(object.geometries, (/** @type {any} */ g) => g.properties[key]);
  for (const [kind, key, nameKey] of /** @type {const} */ ([['province', 'provinceCode', 'province'], ['prefecture', 'prefectureCode', 'prefecture']])) {
    for (const [code, members] of groups(key)) {
      const area = cleanGeometry(merge(topo, members));
      const name = members[0].properties[nameKey];
      if (!name || (kind === 'prefecture' && members[0].properties.provinceCode === '500000')) continue;
      labels.push(turf.point(labelPoint(area), { kind, code, name, isFocus: members[0].properties.isFocus }));
    }
  }
  for (const c of counties) {
    labels.push(turf.point(c.properties.label, { kind: 'county', code: c.properties.code, name: shortCountyName(c.properties.name), isFocus: c.properties.isFocus }));
  }
  return { type: 'FeatureCollection', features: labels };
}

/**
 * Node 20 has no Map.groupBy.
 * @template T @param {T[]} items @param {(item: T) => string} keyOf
 * @returns {Map<string, T[]>}
 */
function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/**
 * The centre of mass when it falls inside the area, otherwise a point on its largest part.
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon} area
 * @returns {[number, number]}
 */
function labelPoint(area) {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  const parts = polygons.map((c) => turf.feature(/** @type {import('geojson').Polygon} */ ({ type: 'Polygon', coordinates: c })));
  const largest = parts.reduce((a, b) => (turf.area(a) >= turf.area(b) ? a : b));
  const centre = turf.centerOfMass(largest);
  const point = turf.booleanPointInPolygon(centre, largest) ? centre : turf.pointOnFeature(largest);
  return /** @type {[number, number]} */ (point.geometry.coordinates);
}

/**
 * Drops the ethnic autonomy part of a county's name, as maps at county scale usually do
 * (道真仡佬族苗族自治县 → 道真县); the full name stays on the area feature.
 * @param {string} name
 */
export function shortCountyName(name) {
  const m = /^(.{2,}?)(?:[\u4e00-\u9fa5]{1,3}族)+自治县$/.exec(name);
  return m ? `${m[1]}县` : name;
}

/**
 * @template {import('geojson').FeatureCollection} T
 * @param {T} collection
 * @param {number} decimals
 * @returns {T}
 */
function roundCollection(collection, decimals) {
  return turf.truncate(collection, { precision: decimals, coordinates: 2, mutate: false });
}
