// @ts-check
/**
 * Writes data/plans/qianjiang-15th-fyp/: the spatial structures of seed document 002, the 黔江区
 * Party committee's proposal for the 15th Five-Year Plan (2025-12-06). Run from the repository
 * root: `node scripts/plans/qianjiang-15th-fyp.mjs` (deterministic). `cite` checks every quote
 * against the seed. What is drawn and what is not: docs/plans/qianjiang-15th-fyp.md.
 */
import * as turf from '@turf/turf';
import { cite, countyFeature, countySeat, writeLayer, writeManifest } from '../lib/plan-build.mjs';

const PLAN = 'qianjiang-15th-fyp';
const DOC = '002';
const DISTRICT = '500114';

/** @typedef {[number, number]} LonLat */
/** @typedef {{ zh: string, en: string }} Text */


/*
 * Hand-placed WGS84 coordinates, each with where it comes from. Nothing here was geocoded: no
 * survey or gazetteer was reachable when the package was made, so every point and vertex is a
 * reading of public descriptions against the district polygon of the embedded basemap, and the
 * notes that the features carry say how far to trust it.
 */

/**
 * Places inside the district. `error` is the likely error radius in km.
 * @type {Record<string, { lonLat: [number, number], error: number, basis: string }>}
 */
const PLACES = {
  oldCity: { lonLat: [108.7757, 29.5311], error: 1, basis: '黔江老城(城西街道)的公开坐标' },
  airport: { lonLat: [108.831, 29.514], error: 1, basis: '武陵山机场的航空资料坐标' },
  station: { lonLat: [108.800, 29.497], error: 3, basis: '黔江站在正阳街道,位于老城东南;坐标为推定' },
  newCity: { lonLat: [108.805, 29.488], error: 3, basis: '高铁新城在正阳、舟白一带,位于黔江站周边' },
  dinosaurPark: { lonLat: [108.800, 29.478], error: 3, basis: '正阳白垩纪恐龙化石群与恐龙遗址公园在正阳街道' },
  zhoubai: { lonLat: [108.826, 29.522], error: 2, basis: '舟白街道在机场一带' },
  fengjia: { lonLat: [108.7831, 29.3958], error: 2, basis: '冯家街道公开坐标 108°46′59″E 29°23′45″N' },
  zhuoshui: { lonLat: [108.772, 29.290], error: 2, basis: '濯水古镇在城区以南约26公里(公路)的阿蓬江畔' },
  huangxi: { lonLat: [108.635, 29.705], error: 8, basis: '黄溪镇在城区西北;位置按相对方位推定' },
  xiaonanhai: { lonLat: [108.862, 29.628], error: 6, basis: '小南海在城区东北、近湖北咸丰边界;位置按相对方位推定' },
  shihui: { lonLat: [108.655, 29.535], error: 8, basis: '石会镇在城区以西,与彭水相邻;位置按相对方位推定' },
  mala: { lonLat: [108.870, 29.270], error: 10, basis: '马喇镇在东南部,距城区约42公里;位置按相对方位推定' },
  apengjiangTown: { lonLat: [108.704, 29.201], error: 8, basis: '阿蓬江镇(原两河镇)在濯水下游的阿蓬江畔' },
  zhengyangIndustrial: { lonLat: [108.790, 29.462], error: 5, basis: '正阳工业园区(黔江高新区主体)在正阳街道南部;位置按相对方位推定' },
  taiji: { lonLat: [108.640, 29.262], error: 12, basis: '太极在西南部,属阿蓬江流域(太极河);位置未能核实' },
};

/**
 * 阿蓬江, upstream to downstream. Source of the course: 何泽禄《阿蓬江考》: it enters at 舟白街道
 * 县坝社区马家坝 from 咸丰县朝阳寺镇, runs NE→SW through 舟白、正阳、邻鄂、蓬东、冯家、濯水、
 * 阿蓬江镇 (90 km in the district), and leaves at 阿蓬江镇麒麟村大坝子 after 12.4 km on which its
 * mid-channel is the 黔江–酉阳 boundary; it joins the 乌江 at 龚滩 (酉阳). The boundary stretch is
 * taken from the basemap polygon by the build script, between `boundaryFrom` and `boundaryTo`.
 */
const APENG = {
  upstream: /** @type {[number, number][]} */ ([
    [109.005, 29.690], [108.990, 29.672], [108.972, 29.652], [108.955, 29.630], [108.938, 29.607],
    [108.921, 29.586], [108.905, 29.567], [108.893, 29.553],
  ]),
  inDistrict: /** @type {[number, number][]} */ ([
    [108.872, 29.536], [108.862, 29.526], [108.853, 29.512], [108.846, 29.498], [108.838, 29.486],
    [108.827, 29.474], [108.817, 29.462], [108.810, 29.450], [108.806, 29.437], [108.801, 29.424],
    [108.794, 29.412], [108.787, 29.402], [108.784, 29.392], [108.781, 29.378], [108.776, 29.364],
    [108.775, 29.350], [108.771, 29.336], [108.772, 29.321], [108.775, 29.306], [108.774, 29.292],
    [108.765, 29.279], [108.752, 29.268], [108.740, 29.256], [108.731, 29.242], [108.722, 29.228],
    [108.712, 29.214], [108.704, 29.201], [108.697, 29.187], [108.688, 29.172], [108.676, 29.158],
    [108.664, 29.145], [108.652, 29.131], [108.641, 29.118], [108.631, 29.105],
  ]),
  boundaryFrom: /** @type {[number, number]} */ ([108.6199, 29.0930]),
  boundaryTo: /** @type {[number, number]} */ ([108.5555, 29.1427]),
  downstream: /** @type {[number, number][]} */ ([
    [108.543, 29.128], [108.522, 29.112], [108.498, 29.096], [108.474, 29.080], [108.450, 29.063],
    [108.426, 29.045], [108.403, 29.026], [108.381, 29.008], [108.361, 28.992], [108.344, 28.980],
  ]),
};

/**
 * 郁江, upstream to downstream: from 利川 (忠路、文斗) into the north of the district, south-west
 * through it, out across the 彭水 boundary, past 郁山 to the 乌江 at 彭水's seat. Only the ends
 * are documented (利川 source, 彭水 mouth); the course inside the district is inferred.
 */
const YU = /** @type {[number, number][]} */ ([
  [108.700, 29.940], [108.680, 29.918], [108.660, 29.898], [108.640, 29.882], [108.622, 29.868],
  [108.610, 29.852], [108.601, 29.834], [108.592, 29.816], [108.583, 29.798], [108.575, 29.780],
  [108.567, 29.762], [108.559, 29.744], [108.550, 29.727], [108.541, 29.711], [108.531, 29.695],
  [108.521, 29.679], [108.512, 29.663], [108.503, 29.648], [108.494, 29.635], [108.482, 29.622],
  [108.468, 29.603], [108.455, 29.582], [108.443, 29.560], [108.432, 29.537], [108.421, 29.514],
  [108.408, 29.492], [108.392, 29.470], [108.372, 29.447], [108.348, 29.424], [108.322, 29.400],
  [108.294, 29.376], [108.264, 29.352], [108.234, 29.330], [108.204, 29.311], [108.176, 29.298],
]);

/**
 * 诸佛江, upstream to downstream: from the west of the district (石家、鹅池 side) west into 彭水
 * past 诸佛乡 to the 乌江. Neither its source nor its exit could be checked.
 */
const ZHUFO = /** @type {[number, number][]} */ ([
  [108.690, 29.440], [108.676, 29.428], [108.661, 29.415], [108.646, 29.401], [108.631, 29.388],
  [108.616, 29.377], [108.601, 29.366], [108.586, 29.356], [108.571, 29.347], [108.556, 29.338],
  [108.540, 29.327], [108.522, 29.313], [108.503, 29.297], [108.484, 29.280], [108.465, 29.262],
  [108.447, 29.243], [108.428, 29.223], [108.408, 29.203], [108.386, 29.183], [108.362, 29.163],
  [108.338, 29.144], [108.314, 29.126], [108.298, 29.115],
]);

