// @ts-check
/**
 * Writes the plan package of seed 004, the 14th Five-Year Plan and 2035 vision of 七星关区 (毕节市):
 * the central-city frame (一城三区, 一环三干, 一区五组团), the town system (七星捧月·众星引领), the
 * industrial layout (一区多园), the ecological barrier (两江上游, 赤水河/白甫河 corridors), the tourism
 * space (一城两廊四组团), the 刺梨 belts and the five 医养结合片区.
 *
 * Township seats are hand-placed (no gazetteer ships with the repository): each carries the reason
 * for its place and is checked to lie inside the district polygon of the embedded basemap.
 * Run from the repository root: `node scripts/plans/qixingguan-14th-fyp.mjs`.
 */
import * as turf from '@turf/turf';
import { cite, countyFeature, countySeat, writeLayer, writeManifest } from '../lib/plan-build.mjs';
import { partitionCounty, mergeCells } from '../lib/township-partition.mjs';

const PLAN_ID = 'qixingguan-14th-fyp';
const DOC = '004';
const QXG = '520502';
const DAFANG = '520521';

/** A quote of exactly `from`, or from `from` to the end of the first `to` after it. @param {number} line @param {string} from @param {string} [to] */
const q = (line, from, to = from) => cite(DOC, line, from, to);
/** @param {string} zh @param {string} en */
const t = (zh, en) => ({ zh, en });

/**
 * Seats of the district's towns and townships (镇/乡) and of the central city, WGS84. None is
 * surveyed: they come from highway service-area anchors where one exists, else from the
 * neighbour relations and road sequences of public town pages and of this plan, and each was
 * moved where needed so that it lies inside the basemap's district polygon (whose north-west
 * border with 镇雄 runs south-west from 鸡鸣三省 to about 105.18°E, 27.37°N, and whose border
 * with 大方 runs north-east from 105.43°E, 27.30°N to the 赤水河 at 105.93°E).
 * @type {Record<string, { zh: string, en: string, lon: number, lat: number, basis: string }>}
 */
const SEATS = {
  city: { zh: '中心城区', en: 'Central city', lon: 105.2863, lat: 27.3019, basis: 'old town of 毕节 (GeoNames city point)' },
  changchunbao: { zh: '长春堡镇', en: 'Changchunbao', lon: 105.19, lat: 27.26, basis: 'west of the city on the 毕威 expressway' },
  salaxi: { zh: '撒拉溪镇', en: 'Salaxi', lon: 105.03, lat: 27.19, basis: 'about 33 km south-west of the city on the 毕威 expressway' },
  yangjiawan: { zh: '杨家湾镇', en: 'Yangjiawan', lon: 105.1, lat: 27.13, basis: 'south-west, near the 毕威 expressway' },
  yindi: { zh: '阴底乡', en: 'Yindi', lon: 105.09, lat: 27.1, basis: 'south of 撒拉溪, near the southern border' },
  yejiao: { zh: '野角乡', en: 'Yejiao', lon: 104.99, lat: 27.15, basis: 'far south-west, against the 赫章 border' },
  fangzhu: { zh: '放珠镇', en: 'Fangzhu', lon: 105.06, lat: 27.27, basis: 'on county road X5E0 杨家湾—放珠—大河—青场' },
  dahe: { zh: '大河乡', en: 'Dahe', lon: 104.99, lat: 27.32, basis: 'on X5E0 between 放珠 and 青场' },
  qingchang: { zh: '青场镇', en: 'Qingchang', lon: 105.02, lat: 27.365, basis: 'north end of X5E0, toward 镇雄' },
  qianxi: { zh: '千溪乡', en: 'Qianxi', lon: 105.1, lat: 27.385, basis: 'north-west, between 青场 and 水箐' },
  shuiqing: { zh: '水箐镇', en: 'Shuiqing', lon: 105.153, lat: 27.347, basis: '水箐 service area of the 毕镇 expressway' },
  longchangying: { zh: '龙场营镇', en: 'Longchangying', lon: 105.245, lat: 27.425, basis: 'west end of the 海龙 road, near the 镇雄 border' },
  puyi: { zh: '普宜镇', en: 'Puyi', lon: 105.265, lat: 27.5, basis: 'on S306 beyond 小吉场, near the 镇雄 border' },
  tiankan: { zh: '田坎乡', en: 'Tiankan', lon: 105.3, lat: 27.6, basis: 'north-west, south-west of 鸡鸣三省' },
  xiaojichang: { zh: '小吉场镇', en: 'Xiaojichang', lon: 105.33, lat: 27.47, basis: 'on S306 between 海子街 and 普宜' },
  dayin: { zh: '大银镇', en: 'Dayin', lon: 105.32, lat: 27.56, basis: 'west of 燕子口' },
  heguantun: { zh: '何官屯镇', en: 'Heguantun', lon: 105.35, lat: 27.41, basis: 'north of the city, on the 叙毕 railway' },
  tianbaqiao: { zh: '田坝桥镇', en: 'Tianbaqiao', lon: 105.34, lat: 27.35, basis: 'north-east of the city, linked to 观音桥 by road' },
  duipo: { zh: '对坡镇', en: 'Duipo', lon: 105.4, lat: 27.45, basis: 'near the 金银山 service area of the 厦蓉 expressway' },
  haizijie: { zh: '海子街镇', en: 'Haizijie', lon: 105.44, lat: 27.406, basis: 'a cadastral parcel in 海子街镇' },
  bazhai: { zh: '八寨镇', en: 'Bazhai', lon: 105.48, lat: 27.42, basis: 'first town of the 毕生 expressway belt, east of 海子街' },
  cengtai: { zh: '层台镇', en: 'Cengtai', lon: 105.46, lat: 27.475, basis: 'south of 燕子口' },
  ashi: { zh: '阿市乡', en: 'Ashi', lon: 105.53, lat: 27.5, basis: 'east, against the 大方 border' },
  yanzikou: { zh: '燕子口镇', en: 'Yanzikou', lon: 105.43, lat: 27.53, basis: 'between 对坡 and 林口 on the 厦蓉 expressway' },
  liangyan: { zh: '亮岩镇', en: 'Liangyan', lon: 105.53, lat: 27.57, basis: 'east of 燕子口' },
  linkou: { zh: '林口镇', en: 'Linkou', lon: 105.378, lat: 27.608, basis: '林口 parking area of the 厦蓉 expressway' },
  tuanjie: { zh: '团结乡', en: 'Tuanjie', lon: 105.4, lat: 27.7, basis: 'east of 鸡鸣三省 (“东接团结”)' },
  shengji: { zh: '生机镇', en: 'Shengji', lon: 105.47, lat: 27.75, basis: '生机 parking area where the 厦蓉 expressway crosses the 赤水河' },
  qingshuipu: { zh: '清水铺镇', en: 'Qingshuipu', lon: 105.55, lat: 27.64, basis: 'east of 林口, about 20 km by road from the 赤水河 bridge' },
  datun: { zh: '大屯乡', en: 'Datun', lon: 105.8, lat: 27.685, basis: 'north-east corner of the district, in its arm along the 赤水河' },
  yachi: { zh: '鸭池镇', en: 'Yachi', lon: 105.38, lat: 27.21, basis: 'south-east of the city, site of the 毕节 thermal power plant' },
  zhuchang: { zh: '朱昌镇', en: 'Zhuchang', lon: 105.275, lat: 27.175, basis: '朱昌 parking area of the 杭瑞 expressway' },
  tianba: { zh: '田坝镇', en: 'Tianba', lon: 105.2, lat: 27.1, basis: 'south, above the 六冲河 (夹岩 dam site)' },
  baiyanglin: { zh: '柏杨林街道', en: 'Baiyanglin', lon: 105.36, lat: 27.28, basis: 'east of the city toward 金海湖新区' },
  lishu: { zh: '梨树镇', en: 'Lishu', lon: 105.42, lat: 27.29, basis: 'east of 柏杨林, administered by 金海湖新区' },
};

