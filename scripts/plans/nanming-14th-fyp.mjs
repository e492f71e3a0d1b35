// @ts-check
/**
 * Writes data/plans/nanming-14th-fyp/: the spatial structures of the 贵阳市南明区“十四五”规划纲要
 * (2022 update, seed document 001).
 *
 * Where the geometry comes from:
 * - Every river course, street line and point below is this project's own placement from general
 *   geographic knowledge of Guiyang: a polyline through the places a river or road is known to pass
 *   (landmarks named beside each vertex), with a vertex every 0.3–1 km, rounded to 0.001° (≈100 m).
 *   No coordinate sequence is taken from any map dataset. Expect errors of a few hundred metres;
 *   each feature's accuracyNote says how far it can be trusted, and street-scale lines that cannot
 *   be traced that closely are drawn as schematic symbols.
 * - The district outline is the embedded basemap polygon of 520102.
 */
import * as turf from '@turf/turf';
import { cite, countyFeature, writeLayer, writeManifest } from '../lib/plan-build.mjs';

const PLAN_ID = 'nanming-14th-fyp';
const DOC = '001';
const NANMING = '520102';
const COUNTIES = [NANMING];
/** The basemap outline of 南明区 (its ring is closed, so turf can use it as it is). */
const district = countyFeature(NANMING);

/** @typedef {[number, number]} LonLat */

/**
 * 南明河 main stem, upstream to downstream, traced from general knowledge: it comes north out of
 * 小河 (经开区), passes 五眼桥 and 太慈桥, takes in the 小车河, skirts the east side of 花果园, turns
 * east past 河滨公园 (a bend to the north), 甲秀楼 and the small loop south towards 西湖路/市南路,
 * then 水口寺, and runs north-east along the 南明—云岩 boundary towards 新庄, where it leaves.
 */
const NANMING_RIVER = /** @type {LonLat[]} */ ([
  [106.690, 26.527], // 南明—经开区 boundary on the 小河 side (least certain stretch, ±0.5 km)
  [106.687, 26.533],
  [106.685, 26.539],
  [106.684, 26.545], // 五眼桥
  [106.686, 26.550],
  [106.688, 26.554], // 太慈桥
  [106.690, 26.560], // mouth of the 小车河
  [106.690, 26.565], // east edge of 花果园
  [106.693, 26.568],
  [106.698, 26.570],
  [106.703, 26.570],
  [106.705, 26.574], // bend round 河滨公园
  [106.709, 26.574], // 朝阳桥 side
  [106.7138, 26.5742], // 甲秀楼
  [106.717, 26.574],
  [106.717, 26.570], // loop south
  [106.719, 26.567],
  [106.721, 26.570],
  [106.726, 26.571],
  [106.729, 26.575],
  [106.733, 26.577], // 水口寺
  [106.736, 26.576],
  [106.740, 26.580],
  [106.743, 26.586],
  [106.746, 26.589], // from here on roughly along the 南明—云岩 boundary
  [106.752, 26.588],
  [106.757, 26.589],
  [106.762, 26.590],
  [106.766, 26.592], // leaves the district towards 新庄
]);

/**
 * 小车河, traced from general knowledge: out of the 阿哈水库 side east through the 小车河 wetland
 * park, then north-east, west of and beside the 南明河, to its mouth near 太慈桥.
 */
const XIAOCHE_RIVER = /** @type {LonLat[]} */ ([
  [106.662, 26.543], // below 阿哈水库, inside the district edge
  [106.666, 26.544],
  [106.671, 26.545], // 小车河湿地公园
  [106.676, 26.544],
  [106.679, 26.547],
  [106.681, 26.552],
  [106.684, 26.556],
  [106.687, 26.559],
  [106.690, 26.560], // mouth on the 南明河 (same point as in NANMING_RIVER)
]);

/** 沙冲路 (沙冲南路—沙冲中路—沙冲北路), south to north, traced from general knowledge. */
const SHACHONG_ROAD = /** @type {LonLat[]} */ ([
  [106.690, 26.533], // south end towards 皂角井 / 花溪大道
  [106.693, 26.538],
  [106.694, 26.543],
  [106.697, 26.547],
  [106.700, 26.551],
  [106.701, 26.556],
  [106.704, 26.559],
  [106.707, 26.563], // north end at 兴关路, west of 贵阳站
]);

/** 富源北路, from 油榨街 southwards, traced from general knowledge. */
const FUYUAN_NORTH_ROAD = /** @type {LonLat[]} */ ([
  [106.734, 26.565], // 油榨街
  [106.736, 26.561],
  [106.738, 26.556],
]);

/** 富源中路—富源南路 towards 二戈寨: a schematic continuation only (general knowledge, ±1 km). */
const FUYUAN_SOUTH_SCHEMATIC = /** @type {LonLat[]} */ ([
  [106.738, 26.556], [106.739, 26.549], [106.739, 26.543], [106.7375, 26.538],
]);

/** 二戈寨片区 (railway marshalling yard area south of 油榨街 along 富源路), general knowledge, ±1 km. */
const ERGEZHAI = /** @type {LonLat} */ ([106.737, 26.536]);

/** Landmarks of the old city, placed from general knowledge (each within a few hundred metres). */
const PLACES = {
  jiaxiuLou: /** @type {LonLat} */ ([106.7138, 26.5742]), // 甲秀楼, on the 南明河
  zhuchengSquare: /** @type {LonLat} */ ([106.7125, 26.5718]), // 筑城广场, south bank opposite 甲秀楼
  chaoyangBridge: /** @type {LonLat} */ ([106.709, 26.574]), // 朝阳桥, where 遵义路 becomes 中华南路
  station: /** @type {LonLat} */ ([106.706, 26.562]), // 贵阳站, south end of 遵义路
  danamen: /** @type {LonLat} */ ([106.709, 26.577]), // 大南门 on 中华南路
  dashizi: /** @type {LonLat} */ ([106.709, 26.5815]), // 大十字, 中华路 × 中山路 (on the 南明—云岩 boundary)
};

/**
 * Old-city streets, from general knowledge. Only 遵义路—中华南路 is known well enough to call
 * `approximate`; the others are schematic lines in the right neighbourhood (see the notes below).
 */
const STREETS = {
  /** 青云路 west of 遵义路 (schematic part) → 遵义路 north from the 青云路 junction to 朝阳桥 → 中华南路 via 大南门 to 大十字. */
  qingyunZunyiZhonghua: /** @type {LonLat[]} */ ([
    [106.697, 26.568], [106.701, 26.568], [106.705, 26.569], // 青云路 (least certain part)
    [106.707, 26.571], PLACES.chaoyangBridge, // 遵义路
    [106.709, 26.5755], PLACES.danamen, [106.709, 26.5795], [106.709, 26.581], // 中华南路
  ]),
  /** 青云路步行街 (青云市集): schematic, on 青云路 east of 遵义路, south of the river. */
  qingyunWalk: /** @type {LonLat[]} */ ([[106.706, 26.5685], [106.709, 26.568], [106.712, 26.5675]]),
  /** 箭道街: schematic, beside 筑城广场 on the south bank. */
  jiandao: /** @type {LonLat[]} */ ([[106.709, 26.571], [106.711, 26.5715], [106.7135, 26.5725]]),
  /** 观水路: schematic, along the north bank between 甲秀楼 and 水口寺. */
  guanshui: /** @type {LonLat[]} */ ([[106.717, 26.5755], [106.722, 26.5752], [106.7275, 26.5755]]),
  /** 西湖路 (north bank) → 新华路 over the river → 市南路 south-east: schematic. */
  xihuXinhuaShinan: /** @type {LonLat[]} */ ([
    [106.7125, 26.5765], [106.7155, 26.5762], [106.7165, 26.5745], [106.716, 26.571], [106.7165, 26.568], [106.722, 26.5655],
  ]),
  /**
   * The 甲秀楼—箭道街—筑城广场 loop, schematic and closed: from 甲秀楼 up the river to 朝阳桥,
   * south to 箭道街, east along it past 筑城广场 and back north to 甲秀楼.
   */
  jiaxiuLoop: /** @type {LonLat[]} */ ([
    PLACES.jiaxiuLou, [106.711, 26.5742], PLACES.chaoyangBridge, [106.709, 26.571], [106.711, 26.5715],
    PLACES.zhuchengSquare, [106.7135, 26.5725], PLACES.jiaxiuLou,
  ]),
};