/** Points outside the basemap's county labels. */
const OUTSIDE = {
  changde: /** @type {[number, number]} */ ([111.698, 29.032]),
  chongqingEast: /** @type {[number, number]} */ ([106.664, 29.486]),
  chongqingNorth: /** @type {[number, number]} */ ([106.551, 29.609]),
};



/** @param {LonLat} lonLat */
const point = (lonLat) => ({ type: 'Point', coordinates: lonLat });

/**
 * Catmull-Rom interpolation through hand-placed vertices, `steps` points per span, so that a
 * traced river reads as a curve without adding bends the sources do not give.
 * @param {LonLat[]} pts @param {number} steps @returns {LonLat[]}
 */
function smooth(pts, steps) {
  /** @type {LonLat[]} */
  const out = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const [p0, p1, p2, p3] = [pts[Math.max(i - 1, 0)], pts[i], pts[i + 1], pts[Math.min(i + 2, pts.length - 1)]];
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const c = (/** @type {number} */ k) => 0.5 * (2 * p1[k] + (p2[k] - p0[k]) * t
        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t * t + (3 * p1[k] - p0[k] - 3 * p2[k] + p3[k]) * t * t * t);
      out.push([c(0), c(1)]);
    }
  }
  out.push(pts[pts.length - 1]);
  return out;
}

/**
 * The vertices of the district's outer ring between the ones nearest to `from` and `to`, taken
 * the short way round: used where a river is the district boundary.
 * @param {LonLat} from @param {LonLat} to @returns {LonLat[]}
 */
function boundaryBetween(from, to) {
  const geom = countyFeature(DISTRICT).geometry;
  const ring = /** @type {LonLat[]} */ (geom.type === 'Polygon' ? geom.coordinates[0] : geom.coordinates[0][0]).slice(0, -1);
  const nearest = (/** @type {LonLat} */ p) => ring.reduce((best, q, i) =>
    (turf.distance(p, q) < turf.distance(p, ring[best]) ? i : best), 0);
  const [a, b] = [nearest(from), nearest(to)];
  const forward = [];
  for (let i = a; i !== b; i = (i + 1) % ring.length) forward.push(ring[i]);
  forward.push(ring[b]);
  const backward = [];
  for (let i = a; i !== b; i = (i - 1 + ring.length) % ring.length) backward.push(ring[i]);
  backward.push(ring[b]);
  return forward.length <= backward.length ? forward : backward;
}

/** The 阿蓬江 line: traced course, the boundary stretch from the basemap, the reach in 酉阳. */
function apengCourse() {
  const upper = smooth([...APENG.upstream, ...APENG.inDistrict, APENG.boundaryFrom], 4);
  const boundary = boundaryBetween(APENG.boundaryFrom, APENG.boundaryTo);
  const lower = smooth([APENG.boundaryTo, ...APENG.downstream], 4);
  return [...upper, ...boundary.slice(1), ...lower.slice(1)];
}

/**
 * The part of a buffer around `line` that lies in the district, as a polygon feature geometry.
 * @param {LonLat[]} line @param {number} km
 */
function bandInDistrict(line, km) {
  const band = turf.buffer(turf.lineString(line), km, { units: 'kilometers' });
  const clipped = band && turf.intersect(turf.featureCollection([band, countyFeature(DISTRICT)]));
  if (!clipped) throw new Error('band does not meet the district');
  return clipped.geometry;
}

/** Kilometres of `line` inside the district, for the notes. @param {LonLat[]} line */
function lengthInDistrict(line) {
  const district = countyFeature(DISTRICT);
  let km = 0;
  for (let i = 0; i < line.length - 1; i++) {
    const mid = turf.midpoint(line[i], line[i + 1]);
    if (turf.booleanPointInPolygon(mid, district)) km += turf.distance(line[i], line[i + 1]);
  }
  return Math.round(km);
}

const seat = {
  qianjiang: countySeat(DISTRICT), pengshui: countySeat('500243'), youyang: countySeat('500242'),
  xiushan: countySeat('500241'), wulong: countySeat('500232'), nanchuan: countySeat('500119'),
  changshou: countySeat('500115'), fuling: countySeat('500102'), shizhu: countySeat('500240'),
  zhongxian: countySeat('500233'), wanzhou: countySeat('500101'), enshi: countySeat('422801'),
  lichuan: countySeat('422802'), xianfeng: countySeat('422826'), laifeng: countySeat('422827'),
  jishou: countySeat('433101'), huayuan: countySeat('433124'), yongshun: countySeat('433127'),
  fenghuang: countySeat('433123'), zhangjiajie: countySeat('430802'), wuchuan: countySeat('520326'),
  zunyi: countySeat('520302'), guangan: countySeat('511602'), tongren: countySeat('520602'),
  huaihua: countySeat('431202'), yuzhong: countySeat('500103'),
};

/** @typedef {(line: number, from: string, to?: string) => { document: string, line: number, quote: string }} Cite */

/** @param {[number, number]} center @param {number} zoom */
const cam = (center, zoom) => ({ center, zoom });

/** @param {string} zh @param {string} en @returns {Text} */
const t = (zh, en) => ({ zh, en });

/**
 * A part that is named but not drawn.
 * @param {Text} name @param {Text} reason @param {object[]} provenance
 */
const undrawn = (name, reason, provenance) => ({ name, reason, provenance });

/** @param {string} id @param {Text} title */
const layer = (id, title) => ({ id, file: `${id}.geojson`, title });

/** The reason shared by the slogans whose parts the proposal never lists. */
const UNDEFINED = t(
  '建议稿只给出口号,未说明其组成与位置;待区国土空间总体规划或“十五五”规划纲要明确后再绘。',
  'The proposal gives the slogan only, without saying what its parts are or where; to be drawn once the district\'s territorial spatial master plan or the 15th Five-Year Plan outline defines them.',
);

/** @param {Cite} q */
function spatialPatternStructure(q) {
  const prov = [q(73, '构建“一心一轴三片”的总体空间格局')];
  return {
    id: 'one-core-one-axis-three-areas', slogan: '一心一轴三片',
    name: t('“一心一轴三片”总体空间格局', 'One core, one axis, three areas'), category: 'spatial-pattern', provenance: prov,
    layers: [layer('key-towns', t('重点镇支点', 'Key-town pivots'))],
    tour: [
      { camera: cam([108.74, 29.47], 9), caption: t('“一心一轴三片”的总体空间格局:建议稿点名黄溪、濯水、小南海、石会、马喇、阿蓬江、太极七个重点镇作为支点。', 'The overall pattern of one core, one axis and three areas: the proposal names seven key towns as pivots — Huangxi, Zhuoshui, Xiaonanhai, Shihui, Mala, Apengjiang and Taiji.'), layers: ['key-towns'] },
      { camera: cam([108.74, 29.25], 10), caption: t('南部三镇濯水、阿蓬江、马喇沿阿蓬江及其支流分布。', 'In the south, Zhuoshui, Apengjiang and Mala lie along the Apeng River and its tributaries.'), features: ['qj-town-zhuoshui', 'qj-town-apengjiang', 'qj-town-mala'] },
    ],
    notDrawn: [
      undrawn(t('一心', 'The core'), UNDEFINED, prov),
      undrawn(t('一轴', 'The axis'), t('文本未说明轴线走向;常见推测为城区—冯家—濯水的南北向发展轴,但无依据,不绘。', 'The text does not say where the axis runs. A north–south axis city–Fengjia–Zhuoshui is a common guess but has no basis in the text, so it is not drawn.'), prov),
      undrawn(t('三片', 'The three areas'), t('文本未划分三片,且尚无乡镇边界数据可据以拼合。', 'The text does not divide the three areas, and no township boundaries are at hand to assemble them from.'), prov),
    ],
  };
}