/** Places that are not town seats. @type {Record<string, [number, number]>} */
const PLACES = {
  jinhaihu: [105.43, 27.315], // 金海湖新区: east of the city, toward 飞雄 airport; no seat given in the text
  jimingsansheng: [105.31, 27.69], // 鸡鸣三省: published E105°18′–19′, N27°40′–42′
  chating: [105.2586, 27.2983], // 茶亭 parking area of the 毕节绕城 expressway
  hantun: [105.469, 27.346], // 汉屯 service area shared by 绕城 and 厦蓉
  jinyinshan: [105.405, 27.446], // 金银山 service area of the 厦蓉 expressway
  longchangping: [105.13, 27.208], // 龙昌坪 service area of the 毕威 expressway
  xiongga: [105.07, 27.12], // 雄噶 (雄嘎) village, about 15 km south of the 撒拉溪 seat
};

/** @param {keyof typeof SEATS} id @returns {[number, number]} */
const seat = (id) => [SEATS[id].lon, SEATS[id].lat];

const NOTE_SEAT = t(
  '点位取乡镇驻地的近似位置(依高速服务区坐标或相邻关系推定,未经测绘);文本未给出其具体范围或选址。',
  'Placed at the approximate seat of the town (from highway service-area anchors or neighbour relations, not surveyed); the text gives no site or extent.',
);

/**
 * A plan feature with the properties every layer carries.
 * @param {string} id @param {{zh: string, en: string}} name @param {string} role
 * @param {import('geojson').Geometry} geometry
 * @param {{ accuracy: string, note: {zh: string, en: string}, method: string, prov: any[], counties?: string[], figures?: any[] }} o
 */
function feature(id, name, role, geometry, o) {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id, name, role, accuracy: o.accuracy, accuracyNote: o.note, method: o.method,
      provenance: o.prov, counties: o.counties ?? [QXG], ...(o.figures ? { figures: o.figures } : {}),
    },
  };
}

/** A feature at a town seat, drawn as a point. */
function seatFeature(/** @type {string} */ id, /** @type {keyof typeof SEATS} */ town, /** @type {{zh:string,en:string}} */ name, /** @type {string} */ role, /** @type {any[]} */ prov, extra = {}) {
  return feature(id, name, role, turf.point(seat(town)).geometry, { accuracy: 'approximate', note: NOTE_SEAT, method: 'named-place', prov, ...extra });
}

/** @param {string} key @param {string} zh @param {string} en @param {number} value @param {string} unit @param {number} line @param {number} [year] */
const figure = (key, zh, en, value, unit, line, year) => ({ key, label: t(zh, en), value, unit, ...(year ? { year } : {}), line });

/** @param {[number, number]} center @param {number} zoom */
const camera = (center, zoom) => ({ center, zoom });

// ---------------------------------------------------------------- 一城三区 / 一环三干

const P_ONE_CITY = q(720, '认真落实“一城三区”', '一体化发展');
const P_ONE_CITY_1523 = q(1523, '严格落实市委、市政府“一城三区”', '一体化发展');

function oneCityThreeDistricts() {
  const note = t(
    '文本未列出“三区”;本包依文本一再将“一城三区”与“七星关—金海湖—大方一体化”并提(第720、1503、1523行),取七星关、金海湖新区、大方三地,以点表示。',
    'The text never lists the three districts; because it always pairs 一城三区 with the 七星关—金海湖—大方 integration (lines 720, 1503, 1523), they are read as 七星关, 金海湖新区 and 大方 and drawn as points.',
  );
  return [
    feature('ycsq-qixingguan', t('七星关中心城区', 'Qixingguan central city'), 'core', turf.point(seat('city')).geometry, {
      accuracy: 'approximate', note, method: 'named-place', prov: [P_ONE_CITY, q(1503, '加快老城区更新提升', '一体化发展')],
      figures: [
        figure('built-up-area', '城市建成区面积', 'Built-up area', 58, '平方公里', 1521, 2025),
        figure('urban-population', '城镇常住人口', 'Urban resident population', 73, '万人', 1521, 2025),
      ],
    }),
    feature('ycsq-jinhaihu', t('金海湖新区', 'Jinhaihu New Area'), 'node', turf.point(PLACES.jinhaihu).geometry, {
      accuracy: 'schematic', method: 'schematic-symbol', prov: [P_ONE_CITY_1523],
      note: t('金海湖新区位于城区以东、飞雄机场方向,文本未给出其驻地或范围,以示意点表示。' + note.zh, 'Jinhaihu lies east of the city toward Feixiong airport; the text gives neither seat nor extent, so a schematic point. ' + note.en),
    }),
    feature('ycsq-dafang', t('大方县城', 'Dafang county town'), 'node', turf.point(countySeat(DAFANG)).geometry, {
      accuracy: 'approximate', method: 'named-place', prov: [P_ONE_CITY_1523], counties: [DAFANG],
      note: t('点位取底图大方县标注点(近县城)。' + note.zh, 'At the basemap label of Dafang County, near its town. ' + note.en),
    }),
  ];
}

/** An ellipse through two points on its long axis, as a closed ring of `steps` vertices. */
function ellipseThrough(/** @type {[number, number]} */ a, /** @type {[number, number]} */ b, /** @type {number} */ ratio, steps = 48) {
  const [cx, cy] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [ux, uy] = [(b[0] - a[0]) / 2, (b[1] - a[1]) / 2];
  const k = Math.cos((cy * Math.PI) / 180);
  const [vx, vy] = [(-uy / k) * ratio, ux * k * ratio];
  const ring = Array.from({ length: steps }, (_, i) => {
    const th = (2 * Math.PI * i) / steps + Math.PI;
    return [cx + ux * Math.cos(th) + vx * Math.sin(th), cy + uy * Math.cos(th) + vy * Math.sin(th)];
  });
  return [...ring, ring[0]];
}

