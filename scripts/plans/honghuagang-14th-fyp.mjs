// @ts-check
/**
 * Writes data/plans/honghuagang-14th-fyp/: the spatial structures of 红花岗区's 14th Five-Year
 * Plan outline (seed 000): the 一核引领、四区联动 layout, the 长征国家文化公园 一核、一线、多点 and
 * the agricultural 三区两带多园. Run from the repository root: node scripts/plans/honghuagang-14th-fyp.mjs
 */
import * as turf from '@turf/turf';
import { cite, countyFeature, writeLayer, writeManifest } from '../lib/plan-build.mjs';
import { mergeCells, partitionCounty, splitByLine, unionAreas } from '../lib/township-partition.mjs';

const PLAN_ID = 'honghuagang-14th-fyp';
const DOC = '000';
const COUNTY = '520302';
const county = countyFeature(COUNTY);

/** @param {number} line @param {string} from @param {string} [to] */
const q = (line, from, to) => cite(DOC, line, from, to);

/**
 * Seats of the 23 街道/镇 of 520302 (WGS84), from general knowledge of Zunyi, checked against the
 * embedded county polygon. None is surveyed: urban 街道 are good to about 1–2 km, towns to 2–4 km.
 * 北京路 sits about 400 m south-east of its recalled place (106.934, 27.7085) because the coarse
 * basemap border with 汇川区 passes south of that place. 喇叭 is moved north into the polygon.
 * The last eight are run by the 新蒲新区 管委会 and are in no zone of the plan's layout.
 */
const SEATS = [
  { id: 'laocheng', zh: '老城街道', en: 'Laocheng Subdistrict', lon: 106.918, lat: 27.695 },
  { id: 'zhongshanlu', zh: '中山路街道', en: 'Zhongshanlu Subdistrict', lon: 106.931, lat: 27.6975 },
  { id: 'zhonghualu', zh: '中华路街道', en: 'Zhonghualu Subdistrict', lon: 106.9275, lat: 27.69 },
  { id: 'wanlilu', zh: '万里路街道', en: 'Wanlilu Subdistrict', lon: 106.9125, lat: 27.6845 },
  { id: 'yinghong', zh: '迎红街道', en: 'Yinghong Subdistrict', lon: 106.912, lat: 27.672 },
  { id: 'beijinglu', zh: '北京路街道', en: 'Beijinglu Subdistrict', lon: 106.938, lat: 27.706 },
  { id: 'yananlu', zh: '延安路街道', en: "Yan'anlu Subdistrict", lon: 106.9375, lat: 27.702 },
  { id: 'changzheng', zh: '长征街道', en: 'Changzheng Subdistrict', lon: 106.958, lat: 27.697 },
  { id: 'zhongzhuang', zh: '忠庄街道', en: 'Zhongzhuang Subdistrict', lon: 106.905, lat: 27.65 },
  { id: 'nanguan', zh: '南关街道', en: 'Nanguan Subdistrict', lon: 106.948, lat: 27.662 },
  { id: 'zhoushuiqiao', zh: '舟水桥街道', en: 'Zhoushuiqiao Subdistrict', lon: 106.938, lat: 27.673 },
  { id: 'shenxi', zh: '深溪镇', en: 'Shenxi Town', lon: 107.005, lat: 27.625 },
  { id: 'hailong', zh: '海龙镇', en: 'Hailong Town', lon: 106.875, lat: 27.738 },
  { id: 'jindingshan', zh: '金鼎山镇', en: 'Jindingshan Town', lon: 106.82, lat: 27.745 },
  { id: 'xiangkou', zh: '巷口镇', en: 'Xiangkou Town', lon: 106.83, lat: 27.69 },
  { id: 'xinpu', zh: '新蒲街道', en: 'Xinpu Subdistrict', lon: 107.0, lat: 27.705 },
  { id: 'xinzhong', zh: '新中街道', en: 'Xinzhong Subdistrict', lon: 107.03, lat: 27.67 },
  { id: 'liyi', zh: '礼仪街道', en: 'Liyi Subdistrict', lon: 106.99, lat: 27.74 },
  { id: 'xinzhou', zh: '新舟镇', en: 'Xinzhou Town', lon: 107.2, lat: 27.78 },
  { id: 'xiazi', zh: '虾子镇', en: 'Xiazi Town', lon: 107.1, lat: 27.62 },
  { id: 'sandu', zh: '三渡镇', en: 'Sandu Town', lon: 107.31, lat: 27.71 },
  { id: 'yongle', zh: '永乐镇', en: 'Yongle Town', lon: 107.36, lat: 27.8 },
  { id: 'laba', zh: '喇叭镇', en: 'Laba Town', lon: 107.07, lat: 27.6 },
];
const XINPU_UNITS = ['xinpu', 'xinzhong', 'liyi', 'xinzhou', 'xiazi', 'sandu', 'yongle', 'laba'];