/** @param {Cite} q */
function ecologicalStructure(q) {
  const prov = [q(83, '构建“一屏三带三区多绿核”的生态格局')];
  const water = q(72, '加快构建“三江两引十库多点”水安全保障总体布局');
  return {
    id: 'one-screen-three-belts', slogan: '一屏三带三区多绿核',
    name: t('“一屏三带三区多绿核”生态格局', 'One screen, three belts, three areas, many green cores'), category: 'ecological',
    provenance: [...prov, q(83, '推进阿蓬江、诸佛江和郁江', '生态涵养林带建设')],
    layers: [layer('rivers', t('阿蓬江、诸佛江、郁江', 'Apeng, Zhufo and Yu rivers')), layer('forest-belts', t('两岸生态涵养林带', 'Riverside forest conservation belts'))],
    tour: [
      { camera: cam([108.70, 29.45], 8.8), caption: t('“三带”按同段所列阿蓬江、诸佛江、郁江两岸生态涵养林带理解:阿蓬江纵贯中部,郁江经北部、诸佛江经西部流向乌江。', 'The three belts are read as the riverside forest belts the same paragraph names: the Apeng River runs through the middle of the district, the Yu River through the north and the Zhufo River through the west, all towards the Wu River.'), layers: ['rivers', 'forest-belts'] },
      { camera: cam([108.78, 29.40], 9.8), caption: t('阿蓬江自舟白入境,经冯家、濯水、阿蓬江镇,出境前一段以江心为黔江、酉阳界。', 'The Apeng River enters at Zhoubai and flows past Fengjia, Zhuoshui and Apengjiang town; before it leaves, its mid-channel is the boundary with Youyang.'), features: ['qj-river-apeng', 'qj-belt-apeng'] },
    ],
    notDrawn: [
      undrawn(t('一屏', 'The screen'), UNDEFINED, prov),
      undrawn(t('三区', 'The three areas'), UNDEFINED, prov),
      undrawn(t('多绿核(阿蓬江国家级湿地公园、马鞍水库、新井水库等)', 'The green cores (Apeng River national wetland park, Ma\'an and Xinjing reservoirs, and others)'),
        t('文本未列绿核;同段点名的湿地公园与两座水库可能属之,但其范围与位置无据。', 'The text lists no green cores. The wetland park and the two reservoirs named in the same paragraph may be among them, but their extents and sites are not known.'),
        [...prov, q(83, '加大阿蓬江国家级湿地公园保护力度'), q(83, '改善阿蓬江全流段、马鞍水库、新井水库')]),
      undrawn(t('“三江两引十库多点”水安全保障布局', 'The water-security layout of three rivers, two diversions, ten reservoirs and many points'),
        t('“三江”可能即上图三条河;“两引”“十库”“多点”未列名。点名的渔滩、嘉禾水库尚在前期工作,小南海饮用水源替代工程无线位,均不绘。', 'The three rivers are probably the three drawn here; the diversions, reservoirs and points are not named. The Yutan and Jiahe reservoirs it names are still at the preparatory stage and the Xiaonanhai water-source replacement has no published line, so none is drawn.'),
        [water, q(72, '积极开展渔滩水库、嘉禾水库', '小南海饮用水源替代工程')]),
      undrawn(t('“一主多副”城乡供水体系', 'The one-main, several-secondary water-supply system'), UNDEFINED, [q(72, '建立“一主多副”城乡供水体系')]),
    ],
  };
}

/** @param {Cite} q */
function ruralBeltStructure(q) {
  const prov = [q(72, '打造沿阿蓬江巴渝和美乡村示范带')];
  return {
    id: 'apeng-model-rural-belt', slogan: '沿阿蓬江巴渝和美乡村示范带',
    name: t('沿阿蓬江巴渝和美乡村示范带', 'Apeng River model rural belt'), category: 'agricultural', provenance: prov,
    layers: [layer('rural-belt', t('沿阿蓬江示范带', 'Belt along the Apeng River'))],
    tour: [
      { camera: cam([108.76, 29.36], 9.3), caption: t('沿阿蓬江打造巴渝和美乡村示范带;带宽为示意。', 'A model rural belt along the Apeng River; its width is schematic.'), layers: ['rural-belt'] },
      { camera: cam([108.75, 29.27], 10.8), caption: t('示范带在冯家、濯水至阿蓬江镇一段。', 'The belt\'s stretch from Fengjia past Zhuoshui to Apengjiang town.'), features: ['qj-rural-belt-apeng'] },
    ],
  };
}

/** @param {Cite} q */
function nameCardsStructure(q) {
  const prov = [q(76, '高水平打造“恐龙新城、烟火老城、魅力古镇”三张名片')];
  return {
    id: 'three-name-cards', slogan: '三张名片',
    name: t('“恐龙新城、烟火老城、魅力古镇”三张名片', 'Three name cards: dinosaur new city, lively old city, charming old town'), category: 'cultural-tourism',
    provenance: prov, layers: [layer('name-cards', t('三张名片', 'Three name cards'))],
    tour: [
      { camera: cam([108.78, 29.42], 9.6), caption: t('三张名片:正阳的恐龙新城、老城区的烟火老城、阿蓬江畔的濯水古镇。', 'The three name cards: the dinosaur new city at Zhengyang, the lively old city, and Zhuoshui old town on the Apeng River.'), layers: ['name-cards'] },
      { camera: cam([108.79, 29.50], 12), caption: t('恐龙新城以正阳白垩纪恐龙化石群为核心;烟火老城提升“一河两岸”景观。', 'The dinosaur new city centres on the Zhengyang Cretaceous dinosaur fossils; the old city upgrades its riverside landscape.'), features: ['qj-card-dinosaur-city', 'qj-card-old-city'] },
    ],
  };
}

/** @param {Cite} q */
function cityStructure(q) {
  const prov = [q(24, '加快推进“烟火老城”和“高铁新城”建设')];
  return {
    id: 'old-city-and-new-city', slogan: '“烟火老城”和“高铁新城”',
    name: t('“烟火老城”与“高铁新城”', 'Lively old city and high-speed-rail new city'), category: 'spatial-pattern', provenance: prov,
    layers: [layer('city', t('中心城区', 'Central city'))],
    tour: [
      { camera: cam([108.80, 29.51], 11.5), caption: t('老城疏解更新,新城以高铁站、机场、新城行政中心为依托集聚人口;2030年建成区30平方公里、城市人口33万以上。', 'The old city is decongested and renewed; the new city grows around the station, the airport and the new administrative centre. By 2030: 30 km² built up and over 330,000 city residents.'), layers: ['city'] },
      { camera: cam([108.82, 29.51], 12.5), caption: t('舟白:武陵山机场与拟设的临空临铁经济区、临空副商圈。', 'Zhoubai: Wulingshan Airport, the proposed air-and-rail economic zone and the airport sub-shopping district.'), features: ['qj-city-airport', 'qj-city-zhoubai-air-rail-zone', 'qj-city-zhoubai-shopping'] },
    ],
    notDrawn: [
      undrawn(t('“一主两副五片区”城市空间结构', 'The city structure of one main centre, two sub-centres and five areas'),
        t('文本只点名青杠、冯家片区(另有老城、高铁、行政中心、舟白四个详规片区),未说明一主、两副及五片区各指何处。', 'The text names only the Qinggang and Fengjia areas (and four detailed-plan areas: old city, high-speed rail, administrative centre, Zhoubai) without saying which are the main centre, the sub-centres or the five areas.'),
        [q(53, '构建“一主两副五片区”城市空间结构', '片区更好融入城市'), q(55, '高质量编制老城片区、高铁片区、行政中心片区、舟白片区等详细规划')]),
      undrawn(t('“两环、四纵、五横”城市骨架路网(含桐坪隧道)', 'The urban road skeleton of two rings, four north–south and five east–west roads (with the Tongping tunnel)'),
        t('只给出道路条数,未列路名;桐坪隧道位置未知。', 'Only the numbers of roads are given, no names; the Tongping tunnel\'s site is not known.'),
        [q(53, '优化完善“两环、四纵、五横”城市骨架路网体系', '实施桐坪隧道项目')]),
      undrawn(t('“山环水绕、江峡相拥”城市生态格局', 'The city\'s ecological pattern of ringing hills, embracing river and gorge'), UNDEFINED, [q(55, '构建“山环水绕、江峡相拥”城市生态格局')]),
      undrawn(t('老城“一河两岸”', 'The old city\'s river and its two banks'),
        t('所指河流(应为黔江河)及岸线范围未说明,且无该河的可靠线位。', 'The river meant (presumably the Qianjiang River through the old city) and the extent of its banks are not stated, and no reliable line of that river is at hand.'),
        [q(77, '提档升级老城核心区', '景观')]),
      undrawn(t('“15分钟高品质生活服务圈”与“一刻钟”便民养老服务圈', 'The 15-minute living-service and elderly-care circles'),
        t('按步行时间定义的服务圈,覆盖全部社区,无单一位置。', 'Walking-time service circles meant to cover every neighbourhood; they have no single place.'),
        [q(55, '建设“15分钟高品质生活服务圈”'), q(42, '打造城区“一刻钟”便民养老服务圈')]),
      undrawn(t('环大学创新创业生态圈', 'The innovation ecosystem around the universities'),
        t('两所高职院校的校址未给出。', 'The sites of the two vocational colleges are not given.'), [q(36, '建设环大学创新创业生态圈')]),
    ],
  };
}