function ringAndTrunks() {
  const ring = ellipseThrough(PLACES.chating, PLACES.hantun, 0.55);
  const corridor = [seat('city'), PLACES.jinhaihu, countySeat(DAFANG)];
  return [
    feature('yhsg-ring', t('一环:中心城市环线', 'The ring around the central city'), 'axis', turf.lineString(ring).geometry, {
      accuracy: 'schematic', method: 'schematic-symbol', prov: [q(1523, '完善“一城三区”“一环三干”', '发展布局')],
      note: t('文本只称“一环”,未给走向;以经过毕节绕城高速茶亭、汉屯两处服务区的椭圆示意。', 'The text only names “the ring”; drawn as an ellipse through the 茶亭 and 汉屯 service areas of the 毕节 ring expressway, as a symbol.'),
    }),
    feature('yhsg-third-express', t('七星关金海湖大方同城化第三快速通道', 'Third expressway of the 七星关—金海湖—大方 integration'), 'axis', turf.lineString(corridor).geometry, {
      accuracy: 'schematic', method: 'schematic-symbol', counties: [QXG, DAFANG], prov: [q(1523, '推进七星关金海湖大方同城化第三快速通道', '项目建设')],
      note: t('文本只给通道名称与所连三地;以城区经金海湖新区至大方县城的示意折线表示,并非线位。', 'The text gives only the name and the three places it joins; a schematic polyline from the city via 金海湖 to 大方, not an alignment.'),
    }),
  ];
}

// ---------------------------------------------------------------- 七星捧月 / 一区五组团

function townSystem() {
  const prov = [q(1503, '推进撒拉溪镇、清水铺镇等县域副中心集镇建设')];
  return [
    feature('xqpy-moon', t('“月”:中心城区', 'The moon: the central city'), 'core', turf.point(seat('city')).geometry, {
      accuracy: 'approximate', method: 'named-place', prov: [q(1523, '围绕“七星捧月·众星引领”', '发展之路'), q(1503, '继续推进“七星捧月”中心城市规划布局')],
      note: t('“七星捧月”以中心城区为“月”;点位在毕节老城。', '“Seven stars around the moon” has the central city as the moon; the point is at the old town.'),
      figures: [figure('new-urban-population', '新增城镇人口', 'New urban residents', 9, '万人', 1503, 2025)],
    }),
    seatFeature('xqpy-salaxi', 'salaxi', t('县域副中心:撒拉溪镇', 'County sub-centre: Salaxi'), 'sub-core', prov),
    seatFeature('xqpy-qingshuipu', 'qingshuipu', t('县域副中心:清水铺镇', 'County sub-centre: Qingshuipu'), 'sub-core', prov),
  ];
}

function centralCityClusters() {
  const radiusKm = Math.sqrt(58 / Math.PI);
  const node = (/** @type {string} */ id, /** @type {{zh:string,en:string}} */ name, /** @type {[number, number]} */ at, /** @type {any[]} */ prov) => feature(id, name, 'node', turf.point(at).geometry, {
    accuracy: 'schematic', method: 'schematic-symbol', prov,
    note: t('文本点名的城区片区,点位仅示相对方位;文本未说明它是否为“五组团”之一。', 'A part of the city the text names; the point shows only its rough direction, and the text does not say whether it is one of the five clusters.'),
  });
  const p1503 = q(1503, '加快推进德溪、碧海、鸭池等新城区提质扩容');
  return [
    feature('yqwzt-central-district', t('“一区”:中心城区', 'The district: the central city'), 'zone', turf.circle(seat('city'), radiusKm, { steps: 64, units: 'kilometers' }).geometry, {
      accuracy: 'schematic', method: 'schematic-symbol', prov: [q(720, '围绕“一区五组团”中心城区发展目标', '首位度'), q(1521, '城市建成区面积达到58平方公里以上')],
      note: t('以老城为心、面积等于2025年建成区目标58平方公里的圆示意,不是城区边界。', 'A circle around the old town whose area equals the 2025 built-up target of 58 km²; a symbol, not the urban boundary.'),
      figures: [figure('built-up-area', '城市建成区面积', 'Built-up area', 58, '平方公里', 1521, 2025)],
    }),
    node('yqwzt-old-town', t('老城区', 'Old town'), seat('city'), [q(720, '丰富老城区内涵', '新城区发展')]),
    node('yqwzt-dexi', t('德溪新城区', 'Dexi new district'), [105.265, 27.335], [p1503]),
    node('yqwzt-bihai', t('碧海新城区', 'Bihai new district'), [105.32, 27.29], [p1503]),
    node('yqwzt-yachi', t('鸭池新城区', 'Yachi new district'), seat('yachi'), [p1503]),
    node('yqwzt-south', t('南部新区', 'Southern new district'), [105.29, 27.26], [q(1523, '实施七星关区中心城区、碧海片区、南部新区等区域污水治理项目')]),
  ];
}

// ---------------------------------------------------------------- 一区多园

/** The twelve parks of 专栏7 that sit at a named town: [id, town, zh, en, line, first words]. */
const TOWN_PARKS = /** @type {const} */ ([
  ['yqdy-yachi', 'yachi', '鸭池热电联产和中国建材产业园', 'Yachi combined heat & power and China Building Materials park', 1425, '2.鸭池热电联产和中国建材产业园'],
  ['yqdy-zhuchang', 'zhuchang', '朱昌特色食品产业园', 'Zhuchang speciality food park', 1427, '3.朱昌特色食品产业园'],
  ['yqdy-changchunbao', 'changchunbao', '长春堡新型环保建材产业园', 'Changchunbao green building materials park', 1429, '4.长春堡新型环保建材产业园'],
  ['yqdy-heguantun', 'heguantun', '何官屯创业园', 'Heguantun enterprise park', 1431, '5.何官屯创业园'],
  ['yqdy-linkou', 'linkou', '林口创业园', 'Linkou enterprise park', 1433, '6.林口创业园'],
  ['yqdy-puyi', 'puyi', '普宜创业园', 'Puyi enterprise park', 1435, '7.普宜创业园'],
  ['yqdy-qingchang', 'qingchang', '青场创业园', 'Qingchang enterprise park', 1437, '8.青场创业园'],
  ['yqdy-qingshuipu', 'qingshuipu', '清水铺创业园', 'Qingshuipu enterprise park', 1439, '9.清水铺创业园'],
  ['yqdy-longchangying', 'longchangying', '龙场营创业园', 'Longchangying enterprise park', 1441, '10.龙场营创业园'],
  ['yqdy-xiaojichang', 'xiaojichang', '小吉场创业园', 'Xiaojichang enterprise park', 1443, '11.小吉场创业园'],
  ['yqdy-salaxi', 'salaxi', '撒拉溪创业园', 'Salaxi enterprise park', 1445, '12.撒拉溪创业园'],
]);