/**
 * 洛江河, downstream: north→south through 巷口, then east through 迎红 to the 湘江 near 南门关.
 * A rough sketch (the upper course from a public page on 巷口; the eastern reach inferred from
 * the text splitting 迎红 along it), not a trace of the river.
 */
const LUOJIANG = [[106.84, 27.72], [106.83, 27.7], [106.84, 27.68], [106.87, 27.672], [106.9, 27.674], [106.915, 27.676], [106.924, 27.684]];

/** 东联线 is not located: a north-south line through the 南关 seat stands in for it, south→north. */
const DONGLIAN_STAND_IN = [[106.948, 27.6], [106.948, 27.72]];

/** Schematic centres (and radii in km) of the two agricultural zones the text describes by direction only. */
const AGRI_WEST = { center: [106.842, 27.724], radius: 4 };
const AGRI_SOUTH = { center: [106.95, 27.6], radius: 3 };

const seatById = new Map(SEATS.map((s) => [s.id, s]));
/** @param {string} id */
const seat = (id) => /** @type {typeof SEATS[number]} */ (seatById.get(id));
/** @param {string} zh @param {string} en */
const t = (zh, en) => ({ zh, en });

/**
 * @param {string} id @param {{zh: string, en: string}} name @param {string} role
 * @param {'schematic' | 'approximate' | 'surveyed'} accuracy @param {{zh: string, en: string}} accuracyNote
 * @param {string} method @param {any[]} provenance @param {any} geometry @param {object} [extra]
 */
const feature = (id, name, role, accuracy, accuracyNote, method, provenance, geometry, extra = {}) => ({
  type: 'Feature',
  properties: { id, name, role, accuracy, accuracyNote, method, provenance, counties: [COUNTY], ...extra },
  geometry,
});

/** @param {any[]} parts */
const unionAll = (parts) => {
  const merged = unionAreas(parts);
  if (!merged) throw new Error('empty union');
  return merged.geometry;
};

// ---- 一核引领、四区联动 -------------------------------------------------------------------

const cells = partitionCounty(county, SEATS);
const cellOf = (/** @type {string} */ id) => mergeCells(cells, [id]);
const yinghong = splitByLine(cellOf('yinghong'), turf.lineString(LUOJIANG));
const nanguan = splitByLine(cellOf('nanguan'), turf.lineString(DONGLIAN_STAND_IN));
if (!yinghong.left || !yinghong.right || !nanguan.left || !nanguan.right) throw new Error('a split unit lost a side');

const ZONE_QUOTES = {
  core: q(98, '以老城街道', '(洛江河以北)为重点'),
  commerce: q(99, '以北京路街道', '长征街道为重点'),
  south: q(100, '以忠庄街道', '(洛江河以南)为重点'),
  industry: q(101, '以深溪镇', '(东联线以东)为重点'),
  west: q(102, '以海龙镇', '巷口镇为重点'),
};
const LAYOUT_QUOTE = q(97, '坚持 “ 一核引领', '西部生态涵养发展区');

const partitionNote = (/** @type {string} */ units, /** @type {string} */ unitsEn, /** @type {string} */ extraZh = '', /** @type {string} */ extraEn = '') => t(
  `成员(${units})为文本所列;边界为推算:各街道/镇取其驻地的泰森多边形并裁到区界(驻地点位约1–4 km精度),再按文本合并。${extraZh}`,
  `Membership (${unitsEn}) is as the text lists it; the outline is derived: each 街道/镇 is the Voronoi cell of its seat (seats good to about 1–4 km) clipped to the district, merged as the text says.${extraEn ? ' ' + extraEn : ''}`,
);
const YINGHONG_NOTE = ['迎红街道以洛江河(示意走向)切分。', 'Yinghong is cut along a rough sketch of the Luojiang River.'];
const NANGUAN_NOTE = ['南关街道以东联线切分,但文本未给东联线走向,切线为过南关驻地的南北向示意线。', 'Nanguan is cut by the Donglian Road, whose course the text does not give: the cut is a north-south stand-in line through the Nanguan seat.'];