/** @param {Cite} q */
function railStructure(q) {
  const prov = [q(47, '围绕构建“四高六铁”铁路网', '向“米”字型转变')];
  return {
    id: 'four-hsr-six-railways', slogan: '四高六铁',
    name: t('“四高六铁”铁路网', 'Four high-speed and six conventional railways'), category: 'transport', provenance: prov,
    layers: [
      layer('rail-open', t('已通车铁路', 'Railways in service')),
      layer('rail-building', t('在建铁路', 'Railways under construction')),
      layer('rail-planned', t('规划铁路(前期工作)', 'Planned railways (preparatory work)')),
    ],
    tour: [
      { camera: cam([108.6, 29.4], 6.3), caption: t('“四高”:渝厦高铁重庆至黔江段(已通)、黔江至吉首高铁(力争建成)、黔万高铁(力争开工)、黔张常高铁(前期);铁路网由“丁”字型向“米”字型转变。', 'The four high-speed lines: Chongqing–Qianjiang (open), Qianjiang–Jishou (to open), Qianjiang–Wanzhou (to start) and Qianjiang–Zhangjiajie–Changde (preparatory); the network is to grow from a T into an asterisk.'), layers: ['rail-open', 'rail-building', 'rail-planned'] },
      { camera: cam([108.5, 29.5], 7), caption: t('文本点名的普速铁路:渝怀铁路(含二线)与前期工作中的黔恩、黔遵、广忠黔铁路。规划线路只示方向。', 'The conventional lines the text names: the Chongqing–Huaihua Railway with its second track, and the Qianjiang–Enshi, Qianjiang–Zunyi and Guang\'an–Zhongxian–Qianjiang lines at the preparatory stage. Planned lines show the direction only.'), features: ['qj-rail-yuhuai', 'qj-rail-qianjiang-enshi', 'qj-rail-qianjiang-zunyi', 'qj-rail-guangan-zhongxian-qianjiang'] },
    ],
    notDrawn: [
      undrawn(t('“六铁”中未点名的两条', 'The two conventional lines of the six that are not named'),
        t('文本只点名渝怀(二线)、黔恩、黔遵、广忠黔四条;其余两条(可能含已通车的黔张常铁路)未点名。', 'The text names four (Chongqing–Huaihua with its second track, Qianjiang–Enshi, Qianjiang–Zunyi, Guang\'an–Zhongxian–Qianjiang); the other two (possibly including the open Qianjiang–Zhangjiajie–Changde railway) are not named.'), prov),
      undrawn(t('安恩黔', 'An–En–Qian'), t('只说“谋划推动安恩黔等一批交通项目”,未说明是铁路还是公路及其走向。', 'The text only says the An–En–Qian project is being conceived, without saying whether it is a railway or a road or where it runs.'), [q(27, '谋划推动安恩黔等一批交通项目')]),
      undrawn(t('“东进、西行、北上、南下”对外通道大格局', 'The east, west, north and south outward corridors'),
        t('四向通道未列具体线路;上图各线即其组成,但归入哪一向文本未说明。', 'The text lists no lines for the four directions; the lines drawn here make them up, but the text does not assign them.'), [q(27, '构建起“东进、西行、北上、南下”对外通道大格局')]),
      undrawn(t('开放格局', 'The opening-up pattern'),
        t('“立足渝东南、辐射武陵山区、融入成渝地区双城经济圈、服务国内国际双循环”是区域关系的表述,无可绘范围。', 'Based in south-east Chongqing, radiating into the Wuling Mountains, joining the Chengdu–Chongqing economic circle and serving the dual circulation: a statement of regional relations with nothing to draw.'),
        [q(45, '着力构建“立足渝东南', '的开放格局')]),
    ],
  };
}

/** @param {Cite} q */
function roadsStructure(q) {
  const prov = [q(47, '完善“一环八射”高速公路网')];
  return {
    id: 'expressway-ring-eight-rays', slogan: '一环八射',
    name: t('“一环八射”高速公路网', 'Expressway network of one ring and eight rays'), category: 'transport', provenance: prov,
    layers: [layer('expressways-open', t('已通车高速', 'Expressways in service')), layer('expressways-planned', t('规划高速', 'Planned expressways'))],
    tour: [
      { camera: cam([108.7, 29.5], 7.2), caption: t('文本点名的射线:已通车的黔恩、黔石高速;力争开工的黔江经彭水至务川、黔江至利川高速;前期工作中的黔江至永顺、涪陵、来凤高速。各线只示方向。', 'The rays the text names: the open Qianjiang–Enshi and Qianjiang–Shizhu expressways; Qianjiang–Pengshui–Wuchuan and Qianjiang–Lichuan, to start; Qianjiang–Yongshun, –Fuling and –Laifeng at the preparatory stage. Each line shows the direction only.'), layers: ['expressways-open', 'expressways-planned'] },
      { camera: cam([108.6, 29.8], 7.6), caption: t('“十四五”期间黔恩、黔石高速建成通车。', 'The Qianjiang–Enshi and Qianjiang–Shizhu expressways opened in the 14th Five-Year Plan period.'), layers: ['expressways-open'] },
    ],
    notDrawn: [
      undrawn(t('一环(黔江过境高速)', 'The ring (the Qianjiang bypass expressway)'),
        t('黔江过境高速已通车,但其线位无可靠数据,不绘。', 'The Qianjiang bypass expressway is open, but no reliable line of it is at hand.'), [q(6, '黔恩、黔石、黔江过境高速建成通车')]),
      undrawn(t('未点名的射线', 'The rays not named'),
        t('文本点名七条射线;其余应为已通车的G65包茂高速(往彭水—重庆与往酉阳—秀山两向),文本未点名。', 'The text names seven rays; the others are presumably the two directions of the G65 Baotou–Maoming expressway (towards Pengshui–Chongqing and towards Youyang–Xiushan), which the text does not name.'), prov),
      undrawn(t('“一环八射多联线”国省道公路网(含319国道正阳至城西段)', 'The trunk-road network of one ring, eight rays and many links (with the G319 Zhengyang–Chengxi section)'),
        t('只点名319国道正阳至城西段改建,其线位无可靠数据;其余未列名。', 'Only the rebuilding of the G319 Zhengyang–Chengxi section is named, and no reliable line of it is at hand; the rest is not listed.'),
        [q(72, '优化布局形成“一环八射多联线”国省道公路网'), q(61, '加快推动319国道正阳至城西段改建工程')]),
    ],
  };
}