function industrialParks() {
  const zone = feature('yqdy-development-zone', t('一区:七星关经济开发区', 'The zone: Qixingguan Economic Development Zone'), 'core', turf.point([105.35, 27.265]).geometry, {
    accuracy: 'schematic', method: 'schematic-symbol', prov: [q(1421, '一区:七星关经济开发区', '白酒等产业'), q(1417, '构建七星关区“一区多园”的工业发展大格局')],
    note: t('文本未给开发区位置;以城区东南、柏杨林易地扶贫搬迁安置区一带的示意点表示(开发区内建易地扶贫搬迁产业园)。', 'The text does not place the zone; a schematic point south-east of the city near the 柏杨林 resettlement area, since the zone is to hold the resettlement industrial park.'),
    figures: [
      figure('building-materials-output', '新型建材工业总产值', 'Output of new building materials', 50, '亿元', 1447, 2025),
      figure('investment-intensity', '经济开发区用地投资强度', 'Investment per mu in the development zone', 300, '万元/亩', 1525),
    ],
  });
  const parks = TOWN_PARKS.map(([id, town, zh, en, line, from]) => seatFeature(id, town, t(zh, en), 'park', [q(line, from, '。')]));
  return [zone, ...parks];
}

// ---------------------------------------------------------------- 两江上游 / 赤水河

/**
 * The 赤水河 where it is the border between the district and Sichuan (叙永, 古蔺): the district's
 * ring in the basemap from 鸡鸣三省 downstream to the 金沙 border, reversed into the flow direction.
 */
function chishuiCourse() {
  const ring = /** @type {import('geojson').Polygon} */ (countyFeature(QXG).geometry).coordinates[0];
  const near = (/** @type {number[]} */ p, /** @type {number[]} */ r) => Math.hypot(p[0] - r[0], p[1] - r[1]) < 0.004;
  const start = ring.findIndex((p) => near(p, [105.3053, 27.70938]));
  const end = ring.findIndex((p) => near(p, [105.92922, 27.73108]));
  if (start < 0 || end < 0 || end > start) throw new Error('赤水河 border vertices not found in the basemap ring');
  return ring.slice(end, start + 1).reverse();
}

function barrier() {
  return [
    feature('ljsy-barrier', t('“两江上游”生态安全屏障(全区)', '“Upper reaches of two rivers” ecological barrier (whole district)'), 'barrier', countyFeature(QXG).geometry, {
      accuracy: 'approximate', method: 'county-union', prov: [q(1621, '筑牢“两江上游”生态安全屏障'), q(1647, '围绕赤水河流域、乌江流域两大重点流域', '安全屏障')],
      note: t('文本把全区作为赤水河、乌江两江上游的屏障,故取全区范围(底图区界);两流域的分水线文本未给出,未作划分。', 'The text makes the whole district the upstream barrier of the 赤水河 and 乌江, so it is the district polygon of the basemap; the divide between the two basins is not given and is not drawn.'),
      figures: [figure('forest-cover', '森林覆盖率', 'Forest cover', 60, '%', 740, 2025)],
    }),
  ];
}

function riverCorridors() {
  return [
    feature('ljsy-chishui-corridor', t('赤水河生态廊道', 'Chishui River ecological corridor'), 'corridor', turf.lineString(chishuiCourse()).geometry, {
      accuracy: 'approximate', method: 'traced', counties: [QXG, '510524', '510525'], prov: [q(1643, '赤水河、白甫河等主要流域生态廊道建设工程'), q(1621, '不断强化长江上游和赤水河流域重要生态屏障建设')],
      note: t('取赤水河作为川黔界河的一段:沿底图中本区与叙永、古蔺的界线,自鸡鸣三省至金沙界,为两岸共有(亦属叙永、古蔺);底图界线经过简化,河道细节不准。', 'The stretch where the 赤水河 is the Sichuan–Guizhou border, traced along the basemap border with 叙永 and 古蔺 from 鸡鸣三省 to the 金沙 border, so it belongs to both banks (叙永 and 古蔺 too); the basemap border is simplified, so meanders are lost.'),
    }),
  ];
}

function restorationSites() {
  const prov = [q(1621, '赤水河流域七星关区渭河鸡鸣三省', '修复等工程项目建设')];
  const schematic = t('文本只给地名;点位在所在乡镇驻地或景区附近,为示意。', 'The text gives only the name; the point is at the town seat or scenic area it belongs to, as a symbol.');
  const site = (/** @type {string} */ id, /** @type {{zh:string,en:string}} */ name, /** @type {[number, number]} */ at, note = schematic, accuracy = 'schematic') => feature(id, name, 'node', turf.point(at).geometry, {
    accuracy, note, method: accuracy === 'schematic' ? 'schematic-symbol' : 'named-place', prov,
  });
  return [
    site('ljsy-weihe-jimingsansheng', t('渭河鸡鸣三省治理修复', 'Weihe at Jimingsansheng restoration'), [105.305, 27.685], t('鸡鸣三省有公开经纬度(东经105°18′–19′,北纬27°40′–42′),渭河在此汇入赤水河。', 'Jimingsansheng has published coordinates (E105°18′–19′, N27°40′–42′); the Weihe joins the 赤水河 there.'), 'approximate'),
    site('ljsy-dushanhu', t('清水铺独山湖治理修复', 'Dushan Lake (Qingshuipu) restoration'), seat('qingshuipu')),
    site('ljsy-mianyuhe-xinzhuang', t('沔鱼河新庄治理修复', 'Mianyu River at Xinzhuang restoration'), seat('yanzikou'), t('沔鱼河源于对坡、经燕子口入赤水河;新庄未定位,点在燕子口镇驻地,为示意。', 'The Mianyu rises at 对坡 and flows through 燕子口 to the 赤水河; 新庄 is not located, so the point is at the 燕子口 seat, as a symbol.')),
    site('ljsy-tuanjie', t('团结治理修复', 'Tuanjie restoration'), seat('tuanjie')),
  ];
}

// ---------------------------------------------------------------- 一城两廊四组团

/** The four 民族 villages of the 民族风情 corridor, in the order the corridor links them. */
const ETHNIC_VILLAGES = /** @type {const} */ ([
  ['ylsz-xiongga', '雄噶苗寨', 'Xiongga Miao village', PLACES.xiongga, '撒拉溪镇雄噶村,在驻地以南约15公里', 'Xiongga village of 撒拉溪, about 15 km south of its seat'],
  ['ylsz-dananshan', '大南山苗寨', 'Dananshan Miao village', seat('yanzikou'), '燕子口镇,点在镇驻地', 'in 燕子口, at the town seat'],
  ['ylsz-zhongzhai', '阿市中寨', 'Zhongzhai (Ashi)', seat('ashi'), '阿市乡,点在乡驻地', 'in 阿市, at the township seat'],
  ['ylsz-sanguan', '三官彝寨', 'Sanguan Yi village', seat('datun'), '大屯乡,点在乡驻地', 'in 大屯, at the township seat'],
]);