/** The six 商圈 (points), from general knowledge; see each note. */
const SHANGQUAN = {
  hebin: /** @type {LonLat} */ ([106.7035, 26.5732]), // 河滨公园, inside the river's bend
  danamen: PLACES.danamen,
  dashizi: /** @type {LonLat} */ ([106.709, 26.580]), // just south of the 大十字 crossing, inside 南明区
  station: PLACES.station,
  guigang: /** @type {LonLat} */ ([106.7395, 26.5655]), // former 贵钢 works east of 油榨街
  huaguoyuan: /** @type {LonLat} */ ([106.690, 26.567]), // centre of the 花果园 development
};

const KNOWLEDGE_NOTE = {
  zh: '凭对贵阳的一般地理知识,按其经过的地点逐段描出(约每 0.3–1 km 一个折点),误差约数百米',
  en: 'traced from general geographic knowledge of Guiyang through the places it is known to pass (a vertex every 0.3–1 km), to within a few hundred metres',
};
const SCHEMATIC_STREET_NOTE = {
  zh: '街道走向未能凭一般知识可靠描出,只在其所在街区画一条示意线,位置可差约 300–500 m,不代表实际走向。',
  en: 'The street’s course cannot be traced reliably from general knowledge; a schematic line sits in its neighbourhood, possibly 300–500 m off, and does not show the real course.',
};

/**
 * A plan feature with the shared defaults of this plan.
 * @param {string} id @param {any} geometry @param {Record<string, any>} props
 */
function feature(id, geometry, props) {
  return { type: 'Feature', geometry, properties: { id, counties: COUNTIES, ...props } };
}

/** @param {string} zh @param {string} en */
const text = (zh, en) => ({ zh, en });

/**
 * The longest part of `coords` that lies inside `polygon` (a line split at the polygon edge).
 * @param {LonLat[]} coords @param {any} polygon
 */
function clipLineToPolygon(coords, polygon) {
  const line = turf.lineString(coords);
  const pieces = turf.lineSplit(line, turf.polygonToLine(turf.clone(polygon))).features;
  const parts = (pieces.length ? pieces : [line])
    .filter((p) => turf.booleanPointInPolygon(turf.along(p, turf.length(p) / 2), polygon));
  if (!parts.length) throw new Error('line lies outside the polygon');
  return parts.reduce((a, b) => (turf.length(b) > turf.length(a) ? b : a)).geometry;
}

/**
 * The largest polygon of a (Multi)Polygon feature.
 * @param {any} f
 */
function largestPolygon(f) {
  if (f.geometry.type === 'Polygon') return f.geometry;
  const polys = f.geometry.coordinates.map((/** @type {any} */ c) => turf.polygon(c));
  return polys.reduce((/** @type {any} */ a, /** @type {any} */ b) => (turf.area(b) > turf.area(a) ? b : a)).geometry;
}

/**
 * Throws unless every point of the layer lies inside 南明区.
 * @param {any[]} features
 */
function assertInDistrict(features) {
  for (const f of features) {
    const probe = f.geometry.type === 'Point' ? f.geometry.coordinates : turf.pointOnFeature(f).geometry.coordinates;
    if (!turf.booleanPointInPolygon(probe, district)) throw new Error(`${f.properties.id} lies outside 南明区`);
  }
}

/**
 * Share of a line's length inside `polygon`, sampled every ~50 m.
 * @param {any} geometry @param {any} polygon
 */
function shareInside(geometry, polygon) {
  const line = turf.feature(geometry);
  const km = turf.length(line);
  const n = Math.max(20, Math.ceil(km / 0.05));
  let inside = 0;
  for (let i = 0; i < n; i++) if (turf.booleanPointInPolygon(turf.along(line, ((i + 0.5) * km) / n), polygon)) inside++;
  return inside / n;
}


/**
 * Throws unless every vertex of every line of the layer (or the given share of it, for lines that
 * run along the district edge) lies inside 南明区; points and polygons are probed once.
 * @param {any[]} features @param {Record<string, number>} [minShare] id → minimum share inside
 */
function assertLinesInside(features, minShare = {}) {
  for (const f of features) {
    if (f.geometry.type !== 'LineString') continue;
    const share = shareInside(f.geometry, district);
    const need = minShare[f.properties.id] ?? 1;
    if (share < need) throw new Error(`${f.properties.id}: only ${Math.round(share * 100)}% inside 南明区`);
  }
}

/**
 * The traced 南明河 as it runs through the district. Downstream of 水口寺 the river runs along the
 * 南明—云岩 boundary, and the coarse basemap outline (≈100 m grid) weaves across it, so the course
 * is kept whole rather than chopped at every crossing; the share inside is measured and reported.
 */
const riverInDistrict = turf.lineString(NANMING_RIVER).geometry;
const riverKm = Math.round(turf.length(turf.feature(riverInDistrict)) * 10) / 10;
const riverSharePct = Math.round(shareInside(riverInDistrict, district) * 100);
if (riverSharePct < 80) throw new Error(`only ${riverSharePct}% of the traced river lies in the district`);

/* ---------- 一轴两翼、相向拓展、多点协同 ---------- */

const yongleArea = turf.bboxClip(district, [106.815, 26.56, 107, 26.7]);
const yongleCentre = /** @type {LonLat} */ (turf.centroid(yongleArea).geometry.coordinates.map((v) => Math.round(v * 1e4) / 1e4));

const RIVER_NOTE = {
  zh: `河道${KNOWLEDGE_NOTE.zh}:自小河方向入区处,经五眼桥、太慈桥、小车河汇口、花果园东侧、河滨公园、甲秀楼、水口寺,沿南明、云岩两区交界向新庄方向出区,约 ${riverKm} km,其中约 ${riverSharePct}% 落在底图区界内。入区一段(小河至五眼桥)把握最小;几百米以内的小弯未描。`,
  en: `River course ${KNOWLEDGE_NOTE.en}: from where it enters on the 小河 side past 五眼桥, 太慈桥, the 小车河 mouth, the east side of 花果园, 河滨公园, 甲秀楼 and 水口寺, then along the 南明/云岩 boundary to where it leaves towards 新庄; about ${riverKm} km, ${riverSharePct}% of it inside the basemap outline. The entry stretch (小河 to 五眼桥) is the least certain; bends of less than a few hundred metres are not drawn.`,
};