/** @param {Cite} q */
function tourismStructure(q) {
  const prov = [q(75, '打造武陵山区旅游集散中心')];
  return {
    id: 'wuling-tourism-hub', slogan: '武陵山区旅游集散中心',
    name: t('武陵山区旅游集散中心与黄金旅游线路', 'Wuling Mountains tourism hub and golden route'), category: 'cultural-tourism', provenance: prov,
    layers: [layer('tourism-route', t('黄金旅游线路', 'Golden tourism route')), layer('tourism-spots', t('旅游亮点与示范点', 'Highlights and model sites'))],
    tour: [
      { camera: cam([108.4, 28.9], 6.4), caption: t('以黔江为中心链接重庆-武隆-黔江-凤凰-张家界黄金旅游线路。', 'With Qianjiang at the centre, the golden route Chongqing–Wulong–Qianjiang–Fenghuang–Zhangjiajie.'), layers: ['tourism-route'] },
      { camera: cam([108.80, 29.45], 9.4), caption: t('区内亮点:恐龙主题公园、濯水、小南海,以及土家十三寨、万涛故居、濯水红军渡等示范点与红色景点。', 'Highlights in the district: the dinosaur theme park, Zhuoshui and Xiaonanhai, with model rural sites and red-heritage sites such as the thirteen Tujia villages, Wan Tao\'s former residence and the Zhuoshui Red Army crossing.'), layers: ['tourism-spots'] },
    ],
    notDrawn: [
      undrawn(t('“1小时武陵山旅游圈”与武陵山区3小时旅游通勤区', 'The one-hour Wuling tourism circle and the three-hour rail tourism zone'),
        t('按交通时间定义,无路网时距数据,不绘。', 'Defined by travel time; without travel-time data for the network they are not drawn.'),
        [q(78, '打造“1小时武陵山旅游圈”'), q(78, '通过高铁串联武陵山区3小时旅游通勤区')]),
      undrawn(t('城市峡谷、武陵水岸', 'The city canyon and the Wuling waterfront'), t('在城区内,具体位置与范围未给出。', 'Within the city; their sites and extents are not given.'), [q(80, '以恐龙主题公园、城市峡谷、武陵水岸')]),
      undrawn(t('云上水市、五里人家、水车坪长征文化公园', 'Yunshang Shuishi, Wuli Renjia and the Shuicheping Long March park'),
        t('所在乡镇的位置无可靠数据。', 'No reliable positions for the townships they are in.'),
        [q(79, '打造土家十三寨、云上水市、五里人家'), q(79, '打造万涛故居、濯水红军渡、水车坪长征文化公园')]),
      undrawn(t('“边界走廊”民族团结示范带', 'The "border corridor" ethnic-unity belt'),
        t('与周边区县共建的跨界示范带,文本未给走向。', 'A cross-boundary belt built with neighbouring counties; the text gives no course.'), [q(93, '打造“边界走廊”民族团结示范带')]),
    ],
  };
}

/** @param {Cite} q */
function industryStructure(q) {
  const prov = [q(33, '开展“一主两特”产业链高质量发展行动')];
  return {
    id: 'industry', slogan: '一主两特',
    name: t('“一主两特”产业链与高新区', 'One main and two special industrial chains, and the high-tech zone'), category: 'industrial', provenance: prov,
    layers: [layer('industry', t('产业园区', 'Industrial park'))],
    tour: [
      { camera: cam([108.79, 29.47], 11.5), caption: t('正阳工业园区是高新区主战场,建议稿提出建设零碳园区、建成千亿级高新区。', 'Zhengyang industrial park is the high-tech zone\'s main ground; the proposal calls for a zero-carbon park and a high-tech zone of a hundred billion yuan.'), layers: ['industry'] },
      { camera: cam([108.80, 29.49], 10.5), caption: t('增强高新区承接产业转移能力,建设承接东部沿海、重庆主城产业转移的重要开放平台。', 'The high-tech zone is to take in industry moving from the east coast and central Chongqing as an important open platform.'), features: ['qj-industry-zhengyang-park'] },
    ],
    notDrawn: [
      undrawn(t('“一主两特”产业链', 'The one main and two special industrial chains'), t('为产业门类,非空间单元。', 'These are industries, not places.'), prov),
      undrawn(t('清洁能源发展示范带', 'The clean-energy demonstration belt'), t('文本未给走向。', 'The text gives no course.'), [q(85, '打造清洁能源发展示范带')]),
    ],
  };
}

/**
 * The manifest.
 * @param {Cite} q
 */
function buildManifest(q) {
  return {
    id: 'qianjiang-15th-fyp',
    title: t('黔江区“十五五”规划建议', 'Qianjiang District 15th Five-Year Plan proposal'),
    region: { name: t('重庆市黔江区', 'Qianjiang District, Chongqing'), code: '500114', counties: ['500114'] },
    issuer: t('中国共产党重庆市黔江区第五届委员会第九次全体会议', 'Ninth Plenary Session of the Fifth CPC Qianjiang District Committee'),
    date: '2025-12-06',
    period: '2026–2030',
    source: {
      document: '002',
      title: '中共重庆市黔江区委关于制定黔江区国民经济和社会发展第十五个五年规划的建议',
      file: '002_f92a9ef8893efbb7.txt',
    },
    camera: cam([108.72, 29.47], 9),
    structures: [spatialPatternStructure(q), ecologicalStructure(q), ruralBeltStructure(q), nameCardsStructure(q), cityStructure(q), railStructure(q), roadsStructure(q), tourismStructure(q), industryStructure(q)],
  };
}



/**
 * A plan feature; `note` becomes `accuracyNote`.
 * @param {{ id: string, name: Text, role: string, accuracy: string, note: Text, method: string,
 *   provenance: object[], geometry: object, counties?: string[], figures?: object[] }} f
 */
function feature({ id, name, role, accuracy, note, method, provenance, geometry, ...extra }) {
  return { properties: { id, name, role, accuracy, accuracyNote: note, method, provenance, ...extra }, geometry };
}

/**
 * A provenance record quoting `from` (or from `from` through `to`) on `line` of the seed.
 * @param {number} line @param {string} from @param {string} [to]
 */
const q = (line, from, to) => cite(DOC, line, from, to ?? from);

/**
 * A note on a hand-placed point from its entry in PLACES.
 * @param {keyof typeof PLACES} key @param {string} en the basis in English
 * @returns {Text}
 */
function placeNote(key, en) {
  const p = PLACES[key];
  return { zh: `${p.basis};误差约${p.error}公里。`, en: `${en}; error about ${p.error} km.` };
}

/** The seven key towns of "一心一轴三片" (L73). */
function keyTowns() {
  const prov = [q(73, '强化黄溪、濯水', '重点镇支点作用')];
  /** @type {[string, keyof typeof PLACES, string, string, string][]} */
  const towns = [
    ['huangxi', 'huangxi', '黄溪镇', 'Huangxi', 'Huangxi lies north-west of the city; placed from its relative position'],
    ['zhuoshui', 'zhuoshui', '濯水镇', 'Zhuoshui', 'Zhuoshui old town on the Apeng River, about 26 km by road south of the city'],
    ['xiaonanhai', 'xiaonanhai', '小南海镇', 'Xiaonanhai', 'Xiaonanhai lies north-east of the city near the Hubei border; placed from its relative position'],
    ['shihui', 'shihui', '石会镇', 'Shihui', 'Shihui lies west of the city towards Pengshui; placed from its relative position'],
    ['mala', 'mala', '马喇镇', 'Mala', 'Mala lies in the south-east, about 42 km from the city; placed from its relative position'],
    ['apengjiang', 'apengjiangTown', '阿蓬江镇', 'Apengjiang', 'Apengjiang town (formerly Lianghe) on the Apeng River downstream of Zhuoshui'],
    ['taiji', 'taiji', '太极镇', 'Taiji', 'Taiji lies in the south-west, in the basin of the Taiji River; its position could not be checked'],
  ];
  return towns.map(([id, key, zh, en, basis]) => feature({
    id: `qj-town-${id}`, name: { zh, en }, role: 'node',
    accuracy: PLACES[key].error > 10 ? 'schematic' : 'approximate', note: placeNote(key, basis),
    method: 'named-place', provenance: prov, geometry: point(PLACES[key].lonLat), counties: [DISTRICT],
  }));
}