function tourismPattern() {
  const p1569 = q(1569, '构建“一城两廊四组团”', '全景旅游空间格局');
  const p1559 = q(1559, '打造民族四寨', '民族风情联动发展廊');
  const villages = ETHNIC_VILLAGES.map(([id, zh, en, at, nzh, nen]) => feature(id, t(zh, en), 'node', turf.point([...at]).geometry, {
    accuracy: 'schematic', method: 'schematic-symbol', prov: [p1559],
    note: t(`村寨未定位:${nzh}。`, `Village not located: ${nen}.`),
  }));
  return [
    feature('ylsz-city', t('一城:七星关城区', 'The city: Qixingguan urban area'), 'core', turf.point(seat('city')).geometry, {
      accuracy: 'approximate', method: 'named-place', prov: [p1569, q(1569, '立足“一河百园”城市生态功能网布局', '为引领')],
      note: t('点位在毕节老城;城区范围文本未给出。', 'At the old town of 毕节; the text gives no extent for the urban area.'),
      figures: [
        figure('4a-scenic-areas', '4A级旅游景区', '4A scenic areas', 3, '家', 1557, 2025),
        figure('3a-scenic-areas', '3A级旅游景区', '3A scenic areas', 10, '家', 1557, 2025),
        figure('tourist-beds', '旅游住宿设施床位', 'Tourist beds', 2.5, '万个', 1559, 2025),
      ],
    }),
    feature('ylsz-ethnic-corridor', t('民族风情联动发展廊', 'Ethnic-culture corridor'), 'corridor', turf.lineString(ETHNIC_VILLAGES.map((v) => [...v[3]])).geometry, {
      accuracy: 'schematic', method: 'schematic-symbol', prov: [p1569, p1559],
      note: t('廊道由“民族四寨”构成,文本未给线路;以依次连接四寨示意点的折线表示。', 'The corridor is formed by the four ethnic villages; the text gives no route, so a polyline joins their schematic points.'),
    }),
    ...villages,
    feature('ylsz-jimingsansheng', t('鸡鸣三省红色文化组团', 'Jimingsansheng red-culture cluster'), 'cluster', turf.point(PLACES.jimingsansheng).geometry, {
      accuracy: 'approximate', method: 'named-place', prov: [p1569, q(1557, '力争把鸡鸣三省旅游景区打造成为国家5A级旅游景区')],
      note: t('鸡鸣三省景区有公开经纬度(东经105°18′–19′,北纬27°40′–42′,林口镇);组团范围文本未给出。', 'The Jimingsansheng scenic area has published coordinates (E105°18′–19′, N27°40′–42′, in 林口); the cluster’s extent is not given.'),
    }),
    feature('ylsz-datun', t('大屯土司彝族文化组团', 'Datun chieftain Yi-culture cluster'), 'cluster', turf.point(seat('datun')).geometry, {
      accuracy: 'schematic', method: 'schematic-symbol', prov: [p1569, q(1583, '大屯土司庄园文化旅游区建设项目')],
      note: t('以大屯土司庄园所在的大屯乡驻地示意;庄园本身与组团范围未定位。', 'A symbol at the seat of 大屯, where the chieftain’s manor is; neither the manor nor the cluster is located.'),
    }),
  ];
}

// ---------------------------------------------------------------- 刺梨示范带

/** @param {string} id @param {{zh:string,en:string}} name @param {[number, number][]} path @param {number} line @param {string} from @param {string} noteZh @param {string} noteEn */
function belt(id, name, path, line, from, noteZh, noteEn) {
  return feature(id, name, 'belt', turf.lineString(path).geometry, {
    accuracy: 'approximate', method: 'traced', prov: [q(line, from, '示范带')], note: t(noteZh, noteEn),
  });
}

function ciliBelts() {
  return [
    belt('cili-biwei', t('毕威高速刺梨产业示范带', 'Bijie–Weining expressway rosa roxburghii belt'),
      [seat('city'), seat('changchunbao'), PLACES.longchangping, seat('salaxi'), seat('yangjiawan')], 1317, '以毕威高速沿线长春堡',
      '沿毕威高速(经龙昌坪服务区)连接长春堡、撒拉溪、杨家湾三镇驻地的折线;镇驻地为近似位置。', 'Along the 毕威 expressway (via the 龙昌坪 service area) through the seats of 长春堡, 撒拉溪 and 杨家湾; the seats are approximate.'),
    belt('cili-bisheng', t('毕生高速刺梨产业示范带', 'Bijie–Shengji expressway rosa roxburghii belt'),
      [seat('bazhai'), PLACES.jinyinshan, seat('yanzikou'), seat('linkou'), seat('shengji')], 1317, '以毕生高速沿线八寨',
      '毕生高速取厦蓉高速毕节至生机段;折线经八寨、金银山服务区、燕子口、林口、生机。', 'The 毕生 expressway is read as the 厦蓉 (G76) section from 毕节 to 生机; the line runs through 八寨, the 金银山 service area, 燕子口, 林口 and 生机.'),
    belt('cili-hailong', t('海龙公路刺梨产业示范带', 'Haizijie–Longchangying road rosa roxburghii belt'),
      [seat('haizijie'), seat('xiaojichang'), seat('puyi'), seat('longchangying')], 1317, '以海子街、小吉场',
      '海龙公路线位文本未给;以依次连接海子街、小吉场、普宜、龙场营驻地的折线表示。', 'The road’s alignment is not given; a polyline joins the seats of 海子街, 小吉场, 普宜 and 龙场营 in order.'),
  ];
}

// ---------------------------------------------------------------- 五大医养结合片区

/** Each 片区 name is made of the first syllables of its towns (燕子口 + 林口 + 清水铺 = 燕林清). */
const CARE_AREAS = /** @type {const} */ ([
  ['yyjh-yanlinqing', '燕林清片区', 'Yan-Lin-Qing area', ['yanzikou', 'linkou', 'qingshuipu'], '燕子口、林口、清水铺', 'Yanzikou, Linkou, Qingshuipu'],
  ['yyjh-yangqingchang', '杨青长片区', 'Yang-Qing-Chang area', ['yangjiawan', 'qingchang', 'changchunbao'], '杨家湾、青场、长春堡', 'Yangjiawan, Qingchang, Changchunbao'],
  ['yyjh-yazhuyin', '鸭朱阴片区', 'Ya-Zhu-Yin area', ['yachi', 'zhuchang', 'yindi'], '鸭池、朱昌、阴底', 'Yachi, Zhuchang, Yindi'],
  ['yyjh-jipulong', '吉普龙片区', 'Ji-Pu-Long area', ['xiaojichang', 'puyi', 'longchangying'], '小吉场、普宜、龙场营', 'Xiaojichang, Puyi, Longchangying'],
  ['yyjh-guanhai', '官海片区', 'Guan-Hai area', ['heguantun', 'haizijie'], '何官屯、海子街', 'Heguantun, Haizijie'],
]);