const urbanPattern = [
  feature('nm-axis-nanming-river', riverInDistrict, {
    name: text('一轴:南明河滨河经济带', 'Axis: the 南明河 (Nanming River) riverside economic belt'),
    role: 'axis', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(`${RIVER_NOTE.zh}水口寺以下河段大致沿区界,底图区界较粗(约 100 m),故未按区界逐段截断。文本未给出经济带的宽度与起止,故以河道中线表示。`,
      `${RIVER_NOTE.en} Below 水口寺 the river runs roughly along the district boundary, which the coarse outline (≈100 m) crosses back and forth, so it is not chopped at each crossing. The text gives the belt neither width nor ends, so the river's centre line stands for it.`),
    provenance: [cite(DOC, 240, '以南明河滨河经济带为发展主轴')],
  }),
  feature('nm-wing-shachong', turf.lineString(SHACHONG_ROAD).geometry, {
    name: text('西翼:沙冲大道(沙冲南路—沙冲中路—沙冲北路)', 'West wing: 沙冲大道 (Shachong Road, south–middle–north)'),
    role: 'corridor', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(
      `道路${KNOWLEDGE_NOTE.zh}:自兴关路口(贵阳站西侧)向南南西,至皂角井一带。文本称“沙冲大道”,即沙冲路;哪一侧为“翼”未说明,按其在主轴西南侧称西翼。`,
      `Road ${KNOWLEDGE_NOTE.en}: from 兴关路 (west of 贵阳站) south-south-west to around 皂角井. The text's 沙冲大道 is 沙冲路; it does not say which wing is which, so this one is called west after its side of the axis.`),
    provenance: [cite(DOC, 240, '依托富源大道和沙冲大道“两翼”'), cite(DOC, 260, '以人民大道、花冠路、花溪大道、富源大道、沙冲大道及周边为着力点')],
  }),
  feature('nm-wing-fuyuan', turf.lineString(FUYUAN_NORTH_ROAD).geometry, {
    name: text('东翼:富源大道(富源北路段)', 'East wing: 富源大道 (Fuyuan Road), northern section'),
    role: 'corridor', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(
      `富源北路${KNOWLEDGE_NOTE.zh}:自油榨街向南南东;再往南的走向把握更小,另以示意线表示。`,
      `富源北路 ${KNOWLEDGE_NOTE.en}: from 油榨街 south-south-east; further south the course is less certain and is drawn as a separate schematic line.`),
    provenance: [cite(DOC, 240, '依托富源大道和沙冲大道“两翼”'), cite(DOC, 249, '推进富源路改造提升')],
  }),
  feature('nm-wing-fuyuan-south', turf.lineString(FUYUAN_SOUTH_SCHEMATIC).geometry, {
    name: text('东翼南延(富源中路—富源南路,示意)', 'East wing continued south (富源中路—富源南路, schematic)'),
    role: 'corridor', accuracy: 'schematic', method: 'schematic-symbol',
    accuracyNote: text(
      '富源路向二戈寨方向的走向未经描摹,仅凭一般地理知识画出的示意线(误差可达 1 km),只表示东翼伸向二戈寨。',
      'The course of 富源路 towards 二戈寨 is not traced: a schematic line from general geographic knowledge (errors up to 1 km), only showing that the east wing reaches towards 二戈寨.'),
    provenance: [cite(DOC, 240, '依托富源大道和沙冲大道“两翼”')],
  }),
  feature('nm-point-ergezhai', turf.point(ERGEZHAI).geometry, {
    name: text('多点:二戈寨片区', 'Point: 二戈寨 (Ergezhai) area'),
    role: 'node', accuracy: 'approximate', method: 'named-place',
    accuracyNote: text('二戈寨片区范围文本未给出;点位凭一般地理知识放在富源路南段、二戈寨铁路编组站一带,误差约 1 km。',
      'The text gives no extent for the 二戈寨 area; the point is placed from general knowledge on southern 富源路 near the 二戈寨 rail yard, within about 1 km.'),
    provenance: [cite(DOC, 240, '发挥二戈寨片区、永乐片区“多点”的辐射力与联动力')],
  }),
  feature('nm-point-yongle', turf.point(yongleCentre).geometry, {
    name: text('多点:永乐片区', 'Point: 永乐 (Yongle) area'),
    role: 'node', accuracy: 'approximate', method: 'derived',
    accuracyNote: text('取南明区东北部(经度 106.815° 以东、纬度 26.56° 以北)区界裁切部分的质心,作为永乐乡所在的东北片区代表点。',
      'Centroid of the north-eastern part of the district outline (east of 106.815°E, north of 26.56°N), the lobe where 永乐乡 lies.'),
    provenance: [cite(DOC, 240, '聚焦永乐片区保育水源地生态')],
  }),
];

/* ---------- 双核联动 / “2+1+N” ---------- */

/** The old-city reach, from just above 河滨公园 to 水口寺 (both vertices of NANMING_RIVER). */
const riversideCore = turf.lineSlice(turf.point([106.698, 26.570]), turf.point([106.733, 26.577]), turf.lineString(NANMING_RIVER));
const commerceCores = [
  feature('nm-core-riverside-belt', riversideCore.geometry, {
    name: text('“2”之一:南明河滨河经济带超大型商圈', '“2”, first: the 南明河 riverside economic belt'),
    role: 'belt', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(`沿南明河老城段河道(${KNOWLEDGE_NOTE.zh}),自河滨公园上游至水口寺,即它所串联的河滨、大南门、大十字三个商圈所在河段;文本未给出起止。`,
      `Along the old-city reach of the river (${KNOWLEDGE_NOTE.en}), from above 河滨公园 to 水口寺, the reach of the 河滨, 大南门 and 大十字 商圈 it links; the text gives no ends.`),
    provenance: [cite(DOC, 116, '以南明河滨河经济带为主轴', '大十字商圈'), cite(DOC, 112, '以南明河滨河经济带和花果园超大型商圈为支撑')],
  }),
  feature('nm-core-huaguoyuan', turf.point(SHANGQUAN.huaguoyuan).geometry, {
    name: text('“2”之二:花果园超大型商圈', '“2”, second: the 花果园 (Huaguoyuan) mega business district'),
    role: 'core', accuracy: 'approximate', method: 'named-place',
    accuracyNote: text('点位凭一般地理知识放在花果园片区中部(南明河西侧、兴关路以北),误差约 500 m;商圈范围文本未给出。',
      'Placed from general knowledge in the middle of the 花果园 development (west of the 南明河, north of 兴关路), within about 500 m; the text gives no extent.'),
    provenance: [cite(DOC, 116, '打造花果园超大型商圈')],
  }),
  feature('nm-street-qingyun', turf.lineString(STREETS.qingyunWalk).geometry, {
    name: text('“N”:青云市集省级步行街(青云路步行街)', '“N”: 青云市集 provincial pedestrian street (青云路步行街)'),
    role: 'corridor', accuracy: 'schematic', method: 'schematic-symbol',
    accuracyNote: text(`青云路步行街:${SCHEMATIC_STREET_NOTE.zh}示意线放在遵义路以东、南明河以南的青云路一带。`,
      `青云路步行街: ${SCHEMATIC_STREET_NOTE.en} It is put on 青云路 east of 遵义路, south of the river.`),
    provenance: [cite(DOC, 116, '打造以青云市集省级步行街为引领的N个特色商业街区')],
    figures: [
      { key: 'pedestrian-streets', label: text('建成步行街(以上)', 'Pedestrian streets built (at least)'), value: 4, unit: '条', year: 2025, line: 116 },
      { key: 'feature-blocks', label: text('建成特色街区(以上)', 'Feature commercial blocks built (at least)'), value: 5, unit: '个', year: 2025, line: 116 },
    ],
  }),
  feature('nm-street-jiandao', turf.lineString(STREETS.jiandao).geometry, {
    name: text('“N”:箭道街特色商业街区', '“N”: 箭道街 feature commercial block'),
    role: 'corridor', accuracy: 'schematic', method: 'schematic-symbol',
    accuracyNote: text(`箭道街:${SCHEMATIC_STREET_NOTE.zh}示意线放在南岸筑城广场一侧。`, `箭道街: ${SCHEMATIC_STREET_NOTE.en} It is put beside 筑城广场 on the south bank.`),
    provenance: [cite(DOC, 116, '在凤凰里、南横里、箭道街、青云路等多点打造')],
  }),
];