const zones = [
  feature('hhg-zone-core', t('老城红色文化旅游核心区', 'Old Town red-culture tourism core'), 'core', 'approximate',
    partitionNote('老城、中山路、中华路、万里路街道及迎红街道洛江河以北', 'Laocheng, Zhongshanlu, Zhonghualu, Wanlilu and Yinghong north of the Luojiang', ...YINGHONG_NOTE),
    'township-partition', [LAYOUT_QUOTE, ZONE_QUOTES.core],
    unionAll([mergeCells(cells, ['laocheng', 'zhongshanlu', 'zhonghualu', 'wanlilu']), yinghong.left])),
  feature('hhg-zone-commerce', t('城区商贸商务功能区', 'Urban commerce and business zone'), 'zone', 'approximate',
    partitionNote('北京路、延安路、长征街道', 'Beijinglu, Yan\'anlu, Changzheng'),
    'township-partition', [LAYOUT_QUOTE, ZONE_QUOTES.commerce], unionAll([mergeCells(cells, ['beijinglu', 'yananlu', 'changzheng'])])),
  feature('hhg-zone-south', t('南部都市功能新区', 'Southern new urban-function district'), 'zone', 'approximate',
    partitionNote('忠庄街道、南关街道东联线以西、迎红街道洛江河以南', 'Zhongzhuang, Nanguan west of the Donglian Road, Yinghong south of the Luojiang', YINGHONG_NOTE[0] + NANGUAN_NOTE[0], `${YINGHONG_NOTE[1]} ${NANGUAN_NOTE[1]}`),
    'township-partition', [LAYOUT_QUOTE, ZONE_QUOTES.south], unionAll([cellOf('zhongzhuang'), nanguan.left, yinghong.right])),
  feature('hhg-zone-industry', t('产城融合发展新区', 'New district of integrated industry and city'), 'zone', 'approximate',
    partitionNote('深溪镇、舟水(桥)街道、南关街道东联线以东', 'Shenxi, Zhoushui(qiao), Nanguan east of the Donglian Road', ...NANGUAN_NOTE),
    'township-partition', [LAYOUT_QUOTE, ZONE_QUOTES.industry], unionAll([mergeCells(cells, ['shenxi', 'zhoushuiqiao']), nanguan.right])),
  feature('hhg-zone-west', t('西部生态涵养发展区', 'Western ecological conservation zone'), 'zone', 'approximate',
    partitionNote('海龙镇、金鼎山镇、巷口镇', 'Hailong, Jindingshan, Xiangkou'),
    'township-partition', [LAYOUT_QUOTE, ZONE_QUOTES.west], unionAll([mergeCells(cells, ['hailong', 'jindingshan', 'xiangkou'])])),
  feature('hhg-zone-xinpu', t('新蒲新区代管范围(不在“一核四区”内)', 'Area run by Xinpu New Area (outside the core-and-four-zones layout)'), 'zone', 'approximate',
    t('520302的新蒲、新中、礼仪街道和新舟、虾子、三渡、永乐、喇叭镇由新蒲新区管委会管理;文本的布局不含这些单元,统计时分“含新蒲”“不含新蒲”。范围按与其他分区相同的方法推算。',
      'Three subdistricts and five towns of 520302 are run by the Xinpu New Area committee; the layout leaves them out and the statistics are given with and without Xinpu. Outline derived as for the zones.'),
    'township-partition', [q(85, '含新蒲地区生产总值', '不含新蒲地区生产总值达到 500 亿元以上'), q(296, '常住人口总数(含新蒲)', '64 万人')],
    unionAll([mergeCells(cells, XINPU_UNITS)])),
];