/** The three rivers of the "三带" (L83), as traced lines. */
function rivers() {
  const prov = [q(83, '推进阿蓬江、诸佛江和郁江', '生态涵养林带建设')];
  const apeng = apengCourse();
  const yu = smooth(YU, 4);
  const zhufo = smooth(ZHUFO, 4);
  return [
    feature({
      id: 'qj-river-apeng', name: { zh: '阿蓬江', en: 'Apeng River' }, role: 'belt', accuracy: 'approximate',
      note: {
        zh: `按何泽禄《阿蓬江考》所记走向描绘:自舟白街道马家坝由咸丰入境,经舟白、正阳、邻鄂、蓬东、冯家、濯水、阿蓬江镇,出境前约12.4公里以江心为黔江、酉阳界(此段取底图区界),于酉阳龚滩汇入乌江。区内约${lengthInDistrict(apeng)}公里(原文90公里,实际河道更曲折);沿线位置误差约2–5公里,酉阳段与咸丰段只示走向。`,
        en: `Drawn from the course described in He Zelu's essay on the Apeng River: it enters from Xianfeng at Majiaba (Zhoubai), runs south-west past Zhoubai, Zhengyang, Lin'e, Pengdong, Fengjia, Zhuoshui and Apengjiang town, forms the Qianjiang–Youyang boundary for its last 12.4 km in the district (taken here from the basemap boundary) and joins the Wu River at Gongtan. About ${lengthInDistrict(apeng)} km lie in the district (the essay gives 90 km; the real channel meanders more). Positions are good to about 2–5 km; the reaches in Youyang and Xianfeng show only the direction.`,
      },
      method: 'traced', provenance: [...prov, q(83, '改善阿蓬江全流段', '水生态环境')], geometry: { type: 'LineString', coordinates: apeng },
      counties: [DISTRICT, '500242', '422826'],
    }),
    feature({
      id: 'qj-river-yu', name: { zh: '郁江', en: 'Yu River' }, role: 'belt', accuracy: 'schematic',
      note: {
        zh: '郁江源于利川佛宝山,经黔江、彭水于彭水县城汇入乌江;两端有据,黔江境内的走向(北部入境、西北部出境至彭水郁山方向)为推定,未能以河道数据核实。',
        en: 'The Yu River rises on Fobao Shan in Lichuan and joins the Wu River at Pengshui\'s seat after crossing Qianjiang and Pengshui. The two ends are documented; its course in the district (entering in the north, leaving in the north-west towards Yushan in Pengshui) is inferred and could not be checked against river data.',
      },
      method: 'traced', provenance: prov, geometry: { type: 'LineString', coordinates: yu },
      counties: [DISTRICT, '422802', '500243'],
    }),
    feature({
      id: 'qj-river-zhufo', name: { zh: '诸佛江', en: 'Zhufo River' }, role: 'belt', accuracy: 'schematic',
      note: {
        zh: '诸佛江自黔江西部向西流入彭水,经诸佛乡汇入乌江;源头与出境处均为推定,走向只示意,未能以河道数据核实。',
        en: 'The Zhufo River flows west from the west of the district into Pengshui, past Zhufo, to the Wu River. Its source and where it leaves the district are inferred; the line shows the direction only and could not be checked against river data.',
      },
      method: 'traced', provenance: prov, geometry: { type: 'LineString', coordinates: zhufo },
      counties: [DISTRICT, '500243'],
    }),
  ];
}

/** The riverside forest belts of the "三带" (L83): 1 km each side, inside the district. */
function forestBelts() {
  const prov = [q(83, '推进阿蓬江、诸佛江和郁江', '生态涵养林带建设'), q(83, '构建“一屏三带三区多绿核”')];
  const note = (/** @type {string} */ zh, /** @type {string} */ en) => ({
    zh: `${zh}两岸各1公里的示意带,裁至区界;文本未给林带宽度,带的位置随河道线的精度。`,
    en: `A band 1 km either side of the ${en}, clipped to the district. The text gives no width; the band is as good as the river line.`,
  });
  const belts = /** @type {[string, string, string, LonLat[], string][]} */ ([
    ['apeng', '阿蓬江', 'Apeng River', apengCourse(), 'approximate'],
    ['yu', '郁江', 'Yu River', smooth(YU, 4), 'schematic'],
    ['zhufo', '诸佛江', 'Zhufo River', smooth(ZHUFO, 4), 'schematic'],
  ]);
  return belts.map(([id, zh, en, line, accuracy]) => feature({
    id: `qj-belt-${id}`, name: { zh: `${zh}生态涵养林带`, en: `${en} forest conservation belt` }, role: 'belt',
    accuracy, note: note(zh, en), method: 'buffer', provenance: prov, geometry: bandInDistrict(line, 1), counties: [DISTRICT],
  }));
}

/** The rural demonstration belt along the 阿蓬江 (L72). */
function ruralBelt() {
  return [feature({
    id: 'qj-rural-belt-apeng', name: { zh: '沿阿蓬江巴渝和美乡村示范带', en: 'Apeng River model rural belt' }, role: 'belt',
    accuracy: 'schematic',
    note: { zh: '沿阿蓬江两岸各3公里的示意带,裁至区界;文本未给范围。', en: 'A band 3 km either side of the Apeng River, clipped to the district; the text gives no extent.' },
    method: 'buffer', provenance: [q(72, '打造沿阿蓬江巴渝和美乡村示范带')],
    geometry: bandInDistrict(apengCourse(), 3), counties: [DISTRICT],
  })];
}

/** The "三张名片" (L76–77). */
function nameCards() {
  const card = q(76, '高水平打造“恐龙新城、烟火老城、魅力古镇”三张名片');
  return [
    feature({
      id: 'qj-card-dinosaur-city', name: { zh: '恐龙新城', en: 'Dinosaur new city' }, role: 'node', accuracy: 'approximate',
      note: placeNote('dinosaurPark', 'The Zhengyang Cretaceous dinosaur fossil site and its park are in Zhengyang subdistrict, in the new city'),
      method: 'named-place', provenance: [card, q(77, '以正阳白垩纪恐龙化石群为核心', '恐龙文化旅游目的地')], geometry: point(PLACES.dinosaurPark.lonLat),
      counties: [DISTRICT],
    }),
    feature({
      id: 'qj-card-old-city', name: { zh: '烟火老城', en: 'Lively old city' }, role: 'node', accuracy: 'approximate',
      note: placeNote('oldCity', 'Point at the old city (Chengxi subdistrict); the old city\'s core area has no stated edge'),
      method: 'named-place', provenance: [card, q(77, '提档升级老城核心区', '城市夜游项目')], geometry: point(PLACES.oldCity.lonLat),
      counties: [DISTRICT],
    }),
    feature({
      id: 'qj-card-zhuoshui', name: { zh: '魅力古镇(濯水古镇)', en: 'Charming old town (Zhuoshui)' }, role: 'node', accuracy: 'approximate',
      note: placeNote('zhuoshui', 'Zhuoshui old town, a national 5A scenic area on the Apeng River'),
      method: 'named-place', provenance: [card, q(77, '推动濯水景区从观光向综合度假转型')], geometry: point(PLACES.zhuoshui.lonLat),
      counties: [DISTRICT],
    }),
  ];
}