/* ---------- 六大商圈 ---------- */

/**
 * @param {string} id @param {LonLat} at @param {[string, string]} name @param {[string, string]} note @param {string} from
 */
const shangquan = (id, at, name, note, from) => feature(id, turf.point(at).geometry, {
  name: text(...name), role: 'node', accuracy: 'approximate', method: 'named-place',
  accuracyNote: text(...note),
  provenance: [cite(DOC, 116, from), cite(DOC, 112, '立足全区资源优势和“六大商圈”的商贸业基础优势')],
});

const businessDistricts = [
  shangquan('nm-sq-hebin', SHANGQUAN.hebin, ['河滨商圈', '河滨 (Hebin) business district'],
    ['点位凭一般地理知识放在河滨公园(南明河北折处的河湾内),误差约 300 m;商圈范围文本未给出。', 'Placed from general knowledge at 河滨公园, inside the river’s northward bend, within about 300 m; the text gives no extent.'], '串联起河滨商圈'),
  shangquan('nm-sq-danamen', SHANGQUAN.danamen, ['大南门商圈', '大南门 (Danamen) business district'],
    ['点位凭一般地理知识放在中华南路上的大南门一带,误差约 300 m。', 'Placed from general knowledge at 大南门 on 中华南路, within about 300 m.'], '大南门商圈'),
  shangquan('nm-sq-dashizi', SHANGQUAN.dashizi, ['大十字商圈', '大十字 (Dashizi) business district'],
    ['大十字即中华路与中山路的十字路口,位于南明、云岩两区交界;点位凭一般地理知识放在路口南侧、南明区内,误差约 300 m。',
      '大十字 is the crossing of 中华路 and 中山路, on the 南明/云岩 boundary; the point is placed from general knowledge just south of it, inside 南明区, within about 300 m.'], '大十字商圈'),
  shangquan('nm-sq-station', SHANGQUAN.station, ['火车站商圈', 'Railway station business district'],
    ['点位凭一般地理知识放在贵阳站站前、遵义路南端一带,误差约 500 m。', 'Placed from general knowledge in front of 贵阳站, at the south end of 遵义路, within about 500 m.'], '辐射覆盖火车站商圈和贵钢商圈'),
  shangquan('nm-sq-guigang', SHANGQUAN.guigang, ['贵钢商圈', '贵钢 (Guigang) business district'],
    ['原贵钢厂区(今首钢贵州之光一带)在油榨街以东;点位凭一般地理知识放在油榨街东端以东,误差约 1 km。',
      'The former 贵钢 steelworks (now around 首钢贵州之光) lies east of 油榨街; the point rests on general knowledge, east of the end of 油榨街, within about 1 km.'], '辐射覆盖火车站商圈和贵钢商圈'),
  shangquan('nm-sq-huaguoyuan', SHANGQUAN.huaguoyuan, ['花果园商圈', '花果园 (Huaguoyuan) business district'],
    ['点位凭一般地理知识放在花果园片区中部,误差约 500 m。', 'Placed from general knowledge in the middle of the 花果园 development, within about 500 m.'], '全面提升花果园商圈能级'),
];

/* ---------- 南明河十里生态走廊 and the 1 km riverside business zone ---------- */

const cbdBuffer = turf.intersect(turf.featureCollection([turf.buffer(turf.feature(riverInDistrict), 1, { units: 'kilometers' }), district]));
if (!cbdBuffer) throw new Error('empty riverside buffer');
const riverCorridor = [
  feature('nm-ten-li-eco-corridor', riverInDistrict, {
    name: text('南明河十里生态走廊', '南明河 ten-li (≈5 km) ecological corridor'),
    role: 'corridor', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(
      `${RIVER_NOTE.zh}“十里”约 5 km,文本未说明是哪一段,故沿区内全段河道表示,而不臆定起止。`,
      `${RIVER_NOTE.en} “Ten li” is about 5 km, but the text does not say which stretch, so the whole course in the district is drawn rather than inventing ends.`),
    provenance: [cite(DOC, 244, '建设南明河十里生态走廊')],
    figures: [{ key: 'length', label: text('走廊长度', 'Corridor length'), value: 10, unit: '里', line: 244 }],
  }),
  feature('nm-riverside-1km-zone', largestPolygon(cbdBuffer), {
    name: text('南明河沿岸 1 公里商务楼宇建设范围(中央商务区)', 'Business-tower zone within 1 km of the 南明河 (central business district)'),
    role: 'zone', accuracy: 'approximate', method: 'buffer',
    accuracyNote: text('区内河道中线两侧各 1 km 的缓冲区,裁切到区界;宽度取自文本,河道为本包凭一般地理知识所描(误差约数百米)。',
      'A 1 km buffer either side of the river centre line in the district, clipped to the district edge; the width is the text’s, the river this package’s own trace from general knowledge (within a few hundred metres).'),
    provenance: [cite(DOC, 244, '推进南明河沿岸1公里范围内商务楼宇建设')],
    figures: [{ key: 'width', label: text('沿岸范围', 'Distance from the river'), value: 1, unit: '公里', line: 244 }],
  }),
];

/* ---------- 绿化连廊: 景观环路, 两条景观轴线, 5条绿色通廊 ---------- */