const ZONE_OF = /** @type {Record<string, keyof typeof ZONE_QUOTES>} */ ({
  laocheng: 'core', zhongshanlu: 'core', zhonghualu: 'core', wanlilu: 'core', yinghong: 'core',
  beijinglu: 'commerce', yananlu: 'commerce', changzheng: 'commerce',
  zhongzhuang: 'south', nanguan: 'south', zhoushuiqiao: 'industry', shenxi: 'industry',
  hailong: 'west', jindingshan: 'west', xiangkou: 'west',
});
const seatPoints = Object.keys(ZONE_OF).map((id) => {
  const s = seat(id);
  const provenance = [ZONE_QUOTES[ZONE_OF[id]], ...(id === 'yinghong' || id === 'nanguan' ? [ZONE_QUOTES[id === 'yinghong' ? 'south' : 'industry']] : [])];
  return feature(`hhg-seat-${id}`, t(s.zh, s.en), 'node', 'approximate',
    t('驻地点位凭对遵义城区和乡镇的一般了解放置,城区街道约1–2 km、镇约2–4 km精度;用作分区推算的依据。', 'Seat placed from general knowledge of Zunyi, good to about 1–2 km in the city and 2–4 km for towns; the basis of the zone outlines.'),
    'named-place', provenance, turf.point([s.lon, s.lat]).geometry);
});

const clipToCell = (/** @type {number[][]} */ coords, /** @type {any} */ cell) => {
  const pieces = turf.lineSplit(turf.lineString(coords), cell).features.filter((p) => turf.booleanPointInPolygon(turf.along(p, turf.length(p) / 2), cell));
  if (pieces.length !== 1) throw new Error(`expected one piece of line inside the cell, got ${pieces.length}`);
  return pieces[0].geometry;
};
const dividers = [
  feature('hhg-divider-luojiang', t('洛江河(迎红街道内的分区界线)', 'Luojiang River (zone boundary within Yinghong)'), 'axis', 'schematic',
    t('文本以洛江河把迎红街道分入核心区(以北)和南部新区(以南),未给河道走向。线为7个折点的示意:上游自北向南经巷口,东段经迎红在南门关附近汇入湘江为推断。',
      'The text puts Yinghong north of the Luojiang in the core and south of it in the southern district, without the river\'s course. Seven-vertex sketch: north→south through Xiangkou, then an inferred eastern reach through Yinghong to the Xiang River near Nanmenguan.'),
    'schematic-symbol', [ZONE_QUOTES.core, ZONE_QUOTES.south], turf.lineString(LUOJIANG).geometry),
  feature('hhg-divider-donglian', t('东联线(南关街道内的分区界线,示意)', 'Donglian Road (zone boundary within Nanguan, stand-in)'), 'axis', 'schematic',
    t('文本以东联线把南关街道分入南部新区(以西)和产城融合新区(以东),未给道路走向;此线仅为过南关驻地的南北向示意,只画在南关范围内。',
      'The text splits Nanguan at the Donglian Road (west: southern district, east: industry district) but gives no course: this is only a north-south stand-in through the Nanguan seat, drawn inside Nanguan.'),
    'schematic-symbol', [ZONE_QUOTES.south, ZONE_QUOTES.industry], clipToCell(DONGLIAN_STAND_IN, cellOf('nanguan'))),
];

const clusters = [
  feature('hhg-cluster-beijing-yanan', t('北京—延安街道组团', 'Beijinglu–Yan\'anlu cluster'), 'cluster', 'approximate',
    partitionNote('北京路、延安路街道', 'Beijinglu, Yan\'anlu'), 'township-partition',
    [q(99, '北京 — 延安街道组团', '提档升级北京路商圈')], mergeCells(cells, ['beijinglu', 'yananlu']).geometry),
  feature('hhg-cluster-changzheng', t('长征组团', 'Changzheng cluster'), 'cluster', 'approximate',
    partitionNote('长征街道', 'Changzheng'), 'township-partition',
    [q(99, '长征组团以完善商业', '城市配套功能为重点')], cellOf('changzheng').geometry),
];

// ---- 长征国家文化公园 一核、一线、多点 -------------------------------------------------------