function careAreas() {
  const ids = Object.keys(SEATS);
  const cells = partitionCounty(countyFeature(QXG), ids.map((id) => ({ id, lon: SEATS[id].lon, lat: SEATS[id].lat })));
  const prov = [q(1838, '推进燕林清、杨青长、鸭朱阴、吉普龙、官海5大片区医养结合项目建设')];
  return CARE_AREAS.map(([id, zh, en, towns, tzh, ten]) => feature(id, t(zh, en), 'zone', mergeCells(cells, [...towns]).geometry, {
    accuracy: 'approximate', method: 'township-partition', prov,
    note: t(
      `片区名取自所含乡镇的首字,读作${tzh};范围为这些乡镇驻地的泰森多边形(以全区${ids.length}个驻地划分、裁至区界)之并,驻地为近似位置,乡镇界线未经测绘;片区若分成几块,反映的是驻地推定的误差,而非文本。`,
      `The name is made of the first syllables of its towns, read as ${ten}; the area is the union of their seats’ Voronoi cells (${ids.length} seats across the district, clipped to it); seats are approximate and no surveyed township boundary was used; an area that falls apart into pieces shows the error of the seat placement, not the text.`,
    ),
  }));
}

// ---------------------------------------------------------------- manifest

/** @param {string} id @param {string} file @param {string} zh @param {string} en */
const layer = (id, file, zh, en) => ({ id, file, title: t(zh, en) });
/** @param {[number, number]} center @param {number} zoom @param {string} zh @param {string} en @param {{layers?: string[], features?: string[]}} [ids] */
const step = (center, zoom, zh, en, ids = {}) => ({ camera: camera(center, zoom), caption: t(zh, en), ...ids });
/** @param {string} zh @param {string} en @param {string} rzh @param {string} ren @param {any[]} prov */
const undrawn = (zh, en, rzh, ren, prov) => ({ name: t(zh, en), reason: t(rzh, ren), provenance: prov });

const CITY_VIEW = /** @type {[number, number]} */ ([105.33, 27.3]);
const DISTRICT_VIEW = /** @type {[number, number]} */ ([105.39, 27.42]);