const greenLinks = [
  feature('nm-loop-jiaxiu', turf.lineString(STREETS.jiaxiuLoop).geometry, {
    name: text('甲秀楼—箭道街—筑城广场精品景观环路', 'The 甲秀楼—箭道街—筑城广场 landscape loop'),
    role: 'belt', accuracy: 'schematic', method: 'schematic-symbol',
    accuracyNote: text('文本只列出甲秀楼、箭道街、筑城广场三处地名;示意环线凭一般地理知识连接这三处(自甲秀楼沿河上溯至朝阳桥,南折经箭道街、筑城广场回到甲秀楼),不代表实际的环路走向,位置误差约数百米。',
      'The text names only 甲秀楼, 箭道街 and 筑城广场; a schematic loop joins the three from general knowledge (up the river from 甲秀楼 to 朝阳桥, south to 箭道街, past 筑城广场 and back to 甲秀楼). It does not show the loop’s real route and may be a few hundred metres off.'),
    provenance: [cite(DOC, 302, '打造甲秀楼、箭道街、筑城广场等精品景观环路')],
  }),
  feature('nm-axis-qingyun-zunyi-zhonghua', turf.lineString(STREETS.qingyunZunyiZhonghua).geometry, {
    name: text('景观轴线:青云路—遵义路—中华南路', 'Landscape axis: 青云路—遵义路—中华南路'),
    role: 'axis', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(`遵义路—中华南路${KNOWLEDGE_NOTE.zh}:自青云路口向北过朝阳桥,经大南门至大十字;青云路一段只是大致放在遵义路以西、南明河以南,把握更小(可差约 500 m)。`,
      `遵义路—中华南路 ${KNOWLEDGE_NOTE.en}: from the 青云路 junction north over 朝阳桥, past 大南门 to 大十字; the 青云路 part is only roughly placed west of 遵义路 and south of the river, and is less certain (up to about 500 m).`),
    provenance: [cite(DOC, 302, '串联青云路—遵义路—中华南路')],
  }),
  feature('nm-axis-xihu-xinhua-shinan', turf.lineString(STREETS.xihuXinhuaShinan).geometry, {
    name: text('景观轴线:西湖路—新华路—市南路', 'Landscape axis: 西湖路—新华路—市南路'),
    role: 'axis', accuracy: 'schematic', method: 'schematic-symbol',
    accuracyNote: text(`西湖路—新华路—市南路:${SCHEMATIC_STREET_NOTE.zh}示意线自甲秀楼东北的西湖路,沿新华路过南明河,再沿市南路向东南。`,
      `西湖路—新华路—市南路: ${SCHEMATIC_STREET_NOTE.en} The line runs from 西湖路 north-east of 甲秀楼, over the river along 新华路, then south-east along 市南路.`),
    provenance: [cite(DOC, 302, '西湖路—新华路—市南路等区域性核心景观轴线')],
  }),
  feature('nm-green-jiandao', turf.lineString(STREETS.jiandao).geometry, {
    name: text('绿色通廊:箭道街', 'Green corridor: 箭道街'),
    role: 'corridor', accuracy: 'schematic', method: 'schematic-symbol',
    accuracyNote: text(`箭道街:${SCHEMATIC_STREET_NOTE.zh}示意线放在南岸筑城广场一侧。`, `箭道街: ${SCHEMATIC_STREET_NOTE.en} It is put beside 筑城广场 on the south bank.`),
    provenance: [cite(DOC, 302, '打造箭道街、翠微巷、南浦路、观水路等区域的5条绿色通廊')],
    figures: [{ key: 'green-corridors', label: text('绿色通廊(总数)', 'Green corridors (in all)'), value: 5, unit: '条', line: 302 }],
  }),
  feature('nm-green-guanshui', turf.lineString(STREETS.guanshui).geometry, {
    name: text('绿色通廊:观水路', 'Green corridor: 观水路'),
    role: 'corridor', accuracy: 'schematic', method: 'schematic-symbol',
    accuracyNote: text(`观水路:${SCHEMATIC_STREET_NOTE.zh}示意线放在甲秀楼与水口寺之间的南明河北岸。`, `观水路: ${SCHEMATIC_STREET_NOTE.en} It is put on the north bank of the river between 甲秀楼 and 水口寺.`),
    provenance: [cite(DOC, 302, '打造箭道街、翠微巷、南浦路、观水路等区域的5条绿色通廊')],
  }),
];

/* ---------- 永乐 一心三片多组团 (schematic) ---------- */

/**
 * A schematic circle at an offset (degrees) from the 永乐 centre.
 * @param {number} dLon @param {number} dLat @param {number} radiusKm
 */
const yongleSymbol = (dLon, dLat, radiusKm) =>
  turf.circle([yongleCentre[0] + dLon, yongleCentre[1] + dLat], radiusKm, { steps: 32, units: 'kilometers' }).geometry;

const SCHEMATIC_NOTE = text(
  '文本只列出功能名称,未给出位置;示意符号按固定的对称布局放在永乐片区内,位置与大小均不代表实际。',
  'The text lists the functions but gives no places; the symbols sit in a fixed symmetric layout inside the 永乐 area, and neither their positions nor their sizes are real.');
const yongleCite = (/** @type {string} */ from, /** @type {string} */ to) => [cite(DOC, 277, from, to)];

const yongle = [
  feature('nm-yongle-area', largestPolygon(yongleArea), {
    name: text('永乐片区(永乐新世界)大致范围', '永乐 area (永乐新世界), rough extent'),
    role: 'zone', accuracy: 'approximate', method: 'derived',
    accuracyNote: text(`南明区界在经度 106.815° 以东、纬度 26.56° 以北的部分(约 ${Math.round(turf.area(yongleArea) / 1e6)} km²),近似永乐乡;实际乡界可能更大。`,
      `The part of the district outline east of 106.815°E and north of 26.56°N (about ${Math.round(turf.area(yongleArea) / 1e6)} km²), approximating 永乐乡; the real township is probably larger.`),
    provenance: yongleCite('在永乐片区规划构建“一心三片多组团”的功能结构'),
  }),
  feature('nm-yongle-core', yongleSymbol(0, 0, 0.7), {
    name: text('一心:项目启动区(新消费特区)', 'One core: the project launch area (new consumption zone)'),
    role: 'core', accuracy: 'schematic', method: 'schematic-symbol', accuracyNote: SCHEMATIC_NOTE,
    provenance: yongleCite('一心:项目启动区', '新消费特区'),
  }),
  feature('nm-yongle-tech', yongleSymbol(-0.018, 0.004, 0.9), {
    name: text('三片之一:科技创新区', 'Area 1 of 3: science and technology innovation'),
    role: 'zone', accuracy: 'schematic', method: 'schematic-symbol', accuracyNote: SCHEMATIC_NOTE,
    provenance: yongleCite('三片:科技创新区', '文旅康养休闲区'),
  }),
  feature('nm-yongle-gateway', yongleSymbol(0.016, 0.009, 0.9), {
    name: text('三片之二:国际交往门户区', 'Area 2 of 3: international exchange gateway'),
    role: 'zone', accuracy: 'schematic', method: 'schematic-symbol', accuracyNote: SCHEMATIC_NOTE,
    provenance: yongleCite('三片:科技创新区', '文旅康养休闲区'),
  }),
  feature('nm-yongle-wellness', yongleSymbol(0.012, -0.014, 0.9), {
    name: text('三片之三:文旅康养休闲区', 'Area 3 of 3: culture, tourism and wellness'),
    role: 'zone', accuracy: 'schematic', method: 'schematic-symbol', accuracyNote: SCHEMATIC_NOTE,
    provenance: yongleCite('三片:科技创新区', '文旅康养休闲区'),
  }),
  ...[[-0.008, -0.012], [0.004, 0.016], [-0.022, -0.008], [0.026, -0.002]].map(([dx, dy], i) =>
    feature(`nm-yongle-cluster-${i + 1}`, turf.point([yongleCentre[0] + dx, yongleCentre[1] + dy]).geometry, {
      name: text(`多组团:国际创新社区组团(示意 ${i + 1})`, `Clusters: international innovation community (symbol ${i + 1})`),
      role: 'cluster', accuracy: 'schematic', method: 'schematic-symbol', accuracyNote: SCHEMATIC_NOTE,
      provenance: yongleCite('多组团:多个国际创新社区组团'),
    })),
];

/* ---------- 截污体系: 南明河干流为主线, 小车河、麻堤河等支流 ---------- */