const PARK_QUOTE = q(39, '红花岗区是长征国家文化公园', '长征国家文化公园格局');
const SHOWCASE_QUOTE = q(144, '加快长征国家文化公园项目建设', '遵义县革命委员旧址等红色资源');
const siteNote = t('点位凭一般了解放置于遵义老城一带,约0.5–1 km精度。', 'Placed from general knowledge in Zunyi\'s old town, good to about 0.5–1 km.');
const park = [
  feature('hhg-lm-core', t('长征国家文化公园(贵州段)核心区:红花岗区', 'Core of the Long March National Cultural Park (Guizhou): Honghuagang District'), 'core', 'approximate',
    t('文本称红花岗区是长征国家文化公园(贵州段)建设的核心区,故“一核”以区界表示(底图区界,含新蒲);核心区内部范围文本未给。',
      'The text calls Honghuagang District the core area of the park\'s Guizhou section, so the core is drawn as the district (basemap outline, including Xinpu); the text gives no narrower extent.'),
    'county-union', [PARK_QUOTE], county.geometry),
  feature('hhg-lm-zunyi-conference', t('遵义会议会址', 'Zunyi Conference Site'), 'node', 'approximate',
    t('会址位于老城子尹路一带,点位约200 m精度。', 'The site is in the old town (Ziyin Road); the point is good to about 200 m.'),
    'named-place', [SHOWCASE_QUOTE, q(43, '红花岗区是遵义会议纪念体系的核心区', '遵义会议会址的所在地')], turf.point([106.9214, 27.6925]).geometry),
  feature('hhg-lm-mao-residence', t('毛主席住居', 'Chairman Mao\'s residence'), 'node', 'approximate', siteNote,
    'named-place', [SHOWCASE_QUOTE, q(149, '毛主席住居文化旅游综合体(二期)')], turf.point([106.9195, 27.6945]).geometry),
  feature('hhg-lm-hongjunshan', t('红军山', 'Red Army Hill'), 'node', 'approximate', siteNote,
    'named-place', [SHOWCASE_QUOTE], turf.point([106.919, 27.685]).geometry),
  feature('hhg-lm-laoyashan', t('老鸦山战斗遗址公园', 'Laoyashan battle-site park'), 'park', 'approximate',
    t('老鸦山在遵义城区西南缘,点位凭一般了解放置,约1.5 km精度。', 'Laoyashan is on the south-west edge of the city; placed from general knowledge, good to about 1.5 km.'),
    'named-place', [q(149, '老鸦山战斗遗址公园', '长征国家文化公园)'), q(149, '以红军长征途中第一次打大胜仗的老鸦山为主体', '武装斗争纪念体系')], turf.point([106.905, 27.683]).geometry),
];

// ---- 三区两带多园 ------------------------------------------------------------------------

const circleIn = (/** @type {{center: number[], radius: number}} */ c) => {
  const clipped = turf.intersect(turf.featureCollection([turf.circle(c.center, c.radius, { steps: 48 }), county]));
  if (!clipped) throw new Error('schematic circle misses the county');
  return clipped.geometry;
};
const agriSchematic = t('文本只给方位(西部/南部),未列所含镇村,故以示意圆表示,不表示边界。', 'The text gives only a direction (west/south) and no towns or villages, so this is a schematic circle, not a boundary.');
const agri = [
  feature('hhg-agri-west', t('西部高产优质高效农业区(清单作“西部休闲高效优质农业区”)', 'Western high-yield quality farming zone (listed as western leisure high-efficiency zone)'), 'zone', 'schematic',
    t(`${agriSchematic.zh}示意圆置于西部三镇(海龙、金鼎山、巷口)驻地中心。`, `${agriSchematic.en} Centred among the three western towns (Hailong, Jindingshan, Xiangkou).`),
    'schematic-symbol', [q(169, '“ 三区 ” 是指东部休闲观光农业区', '南部生态特色农业区'), q(169, '西部高产优质高效农业区重点发展', '绿色畜禽养殖')], circleIn(AGRI_WEST)),
  feature('hhg-agri-south', t('南部生态特色农业区', 'Southern ecological specialty farming zone'), 'zone', 'schematic',
    t(`${agriSchematic.zh}示意圆置于忠庄街道与深溪镇之南的城郊。`, `${agriSchematic.en} Placed in the countryside south of Zhongzhuang and Shenxi.`),
    'schematic-symbol', [q(169, '南部生态特色农业区重点发展', '生态保护林建设')], circleIn(AGRI_SOUTH)),
  feature('hhg-agri-vegetable-belt', t('“巷口—金鼎—海龙”精品蔬菜产业带', 'Xiangkou–Jindingshan–Hailong quality vegetable belt'), 'belt', 'schematic',
    t('文本只给三镇名,带的走向为连接三镇驻地的示意线。', 'The text names only the three towns; the belt is a schematic line through their seats.'),
    'schematic-symbol', [q(169, '巷口 — 金鼎 — 海龙', '精品蔬菜产业带')],
    turf.lineString(['xiangkou', 'jindingshan', 'hailong'].map((id) => [seat(id).lon, seat(id).lat])).geometry),
  feature('hhg-agri-shenxi-processing-park', t('深溪镇农产品加工园', 'Shenxi agricultural-product processing park'), 'park', 'schematic',
    t('文本只说在深溪镇,园址未给,以深溪镇驻地点示意。', 'The text places it only in Shenxi Town; shown at the town seat as a symbol.'),
    'schematic-symbol', [q(172, '加快推进深溪镇农产品加工园建设')], turf.point([seat('shenxi').lon, seat('shenxi').lat]).geometry),
];