const STRUCTURES = [
  {
    id: 'one-city-three-districts', slogan: '一城三区', name: t('“一城三区”中心城市发展布局', 'One city, three districts'), category: 'spatial-pattern',
    provenance: [P_ONE_CITY, q(1503, '积极推进“一城三区”一体化空间布局'), P_ONE_CITY_1523],
    layers: [layer('central-city-frame', 'central-city-frame.geojson', '一城三区', 'One city, three districts')],
    tour: [
      step([105.45, 27.24], 9.6, '落实“一城三区”中心城市发展布局,以中心城区为核心,推动七星关—金海湖—大方一体化发展。', 'The central-city frame of one city and three districts: the central city at the core, integrating 七星关, 金海湖 and 大方.', { layers: ['central-city-frame'] }),
      step(CITY_VIEW, 11, '以建成区为核心;2025年城市建成区面积58平方公里以上,城镇常住人口73万人以上。', 'The built-up area at the core: at least 58 km² and 730,000 urban residents by 2025.', { features: ['ycsq-qixingguan'] }),
    ],
    notDrawn: [
      undrawn('“一城”的范围', 'Extent of “one city”', '文本未给毕节中心城市的范围。', 'The text gives no extent for the central city of 毕节.', [P_ONE_CITY_1523]),
      undrawn('七星关—威宁黔边城市带', '七星关—威宁 Qianbian urban belt', '省级战略,文本只给两端城市,未给走向与范围。', 'A provincial strategy; the text names only its two end cities, not its course or extent.', [q(1503, '落实省政府推动七星关—威宁黔边城市带发展战略')]),
      undrawn('三个1.5小时经济圈', 'Three 1.5-hour economic circles', '文本未说明三个经济圈的中心与范围。', 'The text does not say which centres or extents the three circles have.', [q(690, '形成三个1.5小时经济圈')]),
    ],
  },
  {
    id: 'one-ring-three-trunks', slogan: '一环三干', name: t('“一环三干”中心城区交通布局', 'One ring, three trunks'), category: 'transport',
    provenance: [P_ONE_CITY, q(1523, '完善“一城三区”“一环三干”中心城区发展布局')],
    layers: [layer('ring-and-trunks', 'ring-and-trunks.geojson', '一环三干', 'One ring, three trunks')],
    tour: [
      step([105.4, 27.28], 10.2, '完善“一城三区”“一环三干”中心城区发展布局。', 'Completing the ring and three trunks of the central city.', { layers: ['ring-and-trunks'] }),
      step([105.45, 27.24], 10, '推进七星关金海湖大方同城化第三快速通道等项目建设。', 'Building the third expressway of the 七星关—金海湖—大方 integration.', { features: ['yhsg-third-express'] }),
    ],
    notDrawn: [
      undrawn('“三干”中的另两条干线', 'The other two of the three trunks', '文本只点名第三快速通道,其余两条未命名。', 'The text names only the third expressway; the other two trunks are not named.', [q(1523, '推进七星关金海湖大方同城化第三快速通道', '项目建设')]),
    ],
  },
  {
    id: 'seven-stars-holding-moon', slogan: '七星捧月·众星引领', name: t('“七星捧月·众星引领”城镇发展布局', 'Seven stars around the moon, many stars leading'), category: 'spatial-pattern',
    provenance: [q(720, '全面深化“七星捧月·众星引领”城镇发展布局'), q(1523, '围绕“七星捧月·众星引领”城镇化发展布局')],
    layers: [layer('town-system', 'town-system.geojson', '七星捧月·众星引领', 'Town system')],
    tour: [
      step([105.3, 27.42], 9.2, '围绕“七星捧月·众星引领”城镇化发展布局,走山地特色新型城镇化发展之路。', 'The town system: the central city as the moon, towns as the stars.', { layers: ['town-system'] }),
      step([105.3, 27.42], 9.4, '推进撒拉溪镇、清水铺镇等县域副中心集镇建设。', 'Building 撒拉溪 and 清水铺 as the county’s sub-centres.', { features: ['xqpy-salaxi', 'xqpy-qingshuipu'] }),
    ],
    notDrawn: [
      undrawn('“七星”与“众星”', 'The seven stars and the many stars', '文本未列出“七星”是哪七个城镇,“众星”(特色小城镇)也未列名。', 'The text does not say which seven towns are the stars, nor list the many stars (特色小城镇).', [q(1503, '加快特色小城镇建设步伐')]),
    ],
  },
  {
    id: 'one-district-five-clusters', slogan: '一区五组团', name: t('“一区五组团”中心城区发展布局', 'One district, five clusters'), category: 'spatial-pattern',
    provenance: [q(720, '围绕“一区五组团”中心城区发展目标'), q(1523, '按照“一区五组团”中心城区发展布局')],
    layers: [layer('central-city-clusters', 'central-city-clusters.geojson', '一区五组团', 'Central district and named new districts')],
    tour: [
      step(CITY_VIEW, 11, '按照“一区五组团”中心城区发展布局,持续推进城市更新,丰富老城区内涵,加快繁荣新城区。', 'The central city as one district of five clusters: renewing the old town and growing the new districts.', { layers: ['central-city-clusters'] }),
      step(CITY_VIEW, 11.3, '加快推进德溪、碧海、鸭池等新城区提质扩容。', 'Expanding the new districts of 德溪, 碧海 and 鸭池.', { features: ['yqwzt-dexi', 'yqwzt-bihai', 'yqwzt-yachi'] }),
    ],
    notDrawn: [
      undrawn('“五组团”', 'The five clusters', '文本未列出五个组团;图中的老城区、德溪、碧海、鸭池、南部新区只是文本提到的城区片区。', 'The text does not list the five clusters; the old town, 德溪, 碧海, 鸭池 and 南部新区 on the map are only parts of the city it names.', [q(1523, '按照“一区五组团”中心城区发展布局')]),
      undrawn('“一河百园”城市生态功能网', '“One river, a hundred parks” urban ecological network', '倒天河穿城段与各公园无可靠点位(文本只给公园名)。', 'No reliable positions for the city stretch of the 倒天河 or the parks; the text gives only their names.', [q(1569, '立足“一河百园”城市生态功能网布局')]),
    ],
  },
  {
    id: 'one-zone-many-parks', slogan: '一区多园', name: t('“一区多园”工业布局(一区十二园)', 'One zone, many parks (one zone, twelve parks)'), category: 'industrial',
    provenance: [q(1417, '构建七星关区“一区多园”的工业发展大格局'), q(718, '以经济开发区为龙头,深化“一区十二园”产业布局')],
    layers: [layer('industrial-parks', 'industrial-parks.geojson', '一区多园', 'Development zone and parks')],
    tour: [
      step(DISTRICT_VIEW, 9, '以经济开发区为龙头,深化“一区十二园”产业布局。', 'The development zone leading twelve parks across the district.', { layers: ['industrial-parks'] }),
      step([105.3, 27.24], 10.5, '一区:七星关经济开发区,重点发展新型建材、劳动密集型、特色食品加工、光电产业、包装产业、白酒等产业。', 'The zone: new building materials, labour-intensive industry, food, optoelectronics, packaging and liquor.', { features: ['yqdy-development-zone', 'yqdy-yachi', 'yqdy-zhuchang', 'yqdy-changchunbao'] }),
      step([105.35, 27.5], 9.6, '何官屯、林口、普宜、青场、清水铺、龙场营、小吉场、撒拉溪等创业园。', 'Enterprise parks in the towns.', { features: TOWN_PARKS.slice(3).map((p) => p[0]) }),
    ],
    notDrawn: [
      undrawn('大数据电商产业园', 'Big-data e-commerce park', '文本未给选址(只说“新区”)。', 'The text gives no site (only “the new district”).', [q(1423, '多园:1.大数据电商产业园', '产业技术')]),
      undrawn('能源与煤炭布局(风电场、煤矿、光伏)', 'Energy and coal layout (wind farms, mines, solar)', '风电场与多数煤矿文本只给名称,无法定位。', 'Wind farms and most mines are named only and cannot be placed.', [q(1449, '兼并重组保留12个煤矿', '495万吨/年')]),
    ],
  },
  {
    id: 'two-rivers-upstream-barrier', slogan: '两江上游', name: t('“两江上游”生态安全屏障', 'Ecological barrier of the upper reaches of two rivers'), category: 'ecological',
    provenance: [q(1621, '筑牢“两江上游”生态安全屏障'), q(1647, '筑牢“两江”上游生态水环境质量安全屏障')],
    layers: [
      layer('ecological-barrier', 'ecological-barrier.geojson', '两江上游生态安全屏障', 'Upper-reaches barrier'),
      layer('restoration-sites', 'restoration-sites.geojson', '赤水河流域生态系统治理修复', 'Chishui basin restoration sites'),
    ],
    tour: [
      step(DISTRICT_VIEW, 8.8, '加强生物多样性保护,筑牢“两江上游”生态安全屏障。', 'The whole district as the barrier on the upper reaches of the 赤水河 and 乌江.', { layers: ['ecological-barrier'] }),
      step([105.5, 27.66], 9.8, '推进赤水河流域七星关区渭河鸡鸣三省、清水铺独山湖、沔鱼河新庄、团结生态系统治理修复等工程。', 'Restoring ecosystems in the 赤水河 basin: 渭河 at 鸡鸣三省, 独山湖, 沔鱼河 at 新庄 and 团结.', { layers: ['restoration-sites'] }),
    ],
    notDrawn: [
      undrawn('赤水河流域与乌江流域的分界', 'The divide between the 赤水河 and 乌江 basins', '文本未给分水线,无可靠的流域边界数据。', 'The text gives no divide and no reliable basin boundary is available.', [q(1647, '围绕赤水河流域、乌江流域两大重点流域')]),
      undrawn('七星关炼硫区', 'Qixingguan sulphur-smelting area', '文本未给位置。', 'The text does not place it.', [q(1621, '支持开展七星关炼硫区生态环境治理修复')]),
    ],
  },
  {
    id: 'main-river-corridors', slogan: '赤水河、白甫河等主要流域生态廊道', name: t('赤水河、白甫河主要流域生态廊道', 'Chishui and Baifu river ecological corridors'), category: 'ecological',
    provenance: [q(1643, '赤水河、白甫河等主要流域生态廊道建设工程')],
    layers: [layer('river-corridors', 'river-corridors.geojson', '流域生态廊道', 'River corridors')],
    tour: [
      step([105.6, 27.72], 9.6, '赤水河、白甫河等主要流域生态廊道建设工程。', 'Ecological corridors along the main rivers, the 赤水河 and 白甫河.', { layers: ['river-corridors'] }),
      step([105.32, 27.7], 11, '赤水河在鸡鸣三省汇渭河,成为川黔界河。', 'At 鸡鸣三省 the 赤水河 meets the 渭河 and becomes the Sichuan–Guizhou border.', { features: ['ljsy-chishui-corridor'] }),
    ],
    notDrawn: [
      undrawn('白甫河生态廊道', 'Baifu River corridor', '白甫河属乌江水系,文本未给河道,其走向无法核实,故不画。', 'The 白甫河 belongs to the 乌江 system; the text gives no course and its course could not be verified, so it is not drawn.', [q(1637, '赤水河流域、白甫河流域沿线乡村')]),
      undrawn('赤水河上游(鸡鸣三省以上)', 'The 赤水河 above 鸡鸣三省', '鸡鸣三省以上赤水河不在本区界上,本区内河段无可靠走向。', 'Above 鸡鸣三省 the river is not on the district border and no reliable course inside the district is available.', [q(1621, '不断强化长江上游和赤水河流域重要生态屏障建设')]),
    ],
  },
  {
    id: 'one-city-two-corridors-four-clusters', slogan: '一城两廊四组团', name: t('“一城两廊四组团”全景旅游空间格局', 'One city, two corridors, four clusters'), category: 'cultural-tourism',
    provenance: [q(1569, '构建“一城两廊四组团”', '全景旅游空间格局')],
    layers: [layer('tourism-pattern', 'tourism-pattern.geojson', '一城两廊四组团', 'Tourism space')],
    tour: [
      step(DISTRICT_VIEW, 8.9, '构建“一城两廊四组团”的全景旅游空间格局。', 'The tourism space: one city, two corridors and four clusters.', { layers: ['tourism-pattern'] }),
      step([105.4, 27.4], 9, '打造民族四寨(阿市中寨、三官彝寨、雄噶苗寨、大南山苗寨),形成民族风情联动发展廊。', 'Four ethnic villages form the ethnic-culture corridor.', { features: ['ylsz-ethnic-corridor', ...ETHNIC_VILLAGES.map((v) => v[0])] }),
      step([105.55, 27.68], 9.6, '鸡鸣三省红色文化组团与大屯土司彝族文化组团;力争把鸡鸣三省旅游景区打造成为国家5A级旅游景区。', 'The 鸡鸣三省 red-culture and 大屯 Yi-culture clusters; 鸡鸣三省 to become a 5A scenic area.', { features: ['ylsz-jimingsansheng', 'ylsz-datun'] }),
    ],
    notDrawn: [
      undrawn('田园休闲联动发展廊', 'Countryside-leisure corridor', '文本未说明该廊连接哪些地方。', 'The text does not say which places the corridor links.', [q(1569, '构建“一城两廊四组团”', '全景旅游空间格局')]),
      undrawn('七星渡长征文化公园文化生态组团', 'Qixingdu Long March park cluster', '文本未给七星渡的位置(只说是滨水景区)。', 'The text does not place 七星渡 (only that it is a waterfront park).', [q(1561, '将七星渡长征文化公园打造成', '复合型文化旅游景区')]),
      undrawn('七星农谷休闲农业组团', 'Qixing agricultural-valley cluster', '文本未给位置。', 'The text does not place it.', [q(1569, '构建“一城两廊四组团”', '全景旅游空间格局')]),
      undrawn('长征国家文化公园“一核两翼”', 'Long March park “one core, two wings”', '文本只说七星关处于核心地位,未给两翼。', 'The text only says 七星关 holds the core; the wings are not given.', [q(1561, '重点突出七星关在“一核两翼”当中的核心地位')]),
      undrawn('“一带百村”乡村旅游示范', '“One belt, a hundred villages” rural tourism', '文本未说明“一带”的走向。', 'The text does not give the course of the belt.', [q(1563, '推动“一带百村”乡村振兴旅游示范点建设')]),
    ],
  },
  {
    id: 'cili-demonstration-belts', slogan: '532', name: t('“532”布局中的刺梨产业示范带', 'Rosa roxburghii demonstration belts of the “532” layout'), category: 'agricultural',
    provenance: [q(1317, '全面巩固发展“532”工程', '50万亩优质刺梨产业')],
    layers: [layer('cili-belts', 'cili-belts.geojson', '刺梨产业示范带', 'Rosa roxburghii belts')],
    tour: [
      step(DISTRICT_VIEW, 9, '形成毕威高速、毕生高速、海龙公路三条刺梨产业示范带,建设完成50万亩优质刺梨产业。', 'Three rosa roxburghii belts along the 毕威 and 毕生 expressways and the 海龙 road: 500,000 mu by 2025.', { layers: ['cili-belts'] }),
      step([105.35, 27.55], 9.6, '以毕生高速沿线八寨、燕子口、林口、生机等乡镇为重点,形成毕生高速刺梨产业示范带。', 'The 毕生 expressway belt through 八寨, 燕子口, 林口 and 生机.', { features: ['cili-bisheng'] }),
    ],
    notDrawn: [
      undrawn('茶叶、蔬菜与“211”畜牧布局', 'Tea, vegetable and “211” livestock layouts', '按乡镇点名、无带状或面状结构,本包未画。', 'Named town by town with no belt or area; not drawn in this package.', [q(1319, '全面巩固发展“211”工程')]),
    ],
  },
  {
    id: 'five-medical-care-areas', slogan: '5大片区', name: t('五大医养结合片区', 'Five medical-and-elderly-care areas'), category: 'spatial-pattern',
    provenance: [q(1838, '推进燕林清、杨青长、鸭朱阴、吉普龙、官海5大片区医养结合项目建设')],
    layers: [layer('medical-care-areas', 'medical-care-areas.geojson', '医养结合片区', 'Care areas')],
    tour: [
      step(DISTRICT_VIEW, 8.9, '推进燕林清、杨青长、鸭朱阴、吉普龙、官海5大片区医养结合项目建设。', 'Five care areas, each named after its member towns.', { layers: ['medical-care-areas'] }),
      step([105.45, 27.6], 9.5, '燕林清片区(燕子口、林口、清水铺)也是页岩气勘探片区之一。', 'The 燕林清 area (燕子口, 林口, 清水铺) is also a shale-gas exploration area.', { features: ['yyjh-yanlinqing'] }),
    ],
  },
];