/** The central city's named parts (L24, L28, L48, L53, L60). */
function cityParts() {
  return [
    feature({
      id: 'qj-city-centre', name: { zh: '黔江中心城区', en: 'Qianjiang central city' }, role: 'core', accuracy: 'approximate',
      note: { zh: '点位取区政府驻地附近的老城;城区范围文本未给出。', en: 'Point at the old city near the district seat; the text gives no extent for the city.' },
      method: 'seat-point', provenance: [q(28, '到2030年城市建成区面积达到30平方公里', '城市人口突破33万人'), q(52, '接续打造常住人口50万人', '人民城市')],
      geometry: point(PLACES.oldCity.lonLat), counties: [DISTRICT],
      figures: [
        { key: 'built-up-area-2025', label: { zh: '城市建成区面积', en: 'Built-up area' }, value: 23, unit: 'km²', year: 2025, line: 6 },
        { key: 'built-up-area-2030', label: { zh: '城市建成区面积', en: 'Built-up area' }, value: 30, unit: 'km²', year: 2030, line: 28 },
        { key: 'urban-population-2025', label: { zh: '城市人口', en: 'City population' }, value: 26.5, unit: '万人', year: 2025, line: 6 },
        { key: 'urban-population-2030', label: { zh: '城市人口', en: 'City population' }, value: 33, unit: '万人', year: 2030, line: 28 },
        { key: 'gdp-2025', label: { zh: '地区生产总值', en: 'GDP' }, value: 417, unit: '亿元', year: 2025, line: 6 },
      ],
    }),
    feature({
      id: 'qj-city-high-speed-rail-new-city', name: { zh: '高铁新城', en: 'High-speed-rail new city' }, role: 'sub-core', accuracy: 'approximate',
      note: placeNote('newCity', 'The new city around Qianjiang station in Zhengyang and Zhoubai'),
      method: 'named-place', provenance: [q(53, '完善新城行政中心、武陵山机场、高铁站场等重点区域服务配套设施'), q(53, '高水平打造“高铁新城”')], geometry: point(PLACES.newCity.lonLat),
      counties: [DISTRICT],
    }),
    feature({
      id: 'qj-city-airport', name: { zh: '武陵山机场', en: 'Wulingshan Airport' }, role: 'hub', accuracy: 'approximate',
      note: placeNote('airport', 'Wulingshan Airport from aviation data'), method: 'named-place',
      provenance: [q(6, '武陵山机场T2航站楼建成投用')], geometry: point(PLACES.airport.lonLat), counties: [DISTRICT],
    }),
    feature({
      id: 'qj-city-station', name: { zh: '黔江站', en: 'Qianjiang station' }, role: 'hub', accuracy: 'approximate',
      note: placeNote('station', 'Qianjiang station is in Zhengyang subdistrict south-east of the old city; the point is inferred'),
      method: 'named-place', provenance: [q(53, '完善新城行政中心、武陵山机场、高铁站场')], geometry: point(PLACES.station.lonLat), counties: [DISTRICT],
    }),
    feature({
      id: 'qj-city-zhoubai-air-rail-zone', name: { zh: '舟白临空临铁经济区', en: 'Zhoubai air-and-rail economic zone' }, role: 'zone', accuracy: 'schematic',
      note: { zh: '文本只说“在舟白布局”,未给范围;点位在舟白街道机场一带。', en: 'The text only says it is to be in Zhoubai; the point marks Zhoubai near the airport.' },
      method: 'named-place', provenance: [q(48, '积极争取在舟白布局设立临空临铁经济区')], geometry: point(PLACES.zhoubai.lonLat), counties: [DISTRICT],
    }),
    feature({
      id: 'qj-city-dashizi-core-shopping', name: { zh: '大十字核心商圈', en: 'Dashizi core shopping district' }, role: 'node', accuracy: 'approximate',
      note: placeNote('oldCity', 'Dashizi is the old city\'s central crossroads'), method: 'named-place',
      provenance: [q(60, '提档升级大十字核心商圈', '舟白临空副商圈')], geometry: point(PLACES.oldCity.lonLat), counties: [DISTRICT],
    }),
    feature({
      id: 'qj-city-zhoubai-shopping', name: { zh: '舟白临空副商圈', en: 'Zhoubai airport sub-shopping district' }, role: 'node', accuracy: 'schematic',
      note: placeNote('zhoubai', 'Point at Zhoubai near the airport; the text gives no site'), method: 'named-place',
      provenance: [q(60, '提档升级大十字核心商圈', '舟白临空副商圈')], geometry: point(PLACES.zhoubai.lonLat), counties: [DISTRICT],
    }),
  ];
}

/**
 * A line from Qianjiang through named places. Lines already open or being built are drawn
 * through the seats of the counties where they have stations; planned ones only through the
 * cities their names give. They carry no `counties`: most of their length lies in counties
 * the text does not name.
 * @param {string} id @param {Text} name @param {LonLat[]} via @param {'approximate' | 'schematic'} accuracy
 * @param {Text} note @param {object[]} provenance
 */
function corridor(id, name, via, accuracy, note, provenance) {
  return feature({
    id, name, role: 'corridor', accuracy, note, method: accuracy === 'approximate' ? 'named-place' : 'schematic-symbol',
    provenance, geometry: { type: 'LineString', coordinates: via },
  });
}

/** @param {string} zh @param {string} en @returns {Text} */
const throughNote = (zh, en) => ({
  zh: `经${zh}的县城(车站所在)连线,站间为直线;实际线位未描绘。`,
  en: `Drawn through the seats of ${en}, where it has stations, straight between them; the real alignment is not traced.`,
});

/** @param {string} zh @param {string} en @returns {Text} */
const plannedNote = (zh, en) => ({
  zh: `规划项目,线位未公布;按名称连接${zh},只示方向。`,
  en: `A planned project whose alignment is not published; drawn between the places its name gives (${en}), showing the direction only.`,
});

/** The rail lines the text names, by status (L6, L47, L50). */
function railways() {
  const frame = q(47, '围绕构建“四高六铁”铁路网');
  const st = PLACES.station.lonLat;
  const open = [
    corridor('qj-rail-yuxia-hsr', { zh: '渝厦高铁重庆至黔江段', en: 'Chongqing–Xiamen HSR, Chongqing–Qianjiang section' },
      [OUTSIDE.chongqingEast, seat.nanchuan, seat.wulong, seat.pengshui, st], 'approximate',
      throughNote('南川、武隆、彭水', 'Nanchuan, Wulong and Pengshui'), [q(6, '渝厦高铁重庆至黔江段', '建成通车'), frame]),
    corridor('qj-rail-yuhuai', { zh: '渝怀铁路(含二线)', en: 'Chongqing–Huaihua Railway (with its second track)' },
      [OUTSIDE.chongqingNorth, seat.changshou, seat.fuling, seat.wulong, seat.pengshui, st, seat.youyang, seat.xiushan, seat.tongren, seat.huaihua], 'approximate',
      throughNote('长寿、涪陵、武隆、彭水、酉阳、秀山、铜仁', 'Changshou, Fuling, Wulong, Pengshui, Youyang, Xiushan and Tongren'),
      [q(6, '渝厦高铁重庆至黔江段', '建成通车'), frame]),
  ];
  const building = [
    corridor('qj-rail-qianjiang-jishou-hsr', { zh: '黔江至吉首高速铁路(渝湘高铁黔吉段)', en: 'Qianjiang–Jishou HSR (Chongqing–Hunan HSR)' },
      [st, seat.youyang, seat.xiushan, seat.huayuan, seat.jishou], 'approximate',
      throughNote('酉阳、秀山、花垣', 'Youyang, Xiushan and Huayuan'),
      [q(47, '力争建成投用黔江至吉首高速铁路'), q(50, '共同推进渝湘高铁(黔江至吉首段)')]),
  ];
  const prep = q(47, '加快推进黔张常高铁、黔恩铁路', '等项目前期工作');
  const planned = [
    corridor('qj-rail-qianjiang-wanzhou-hsr', { zh: '黔万高铁', en: 'Qianjiang–Wanzhou HSR' }, [st, seat.wanzhou], 'schematic',
      plannedNote('黔江、万州', 'Qianjiang, Wanzhou'), [q(47, '力争开工建设黔万高铁'), q(27, '黔江至万州高速铁路开工')]),
    corridor('qj-rail-qianzhangchang-hsr', { zh: '黔张常高铁', en: 'Qianjiang–Zhangjiajie–Changde HSR' }, [st, seat.zhangjiajie, OUTSIDE.changde], 'schematic',
      plannedNote('黔江、张家界、常德', 'Qianjiang, Zhangjiajie, Changde'), [prep]),
    corridor('qj-rail-qianjiang-enshi', { zh: '黔恩铁路', en: 'Qianjiang–Enshi Railway' }, [st, seat.enshi], 'schematic',
      plannedNote('黔江、恩施', 'Qianjiang, Enshi'), [prep]),
    corridor('qj-rail-qianjiang-zunyi', { zh: '黔遵铁路', en: 'Qianjiang–Zunyi Railway' }, [st, seat.zunyi], 'schematic',
      plannedNote('黔江、遵义', 'Qianjiang, Zunyi'), [prep]),
    corridor('qj-rail-guangan-zhongxian-qianjiang', { zh: '广忠黔铁路', en: 'Guang\'an–Zhongxian–Qianjiang Railway' }, [st, seat.zhongxian, seat.guangan], 'schematic',
      plannedNote('黔江、忠县、广安', 'Qianjiang, Zhongxian, Guang\'an'), [prep]),
  ];
  return { open, building, planned };
}