// ---- checks and output ---------------------------------------------------------------------

for (const f of [...seatPoints, ...park.slice(1), agri[3]]) {
  if (!turf.booleanPointInPolygon(/** @type {any} */ (f.geometry).coordinates, county)) throw new Error(`${f.properties.id} lies outside ${COUNTY}`);
}
for (const c of LUOJIANG) if (!turf.booleanPointInPolygon(c, county)) throw new Error(`Luojiang vertex ${c} outside ${COUNTY}`);

writeLayer(PLAN_ID, 'functional-zones.geojson', zones);
writeLayer(PLAN_ID, 'zone-dividers.geojson', dividers);
writeLayer(PLAN_ID, 'township-seats.geojson', seatPoints);
writeLayer(PLAN_ID, 'commerce-clusters.geojson', clusters);
writeLayer(PLAN_ID, 'long-march-park.geojson', park);
writeLayer(PLAN_ID, 'agricultural-layout.geojson', agri);

const CITY = { center: /** @type {[number, number]} */ ([106.925, 27.685]), zoom: 12.5 };
const PLAN_AREA = { center: /** @type {[number, number]} */ ([106.9, 27.68]), zoom: 10.6 };
const DISTRICT = { center: /** @type {[number, number]} */ ([107.06, 27.72]), zoom: 9.4 };