/** Throws when a point feature lies outside the counties the text puts it in. */
function checkInside(/** @type {any[]} */ features) {
  for (const f of features) {
    if (f.geometry.type !== 'Point') continue;
    const inside = f.properties.counties.some((/** @type {string} */ c) => turf.booleanPointInPolygon(f.geometry.coordinates, countyFeature(c)));
    if (!inside) throw new Error(`${f.properties.id} lies outside ${f.properties.counties.join(', ')}`);
  }
}

function checkSeats() {
  const district = countyFeature(QXG);
  for (const [id, s] of Object.entries(SEATS)) {
    if (!turf.booleanPointInPolygon([s.lon, s.lat], district)) throw new Error(`seat ${id} lies outside ${QXG}`);
  }
}

checkSeats();
/** @type {Record<string, any[]>} */
const LAYERS = {
  'central-city-frame.geojson': oneCityThreeDistricts(),
  'ring-and-trunks.geojson': ringAndTrunks(),
  'town-system.geojson': townSystem(),
  'central-city-clusters.geojson': centralCityClusters(),
  'industrial-parks.geojson': industrialParks(),
  'ecological-barrier.geojson': barrier(),
  'restoration-sites.geojson': restorationSites(),
  'river-corridors.geojson': riverCorridors(),
  'tourism-pattern.geojson': tourismPattern(),
  'cili-belts.geojson': ciliBelts(),
  'medical-care-areas.geojson': careAreas(),
};
const allFeatures = Object.values(LAYERS).flat();
const ids = allFeatures.map((f) => f.properties.id);
if (new Set(ids).size !== ids.length) throw new Error('duplicate feature ids');
checkInside(allFeatures);
for (const [file, features] of Object.entries(LAYERS)) writeLayer(PLAN_ID, file, features);

writeManifest(PLAN_ID, {
  id: PLAN_ID,
  title: t('毕节市七星关区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', 'Qixingguan District 14th Five-Year Plan and 2035 Vision'),
  region: { name: t('七星关区', 'Qixingguan District'), code: QXG, counties: [QXG] },
  issuer: t('毕节市七星关区人民政府办公室', 'General Office of the Qixingguan District People’s Government'),
  date: '2021-04-20',
  period: '2021–2025',
  source: { document: DOC, title: '毕节市七星关区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', file: '004_02574697a35bb97b.txt' },
  camera: camera(DISTRICT_VIEW, 8.8),
  structures: STRUCTURES,
});
console.log(`data/plans/${PLAN_ID}/manifest.json: ${STRUCTURES.length} structures`);