/** The expressways of "一环八射" the text names (L6, L47). */
function expressways() {
  const frame = q(47, '完善“一环八射”高速公路网');
  const qj = seat.qianjiang;
  const open = [
    corridor('qj-expressway-qianjiang-enshi', { zh: '黔恩高速', en: 'Qianjiang–Enshi Expressway' }, [qj, seat.xianfeng, seat.enshi], 'schematic',
      { zh: '已通车;经咸丰县城连线,只示方向,实际线位未描绘。', en: 'Open; drawn through Xianfeng\'s seat to Enshi, showing the direction only; the real alignment is not traced.' },
      [q(6, '黔恩、黔石、黔江过境高速建成通车'), frame]),
    corridor('qj-expressway-qianjiang-shizhu', { zh: '黔石高速', en: 'Qianjiang–Shizhu Expressway' }, [qj, seat.shizhu], 'schematic',
      { zh: '已通车;两地县城连线,只示方向,实际线位未描绘。', en: 'Open; drawn between the two seats, showing the direction only; the real alignment is not traced.' },
      [q(6, '黔恩、黔石、黔江过境高速建成通车'), frame]),
  ];
  const start = q(47, '力争开工建设黔江经彭水至务川、黔江至利川等高速公路');
  const prep = q(47, '加快推进黔江至永顺、涪陵、来凤等高速公路前期工作');
  /** @type {[string, string, string, LonLat[], object][]} */
  const rays = [
    ['pengshui-wuchuan', '黔江经彭水至务川高速', 'Qianjiang–Pengshui–Wuchuan Expressway', [qj, seat.pengshui, seat.wuchuan], start],
    ['lichuan', '黔江至利川高速', 'Qianjiang–Lichuan Expressway', [qj, seat.lichuan], start],
    ['yongshun', '黔江至永顺高速', 'Qianjiang–Yongshun Expressway', [qj, seat.yongshun], prep],
    ['fuling', '黔江至涪陵高速', 'Qianjiang–Fuling Expressway', [qj, seat.fuling], prep],
    ['laifeng', '黔江至来凤高速', 'Qianjiang–Laifeng Expressway', [qj, seat.laifeng], prep],
  ];
  const planned = rays.map(([id, zh, en, via, prov]) => corridor(`qj-expressway-qianjiang-${id}`, { zh, en }, via, 'schematic',
    plannedNote(zh.replace(/高速$/, '').replace(/至|经/g, '、'), en.replace(/ Expressway$/, '').replace(/–/g, ', ')), [prov, frame]));
  return { open, planned };
}

/** The golden tourism route and the tourism highlights (L78–80). */
function tourism() {
  const route = corridor('qj-tourism-golden-route', { zh: '重庆-武隆-黔江-凤凰-张家界黄金旅游线路', en: 'Chongqing–Wulong–Qianjiang–Fenghuang–Zhangjiajie golden tourism route' },
    [seat.yuzhong, seat.wulong, seat.qianjiang, seat.fenghuang, seat.zhangjiajie], 'schematic',
    { zh: '旅游线路,按所列五地县城顺次连线,不代表道路线位。', en: 'A tourism route drawn through the seats of the five places it lists, in order; it is not a road alignment.' },
    [q(78, '以黔江为中心无缝链接重庆-武隆-黔江-凤凰-张家界“黄金旅游线路”')]);
  const highlight = q(80, '以恐龙主题公园、城市峡谷、武陵水岸、濯水、阿蓬江、小南海为亮点');
  const rural = q(79, '打造土家十三寨、云上水市、五里人家等乡村旅游示范点');
  const red = q(79, '打造万涛故居、濯水红军渡、水车坪长征文化公园等精品红色景点');
  /** @type {[string, string, string, keyof typeof PLACES, object, string][]} */
  const spots = [
    ['dinosaur-park', '恐龙主题公园', 'Dinosaur theme park', 'dinosaurPark', highlight, 'At the Zhengyang dinosaur fossil site'],
    ['zhuoshui', '濯水', 'Zhuoshui', 'zhuoshui', highlight, 'Zhuoshui old town'],
    ['xiaonanhai', '小南海', 'Xiaonanhai', 'xiaonanhai', highlight, 'Xiaonanhai, the earthquake-dammed lake north-east of the city; placed from its relative position'],
    ['tujia-13-villages', '土家十三寨', 'Thirteen Tujia villages', 'xiaonanhai', rural, 'The thirteen Tujia villages are at Xiaonanhai; point at the lake'],
    ['wan-tao-former-residence', '万涛故居', 'Former residence of Wan Tao', 'fengjia', red, 'In Fengjia subdistrict; point at Fengjia'],
    ['zhuoshui-red-army-crossing', '濯水红军渡', 'Zhuoshui Red Army crossing', 'zhuoshui', red, 'The Red Army crossing of the Apeng River at Zhuoshui'],
  ];
  const points = spots.map(([id, zh, en, key, prov, basis]) => feature({
    id: `qj-tourism-${id}`, name: { zh, en }, role: 'node', accuracy: PLACES[key].error > 5 ? 'schematic' : 'approximate',
    note: placeNote(key, basis), method: 'named-place', provenance: [prov], geometry: point(PLACES[key].lonLat), counties: [DISTRICT],
  }));
  return { route: [route], points };
}

/** The industrial park the text places: 正阳工业园区, the high-tech zone's main ground (L85, L21). */
function industry() {
  return [feature({
    id: 'qj-industry-zhengyang-park', name: { zh: '正阳工业园区(黔江高新区)', en: 'Zhengyang industrial park (Qianjiang high-tech zone)' },
    role: 'park', accuracy: 'schematic',
    note: placeNote('zhengyangIndustrial', 'Zhengyang industrial park, the main ground of the high-tech zone, lies in southern Zhengyang; placed from its relative position'),
    method: 'named-place', provenance: [q(85, '推进正阳工业园区零碳园区建设'), q(21, '加快建成千亿级高新区')],
    geometry: point(PLACES.zhengyangIndustrial.lonLat), counties: [DISTRICT],
  })];
}

const rail = railways();
const roads = expressways();
const tour = tourism();
/** @type {Record<string, object[]>} */
const layers = {
  'key-towns.geojson': keyTowns(),
  'rivers.geojson': rivers(),
  'forest-belts.geojson': forestBelts(),
  'rural-belt.geojson': ruralBelt(),
  'name-cards.geojson': nameCards(),
  'city.geojson': cityParts(),
  'rail-open.geojson': rail.open,
  'rail-building.geojson': rail.building,
  'rail-planned.geojson': rail.planned,
  'expressways-open.geojson': roads.open,
  'expressways-planned.geojson': roads.planned,
  'tourism-route.geojson': tour.route,
  'tourism-spots.geojson': tour.points,
  'industry.geojson': industry(),
};
for (const [file, features] of Object.entries(layers)) writeLayer(PLAN, file, features);
writeManifest(PLAN, buildManifest(q));