const riverSystem = [
  feature('nm-mainstream-nanming', riverInDistrict, {
    name: text('主线:南明河干流', 'Main line: the 南明河 main stem'),
    role: 'axis', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(`${RIVER_NOTE.zh}水口寺以下大致沿区界。`, `${RIVER_NOTE.en} Below 水口寺 it runs roughly along the district boundary.`),
    provenance: [cite(DOC, 314, '逐步完善以南明河干流为主线')],
  }),
  feature('nm-tributary-xiaoche', clipLineToPolygon(XIAOCHE_RIVER, district), {
    name: text('支流:小车河', 'Tributary: 小车河 (Xiaoche River)'),
    role: 'corridor', accuracy: 'approximate', method: 'traced',
    accuracyNote: text(`小车河${KNOWLEDGE_NOTE.zh}:自阿哈水库一侧的区界向东,经小车河湿地公园,再向东北,止于太慈桥一带汇入南明河处。`,
      `小车河 ${KNOWLEDGE_NOTE.en}: from the district edge on the 阿哈水库 side east through the 小车河 wetland park, then north-east to its mouth on the 南明河 near 太慈桥.`),
    provenance: [cite(DOC, 314, '小车河、麻堤河等支流齐抓共管')],
  }),
];

for (const layer of [urbanPattern, commerceCores, businessDistricts, riverCorridor, greenLinks, yongle, riverSystem]) {
  assertInDistrict(layer);
  assertLinesInside(layer, { 'nm-axis-nanming-river': 0.8, 'nm-ten-li-eco-corridor': 0.8, 'nm-mainstream-nanming': 0.8 });
}

writeLayer(PLAN_ID, 'urban-pattern.geojson', urbanPattern);
writeLayer(PLAN_ID, 'commerce-cores.geojson', commerceCores);
writeLayer(PLAN_ID, 'business-districts.geojson', businessDistricts);
writeLayer(PLAN_ID, 'river-corridor.geojson', riverCorridor);
writeLayer(PLAN_ID, 'green-links.geojson', greenLinks);
writeLayer(PLAN_ID, 'yongle.geojson', yongle);
writeLayer(PLAN_ID, 'river-system.geojson', riverSystem);

/* ---------- manifest ---------- */

/**
 * An undrawn part.
 * @param {[string, string]} name @param {[string, string]} reason @param {number} line @param {string} from @param {string} [to]
 */
const undrawn = (name, reason, line, from, to) => ({ name: text(...name), reason: text(...reason), provenance: [cite(DOC, line, from, to)] });

/** @param {number} lon @param {number} lat @param {number} zoom */
const cam = (lon, lat, zoom) => ({ center: [lon, lat], zoom });
const OLD_CITY = cam(106.712, 26.5725, 14.6);
const DISTRICT = cam(106.775, 26.55, 10.9);