writeManifest(PLAN_ID, {
  id: PLAN_ID,
  title: t('遵义市红花岗区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', 'Honghuagang District (Zunyi) 14th Five-Year Plan and 2035 Vision Outline'),
  region: { name: t('红花岗区', 'Honghuagang District'), code: COUNTY, counties: [COUNTY] },
  issuer: t('遵义市红花岗区发展和改革局(编制)', 'Honghuagang District Development and Reform Bureau, Zunyi (compiler)'),
  date: '2021-02',
  period: '2021–2025',
  source: { document: DOC, title: '遵义市红花岗区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', file: '000_4d0f47b0dcd5d6fa.txt' },
  camera: PLAN_AREA,
  structures: [
    {
      id: 'one-core-four-zones',
      slogan: '一核引领、四区联动',
      name: t('“一核引领、四区联动”发展格局', 'One core leading, four zones linked'),
      category: 'spatial-pattern',
      provenance: [LAYOUT_QUOTE, q(66, '形成 “ 一核引领、四区联动 ” 的发展新格局')],
      layers: [
        { id: 'functional-zones', file: 'functional-zones.geojson', title: t('一核四区', 'The core and four zones') },
        { id: 'zone-dividers', file: 'zone-dividers.geojson', title: t('分区界线(洛江河、东联线)', 'Zone boundaries (Luojiang River, Donglian Road)') },
        { id: 'commerce-clusters', file: 'commerce-clusters.geojson', title: t('商贸商务功能区组团', 'Clusters of the commerce zone') },
        { id: 'township-seats', file: 'township-seats.geojson', title: t('街道/镇驻地(分区依据)', 'Subdistrict and town seats (basis of the zones)') },
      ],
      partition: { layer: 'functional-zones', county: COUNTY },
      tour: [
        { camera: PLAN_AREA, layers: ['functional-zones'], caption: t('“一核”即老城红色文化旅游核心区,“四区”即城区商贸商务功能区、南部都市功能新区、产城融合发展新区、西部生态涵养发展区。', 'One core, the Old Town red-culture tourism core, and four zones: urban commerce, the southern new district, the integrated industry-city district and the western ecological zone.') },
        { camera: CITY, layers: ['functional-zones', 'zone-dividers'], features: ['hhg-zone-core'], caption: t('核心区以老城、中山路、中华路、万里路街道和迎红街道(洛江河以北)为重点,依托遵义会议会址、毛主席住居。', 'The core: Laocheng, Zhongshanlu, Zhonghualu, Wanlilu and Yinghong north of the Luojiang, built on the Zunyi Conference Site.') },
        { camera: { center: [106.94, 27.7], zoom: 12.5 }, layers: ['functional-zones', 'commerce-clusters'], features: ['hhg-zone-commerce'], caption: t('城区商贸商务功能区:北京—延安街道组团以楼宇经济、总部经济为主攻,长征组团完善城市配套功能。', 'Commerce zone: the Beijinglu–Yan\'anlu cluster for office and headquarters economy, the Changzheng cluster for urban services.') },
        { camera: { center: [106.95, 27.64], zoom: 11.5 }, layers: ['functional-zones', 'zone-dividers'], features: ['hhg-zone-south', 'hhg-zone-industry'], caption: t('南部都市功能新区(忠庄、南关东联线以西、迎红洛江河以南)与产城融合发展新区(深溪、舟水、南关东联线以东,建设国家级高新区)。', 'The southern district (Zhongzhuang, west Nanguan, south Yinghong) and the industry-city district (Shenxi, Zhoushui, east Nanguan), aiming at a national high-tech zone.') },
        { camera: DISTRICT, layers: ['functional-zones'], features: ['hhg-zone-west', 'hhg-zone-xinpu'], caption: t('西部生态涵养发展区(海龙、金鼎山、巷口)强化生态屏障功能;新蒲新区代管的八个单元不在此布局内。', 'The western zone (Hailong, Jindingshan, Xiangkou) as ecological shield; the eight units run by Xinpu New Area are outside the layout.') },
      ],
      notDrawn: [
        { name: t('南部都市功能新区六条道路沿线组团', 'Clusters along six roads of the southern district'), reason: t('银河路、共青大道、海尔大道、遵南大道、东联线、东欣大道的走向文本未给。', 'The text gives no course for the six roads.'), provenance: [q(100, '推进银河路、共青大道', '东欣大道沿线组团式发展')] },
        { name: t('长征组团“衔接区域经济走廊”', 'Changzheng regional economic corridor'), reason: t('走廊的起止文本未给。', 'The text gives neither end of the corridor.'), provenance: [q(99, '打造交通便捷、商贸发达、生态宜居的衔接区域经济走廊')] },
        { name: t('万里路西片区和八七电厂片区', 'Wanlilu West and 87 Power Plant redevelopment areas'), reason: t('片区范围文本未给。', 'The text gives no extent.'), provenance: [q(98, '同步加快万里路西片区和八七电厂片区综合开发')] },
      ],
    },
    {
      id: 'long-march-park',
      slogan: '一核、一线、多点',
      name: t('长征国家文化公园“一核、一线、多点”格局', 'Long March National Cultural Park: one core, one line, many points'),
      category: 'cultural-tourism',
      provenance: [PARK_QUOTE],
      layers: [{ id: 'long-march-park', file: 'long-march-park.geojson', title: t('长征国家文化公园(区内)', 'Long March National Cultural Park (in the district)') }],
      tour: [
        { camera: DISTRICT, layers: ['long-march-park'], features: ['hhg-lm-core'], caption: t('红花岗区是长征国家文化公园(贵州段)建设的核心区。', 'Honghuagang is the core area of the Long March National Cultural Park, Guizhou section.') },
        { camera: { center: [106.915, 27.688], zoom: 14 }, layers: ['long-march-park'], features: ['hhg-lm-zunyi-conference', 'hhg-lm-mao-residence', 'hhg-lm-hongjunshan'], caption: t('整合遵义会议会址、毛主席住居、红军山等红色资源,打造长征文化核心展示区。', 'The Zunyi Conference Site, Mao\'s residence and Red Army Hill are to form the Long March culture showcase.') },
        { camera: { center: [106.91, 27.686], zoom: 13.5 }, layers: ['long-march-park'], features: ['hhg-lm-laoyashan'], caption: t('以老鸦山为主体保护性开发红军战斗遗址,建成武装斗争纪念体系。', 'Laoyashan, site of the Red Army\'s first big victory on the Long March, becomes the armed-struggle memorial.') },
      ],
      notDrawn: [
        { name: t('一线', 'The line'), reason: t('文本未说明“一线”所指和走向(应为贵州境内长征路线,文本未写)。', 'The text does not say what the line is or where it runs.'), provenance: [PARK_QUOTE] },
        { name: t('多点', 'The points'), reason: t('文本未列出“多点”;图上各点是文本在公园项目下点名的区内红色资源,不是“多点”的清单。', 'The text lists no points; the sites shown are those it names under the park project, not a list of the points.'), provenance: [PARK_QUOTE] },
        { name: t('红花冈剧院、遵义县革命委员会旧址', 'Honghuagang Theatre, Zunyi County Revolutionary Committee site'), reason: t('文本点名但未给位置,具体地点无可靠依据。', 'Named without a place; no reliable position is known.'), provenance: [SHOWCASE_QUOTE] },
      ],
    },
    {
      id: 'agricultural-layout',
      slogan: '三区两带多园',
      name: t('“三区两带多园”农业产业空间布局', 'Agriculture: three zones, two belts, many parks'),
      category: 'agricultural',
      provenance: [q(169, '全区全力打造', '农业产业空间布局')],
      layers: [{ id: 'agricultural-layout', file: 'agricultural-layout.geojson', title: t('三区两带多园', 'Three zones, two belts, many parks') }],
      tour: [
        { camera: PLAN_AREA, layers: ['agricultural-layout'], caption: t('全区打造“三区两带多园”农业产业空间布局;三区只给方位,名称前后不一。', 'Three zones, two belts and many parks; the zones are given only by direction, and their names disagree within the paragraph.') },
        { camera: { center: [106.84, 27.72], zoom: 11.5 }, layers: ['agricultural-layout'], features: ['hhg-agri-vegetable-belt', 'hhg-agri-west'], caption: t('“巷口—金鼎—海龙”精品蔬菜产业带;西部农业区重点发展连片山林瓜果蔬菜和绿色畜禽养殖。', 'The Xiangkou–Jindingshan–Hailong vegetable belt; the western zone grows fruit and vegetables and raises livestock.') },
        { camera: { center: [106.97, 27.61], zoom: 11.5 }, layers: ['agricultural-layout'], features: ['hhg-agri-south', 'hhg-agri-shenxi-processing-park'], caption: t('南部生态特色农业区发展特色果蔬、林下经济;加快推进深溪镇农产品加工园建设。', 'The southern zone for specialty produce and forest farming; the Shenxi processing park.') },
      ],
      notDrawn: [
        { name: t('东部休闲观光农业区 / 西部休闲观光农业区', 'Eastern / western leisure farming zone'), reason: t('同一段内清单称“东部休闲观光农业区”,描述称“西部休闲观光农业区”,方位自相矛盾,不画。', 'The list calls it eastern and the description western; the direction contradicts itself, so it is not drawn.'), provenance: [q(169, '“ 三区 ” 是指东部休闲观光农业区', '南部生态特色农业区'), q(169, '西部休闲观光农业区重点发展', '休闲观光农业等')] },
        { name: t('“银江—野里—八卦”精品水果带', 'Yinjiang–Yeli–Bagua quality fruit belt'), reason: t('银江、野里村、八卦村为村级地名,位置无可靠依据(仅知银江在西部)。', 'Yinjiang, Yeli and Bagua are villages with no reliable position (only that Yinjiang is in the west).'), provenance: [q(169, '银江 — 野里— 八卦', '精品水果带')] },
        { name: t('多园(其余)', 'The other parks'), reason: t('文本未点名具体园区。', 'The text names no park but the Shenxi one.'), provenance: [q(169, '“ 多园 ” 是指', '农产品加工示范园')] },
      ],
    },
  ],
});