const structures = [
  {
    id: 'one-axis-two-wings',
    slogan: '一轴两翼、相向拓展、多点协同',
    name: text('“一轴两翼、相向拓展、多点协同”城市发展新格局', 'One axis, two wings, growing towards each other, several points working together'),
    category: 'spatial-pattern',
    provenance: [cite(DOC, 240, '加快构建“一轴两翼、相向拓展、多点协同”的城市发展新格局'), cite(DOC, 240, '构建“H型”相向拓展格局')],
    layers: [{ id: 'urban-pattern', file: 'urban-pattern.geojson', title: text('一轴两翼多点', 'Axis, wings and points') }],
    tour: [
      { camera: DISTRICT, caption: text('以南明河滨河经济带为发展主轴,依托富源大道和沙冲大道“两翼”,发挥二戈寨片区、永乐片区“多点”的辐射力与联动力,构建“H型”相向拓展格局。',
        'The 南明河 riverside belt is the main axis, 富源大道 and 沙冲大道 are the two wings, and the 二戈寨 and 永乐 areas are the points; together an “H-shaped” pattern growing towards each other.'), layers: ['urban-pattern'] },
      { camera: cam(106.715, 26.555, 12.8), caption: text('推动主轴资源向两翼延伸,增强两翼对产业、人口的吸引力,促进两翼向主轴扩展。',
        'Resources of the axis reach out to the wings, and the wings grow back towards the axis.'), features: ['nm-axis-nanming-river', 'nm-wing-shachong', 'nm-wing-fuyuan', 'nm-wing-fuyuan-south'] },
      { camera: cam(106.85, 26.6, 12), caption: text('聚焦永乐片区保育水源地生态、放大生态效应,推动乡村振兴与中高端消费落地。',
        'In the 永乐 area: protect the water-source ecology, and bring rural revitalisation and mid-to-high-end consumption.'), features: ['nm-point-yongle'] },
    ],
    notDrawn: [
      undrawn(['双龙—改貌综合物流枢纽', '双龙—改貌 integrated logistics hub'], ['文本只说二戈寨片区与之连接,未给出枢纽位置。', 'The text only says 二戈寨 connects to it; it does not place the hub.'], 240, '借助二戈寨片区与双龙—改貌综合物流枢纽连接的区位优势'),
      undrawn(['“四路”中的人民大道、花冠路', '人民大道 and 花冠路 of the “four roads”'], ['这两条路在区内的走向凭一般地理知识无法可靠描出,本包不画;富源路、沙冲路已作为两翼画出。', 'The course of these two roads through the district cannot be traced reliably from general knowledge, so they are not drawn; 富源路 and 沙冲路 are drawn as the wings.'], 246, '以人民大道、花冠路、富源路、沙冲路四条大道及周边为着力点'),
      undrawn(['“六横六纵”骨架路网', 'The “six east–west, six north–south” trunk road grid'], ['文本未列出这十二条道路。', 'The text does not list the twelve roads.'], 258, '建立“六横六纵”的骨架路网结构'),
      undrawn(['新型城镇化空间格局(以永乐乡为主阵地的乡村振兴等)', 'New-type urbanisation pattern (rural revitalisation centred on 永乐乡 etc.)'], ['表述为任务安排,没有可落图的空间单元。', 'Stated as tasks, with no spatial units to map.'], 235, '扎实推进以人为核心的新型城镇化建设'),
      undrawn(['同城差异化、远郊优势互补的区县融合格局', 'Integration with other districts and counties'], ['是与其他区县的合作关系,不是区内空间结构。', 'A relation with other districts, not a structure inside this one.'], 399, '按照同城差异化、远郊优势互补的发展思路'),
      undrawn(['以园区共建为重点的产业合作发展格局', 'Industrial cooperation pattern built on joint parks'], ['共建园区不在区内,文本未给位置。', 'The joint parks are outside the district and not placed by the text.'], 374, '加快构建以园区共建为重点的产业合作发展格局'),
      undrawn(['两大园区(南明智造产业园、贵安南明产业园)', 'The two parks (南明智造产业园, 贵安南明产业园)'], ['文本未给出园区位置。', 'The text does not place the parks.'], 210, '持续推进两大园区特色化发展'),
      undrawn(['“一枢纽、五中心”', '“One hub, five centres”'], ['功能目标,没有空间位置。', 'Functional goals without places.'], 356, '以建设“一枢纽、五中心”为目标'),
      undrawn(['“一港两翼多基地”中医药布局', 'The “one port, two wings, several bases” TCM layout'], ['两翼是功能而非地域;多数基地文本未给位置。', 'The wings are functions, not places; most bases are not placed by the text.'], 140, '围绕“一港两翼多基地”布局建设中医药服务综合示范区'),
      undrawn(['物流业发展集聚区(改貌、二戈寨立交、牛郎关物流园等)', 'Logistics clusters (改貌, 二戈寨 interchange, 牛郎关 park etc.)'], ['项目清单,位置不足以可靠落点。', 'A project list whose places cannot be located reliably here.'], 430, '支线运输建设项目'),
    ],
  },
  {
    id: 'dual-core-2-1-n',
    slogan: '2+1+N',
    name: text('“双核联动”与“2+1+N”中高端商贸业布局', '“Two cores working together” and the “2+1+N” high-end commerce layout'),
    category: 'industrial',
    provenance: [cite(DOC, 112, '构建起“双核联动”的中高端消费体系'), cite(DOC, 114, '逐步构建完善以“2+1+N”为核心的中高端商贸业布局')],
    layers: [{ id: 'commerce-cores', file: 'commerce-cores.geojson', title: text('两个超大型商圈与特色街区', 'Two mega business districts and feature streets') }],
    tour: [
      { camera: cam(106.703, 26.569, 13.4), caption: text('以南明河滨河经济带和花果园超大型商圈为支撑,构建起“双核联动”的中高端消费体系。',
        'The 南明河 riverside belt and the 花果园 mega business district are the two cores of the high-end consumption system.'), layers: ['commerce-cores'] },
      { camera: cam(106.71, 26.57, 14.6), caption: text('“N”:以青云市集省级步行街为引领,在凤凰里、南横里、箭道街、青云路等多点打造特色商业街区。',
        '“N”: feature commercial blocks led by the 青云市集 provincial pedestrian street, at 凤凰里, 南横里, 箭道街, 青云路 and more.'), features: ['nm-street-qingyun', 'nm-street-jiandao'] },
    ],
    notDrawn: [
      undrawn(['“1”:小店经济网络', '“1”: the small-shop network'], ['是遍布全区的网络与平台,没有具体位置。', 'A district-wide network and platform with no particular place.'], 116, '打造以“小店大脑”为抓手的1个小店经济网络'),
      undrawn(['贵阳国际大道、法院街、甲秀滨河街、凤凰里等步行街与南横里特色街区', 'Pedestrian streets 贵阳国际大道, 法院街, 甲秀滨河街, 凤凰里 and the 南横里 block'], ['这些街道的走向凭一般地理知识无法可靠描出,文本也未给出位置。', 'Their courses cannot be traced reliably from general knowledge, and the text does not place them.'], 116, '加快推进贵阳国际大道、法院街、甲秀滨河街、凤凰里等多条步行街建设'),
      undrawn(['夜经济发展格局(青云市集、花果园中环广场、筑城广场夜经济集聚区)', 'Night-economy layout (青云市集, 花果园中环广场 and 筑城广场 clusters)'], ['与商圈、街区点位重合,未另画一层。', 'These coincide with the 商圈 and streets already drawn, so no separate layer.'], 120, '形成规划合理、设施完善、业态多元、管理规范的夜经济发展格局'),
      undrawn(['总部楼宇与会展业布局', 'Headquarters towers and exhibition layout'], ['文本未给出楼宇与会展设施的位置(沿河 1 公里商务区见“十里生态走廊”一层)。', 'The text does not place the towers or venues (the 1 km riverside business zone is in the ten-li corridor layer).'], 170, '以专业性会展、主题性会展为重点'),
    ],
  },
  {
    id: 'six-business-districts',
    slogan: '六大商圈',
    name: text('“六大商圈”', 'The six business districts'),
    category: 'industrial',
    provenance: [cite(DOC, 112, '立足全区资源优势和“六大商圈”的商贸业基础优势'), cite(DOC, 116, '串联起河滨商圈、大南门商圈和大十字商圈,辐射覆盖火车站商圈和贵钢商圈')],
    layers: [{ id: 'business-districts', file: 'business-districts.geojson', title: text('六大商圈', 'Six business districts') }],
    tour: [
      { camera: cam(106.712, 26.569, 13.2), caption: text('滨河经济带串联起河滨商圈、大南门商圈和大十字商圈,辐射覆盖火车站商圈和贵钢商圈;加上花果园商圈,共六处(第 112 行未列名,据专栏 3-1 归纳)。',
        'The riverside belt links the 河滨, 大南门 and 大十字 商圈 and reaches the railway-station and 贵钢 商圈; with 花果园, six in all (line 112 does not name them; they are gathered from box 3-1).'), layers: ['business-districts'] },
      { camera: cam(106.707, 26.577, 15), caption: text('老城三商圈:河滨、大南门、大十字。', 'The three old-city districts: 河滨, 大南门, 大十字.'), features: ['nm-sq-hebin', 'nm-sq-danamen', 'nm-sq-dashizi'] },
    ],
  },
  {
    id: 'nanming-river-ten-li-corridor',
    slogan: '南明河十里生态走廊',
    name: text('南明河十里生态走廊与沿岸 1 公里商务区', 'The 南明河 ten-li ecological corridor and the 1 km riverside business zone'),
    category: 'ecological',
    provenance: [cite(DOC, 244, '建设南明河十里生态走廊'), cite(DOC, 244, '推进南明河沿岸1公里范围内商务楼宇建设')],
    layers: [{ id: 'river-corridor', file: 'river-corridor.geojson', title: text('十里生态走廊与沿岸商务区', 'Ten-li corridor and riverside business zone') }],
    tour: [
      { camera: cam(106.72, 26.572, 12.8), caption: text('推动南明河沿线更新,最大化开放公共空间,提升生态功能,建设南明河十里生态走廊。',
        'Renew the riverside, open up public space, raise ecological function: build the 南明河 ten-li ecological corridor.'), layers: ['river-corridor'] },
      { camera: OLD_CITY, caption: text('推进南明河沿岸1公里范围内商务楼宇建设,形成集文化、科技、商业综合体集聚的中央商务区。',
        'Build office towers within 1 km of the river, forming a central business district of culture, technology and commerce.'), features: ['nm-riverside-1km-zone'] },
    ],
    notDrawn: [
      undrawn(['汉湘街、水利厅、翠微巷、青云路等商务写字楼地块', 'Office plots at 汉湘街, 水利厅, 翠微巷, 青云路 etc.'], ['地块边界未给出。', 'The plots’ boundaries are not given.'], 244, '重点在汉湘街、水利厅、翠微巷、青云路等地块建设商务写字楼'),
      undrawn(['宝山南路周边、监狱二期等城市更新项目', 'Renewal projects around 宝山南路 and 监狱二期'], ['项目范围未给出。', 'Project extents are not given.'], 244, '依托宝山南路周边、监狱二期等城市更新项目'),
    ],
  },
  {
    id: 'green-links',
    slogan: '绿化连廊',
    name: text('绿化连廊:精品景观环路、两条景观轴线与 5 条绿色通廊', 'Green links: the landscape loop, two landscape axes and five green corridors'),
    category: 'landscape',
    provenance: [cite(DOC, 300, '建设以道路、滨河绿地和步道景观绿廊为主线的绿化连廊'), cite(DOC, 306, '建成青云路—遵义路—中华南路、西湖路—新华路—市南路等2条区域性景观轴线')],
    layers: [{ id: 'green-links', file: 'green-links.geojson', title: text('景观环路、轴线与绿色通廊', 'Loop, axes and green corridors') }],
    tour: [
      { camera: OLD_CITY, caption: text('打造甲秀楼、箭道街、筑城广场等精品景观环路,展示南明河环绕的滨河城市形象。',
        'A landscape loop through 甲秀楼, 箭道街 and 筑城广场 shows the city ringed by the 南明河.'), features: ['nm-loop-jiaxiu'] },
      { camera: cam(106.711, 26.572, 14), caption: text('串联青云路—遵义路—中华南路、西湖路—新华路—市南路等区域性核心景观轴线。',
        'Landscape axes 青云路—遵义路—中华南路 and 西湖路—新华路—市南路.'), features: ['nm-axis-qingyun-zunyi-zhonghua', 'nm-axis-xihu-xinhua-shinan'] },
      { camera: cam(106.72, 26.5725, 14.3), caption: text('打造箭道街、翠微巷、南浦路、观水路等区域的5条绿色通廊,建成连接山水界面的绿色纽带。',
        'Five green corridors at 箭道街, 翠微巷, 南浦路, 观水路 and others.'), features: ['nm-green-jiandao', 'nm-green-guanshui'] },
    ],
    notDrawn: [
      undrawn(['绿色通廊:翠微巷', 'Green corridor: 翠微巷'], ['翠微巷的走向凭一般地理知识无法可靠描出。', 'The course of 翠微巷 cannot be traced reliably from general knowledge.'], 302, '打造箭道街、翠微巷、南浦路、观水路等区域的5条绿色通廊'),
      undrawn(['绿色通廊:南浦路', 'Green corridor: 南浦路'], ['南浦路的位置与走向凭一般地理知识无法可靠确定,本包不画。', 'Where 南浦路 runs cannot be fixed reliably from general knowledge, so it is not drawn.'], 302, '打造箭道街、翠微巷、南浦路、观水路等区域的5条绿色通廊'),
      undrawn(['第 5 条绿色通廊', 'The fifth green corridor'], ['文本只列出四处,第五条未命名。', 'The text names four; the fifth is unnamed.'], 302, '打造箭道街、翠微巷、南浦路、观水路等区域的5条绿色通廊'),
      undrawn(['全域公园城市体系(凤凰山、水口寺山体公园,保利凤凰湾、中铁国际社区公园等)', 'The park-city system (凤凰山 and 水口寺 mountain parks, community parks)'], ['公园范围未给出,凭一般地理知识也无法可靠落图。', 'Park extents are not given and cannot be placed reliably from general knowledge.'], 298, '加快布局以优化提升凤凰山、水口寺等重点生态景观的山体公园'),
      undrawn(['社区公共设施生活圈(5/15 分钟步行可达)', 'Community service circles (5- and 15-minute walks)'], ['是覆盖率指标,不是具体范围。', 'Coverage targets, not mapped areas.'], 258, '实现公共服务设施15分钟步行可达覆盖率达到100%'),
      undrawn(['1234文旅工程、5个微型文化产业园、李端棻故里文化圈', 'The 1234 culture-tourism project, five micro culture parks, the 李端棻 home-town circle'], ['多为地标清单或未给位置的园区,本包未落图。', 'Mostly lists of landmarks or unplaced parks; not mapped in this package.'], 133, '重点实施1234文旅工程'),
    ],
  },
  {
    id: 'yongle-one-core-three-areas',
    slogan: '一心三片多组团',
    name: text('永乐片区“一心三片多组团”功能布局', '永乐: one core, three areas, several clusters'),
    category: 'spatial-pattern',
    provenance: [cite(DOC, 277, '在永乐片区规划构建“一心三片多组团”的功能结构')],
    layers: [{ id: 'yongle', file: 'yongle.geojson', title: text('一心三片多组团(示意)', 'One core, three areas, clusters (schematic)') }],
    tour: [
      { camera: cam(106.855, 26.6, 12.3), caption: text('一心:项目启动区,打造以国际中高端消费为主的新消费特区;三片:科技创新区、国际交往门户区、文旅康养休闲区;多组团:多个国际创新社区组团。',
        'One core: the launch area, a new zone for international high-end consumption; three areas: innovation, international gateway, culture-tourism-wellness; several international innovation community clusters.'), layers: ['yongle'] },
      { camera: cam(106.85, 26.595, 11.4), caption: text('外围生态区:打造美丽乡村、都市田园、森林养心等文旅功能板块,整体将永乐新世界打造为山水林田湖融合的田园之城。',
        'The outer ecological area: villages, urban farmland and forest retreats, making 永乐新世界 a garden city of hills, water, woods, fields and lakes.'), features: ['nm-yongle-area'] },
    ],
    notDrawn: [
      undrawn(['外围生态区', 'The outer ecological area'], ['文本未给出范围;示意图中以片区范围内、符号之外的部分示意。', 'No extent is given; read it as the part of the area outside the symbols.'], 277, '外围生态区:打造美丽乡村、都市田园、森林养心等文旅功能板块'),
      undrawn(['综合消费区六大功能区(世界酒博区、国际商贸合作区、智慧创新区、民乐体验区、茶禅康养区、高端度假区)', 'The six functional areas of the consumption zone'], ['文本只列名称,未给位置。', 'Named only, not placed.'], 279, '以世界酒博区、国际商贸合作区、智慧创新区、民乐体验区、茶禅康养区、高端度假区六大功能区为载体'),
    ],
  },
  {
    id: 'mainstream-tributaries',
    slogan: '以南明河干流为主线',
    name: text('以南明河干流为主线、支流齐抓共管的截污体系', 'Sewage interception: the 南明河 main stem as the main line, with its tributaries'),
    category: 'ecological',
    provenance: [cite(DOC, 314, '逐步完善以南明河干流为主线,小车河、麻堤河等支流齐抓共管的流域内城市建成区全覆盖的截污体系')],
    layers: [{ id: 'river-system', file: 'river-system.geojson', title: text('南明河干流与支流', 'The 南明河 and its tributaries') }],
    tour: [
      { camera: cam(106.71, 26.565, 12.6), caption: text('以南明河干流为主线,小车河、麻堤河等支流齐抓共管,截污体系覆盖流域内城市建成区。',
        'The 南明河 main stem is the main line; 小车河, 麻堤河 and other tributaries are managed together.'), layers: ['river-system'] },
      { camera: cam(106.68, 26.55, 13.4), caption: text('支流小车河在太慈桥附近汇入南明河。', 'The 小车河 joins the 南明河 near 太慈桥.'), features: ['nm-tributary-xiaoche'] },
    ],
    notDrawn: [
      undrawn(['支流:麻堤河', 'Tributary: 麻堤河'], ['麻堤河的河道凭一般地理知识无法可靠描出。', 'The course of 麻堤河 cannot be traced reliably from general knowledge.'], 314, '小车河、麻堤河等支流齐抓共管'),
    ],
  },
];

writeManifest(PLAN_ID, {
  id: PLAN_ID,
  title: text('贵阳市南明区国民经济和社会发展第十四个五年规划和2035年远景目标纲要(2022年更新)',
    'Outline of the 14th Five-Year Plan and Long-Range Objectives to 2035 of Nanming District, Guiyang (2022 update)'),
  region: { name: text('贵阳市南明区', 'Nanming District, Guiyang'), code: NANMING, counties: COUNTIES },
  issuer: text('南明区人民政府(文本未署名,推定)', 'Nanming District People’s Government (not named in the text; presumed)'),
  date: '2022',
  period: '2021–2025',
  source: {
    document: DOC,
    title: '贵阳市南明区国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
    file: '001_3ad0bd4780363ad6.txt',
  },
  camera: cam(106.76, 26.56, 11.2),
  structures,
});
console.log(`南明河 ${riverKm} km, ${riverSharePct}% inside the district; 永乐 centre ${yongleCentre}`);
