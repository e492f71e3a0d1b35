import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LoadedPlan, LocalizedText, Structure } from '../domain/plan';
import type { LayerQuestion } from '../ui/pm-layer-questions';
import { layerTitle } from './question-targets';
import type { QueryOutcome, ResultColumn } from './query-actions';

/** The query engine, loaded on first use so that the first screen does not carry Turf. */
const loadQuery = () => import('../query');

type Query = Awaited<ReturnType<typeof loadQuery>>;
type Zone = Feature<Polygon | MultiPolygon>;

/** Where the answers get what is not in the plans: the counties of a plan's region. */
export interface QuestionSources {
  fetchDistricts(codes: readonly string[]): Promise<Zone[]>;
}

const AREA_COLUMNS: ResultColumn[] = [
  { key: 'km2', label: { zh: '平方公里', en: 'km²' }, isNumeric: true },
  { key: 'ha', label: { zh: '公顷', en: 'ha' }, isNumeric: true },
  { key: 'mu', label: { zh: '亩', en: 'mu' }, isNumeric: true },
];
const GEODESIC: LocalizedText = { zh: '面积按地球椭球面计算(Turf),1 亩 = 666.67 平方米。', en: 'Areas are geodesic (Turf); 1 mu = 666.67 m².' };

/** A question that cannot be answered as asked, with the reason in both languages. */
export class QuestionError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'QuestionError';
  }
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('/');
  return [key.slice(0, at), key.slice(at + 1)];
}

function findLayer(plans: readonly LoadedPlan[], key: string): { plan: LoadedPlan; collection: FeatureCollection } {
  const [planId, layerId] = splitKey(key);
  const plan = plans.find((p) => p.manifest.id === planId);
  const collection = plan?.layers.get(layerId);
  if (!plan || !collection) throw new QuestionError({ zh: `找不到图层 ${key}。`, en: `There is no layer ${key}.` });
  return { plan, collection };
}

function findStructure(plans: readonly LoadedPlan[], key: string): { plan: LoadedPlan; structure: Structure } {
  const [planId, structureId] = splitKey(key);
  const plan = plans.find((p) => p.manifest.id === planId);
  const structure = plan?.manifest.structures.find((s) => s.id === structureId);
  if (!plan || !structure) throw new QuestionError({ zh: `找不到结构 ${key}。`, en: `There is no structure ${key}.` });
  return { plan, structure };
}

function areaCells(m2: number, q: Query): Record<string, number> {
  const a = q.toAreaMeasure(m2);
  return { km2: round(a.km2, 3), ha: round(a.ha, 1), mu: Math.round(a.mu) };
}

async function answerStructureArea(plans: readonly LoadedPlan[], key: string, sources: QuestionSources): Promise<QueryOutcome> {
  const q = await loadQuery();
  const { plan, structure } = findStructure(plans, key);
  const features = structure.layers.flatMap((l) => plan.layers.get(l.id)?.features ?? []);
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const counties = plan.manifest.region.counties ?? [];
  const districtZones = counties.length ? await sources.fetchDistricts(counties) : [];
  const district = districtZones.length ? q.dissolvePolygons({ type: 'FeatureCollection', features: districtZones }) ?? undefined : undefined;
  const area = q.measureStructureArea(collection, { district });
  if (area.rows.length === 0) {
    throw new QuestionError({ zh: `“${structure.slogan}”没有面状要素,无法计算面积。`, en: `“${structure.slogan}” has no zones (polygons) to measure.` });
  }
  const region = plan.manifest.region.name;
  const share = (m2: number) => (area.district && area.district.m2 > 0 ? round((100 * m2) / area.district.m2, 2) : '');
  const rows: Record<string, string | number>[] = [
    ...area.rows.map((r) => ({ id: `${plan.manifest.id}/${r.id}`, name: r.name, nameEn: r.nameEn, ...areaCells(r.m2, q), share: share(r.m2) })),
    { name: '合计(各片相加)', nameEn: 'Sum of the zones', ...areaCells(area.sum.m2, q), share: '' },
    { name: '合并(重叠只计一次)', nameEn: 'Union (overlaps counted once)', ...areaCells(area.union.m2, q), share: '' },
  ];
  if (area.district && area.inDistrict) {
    rows.push({ name: `其中位于${region.zh}内`, nameEn: `Of which inside ${region.en}`, ...areaCells(area.inDistrict.m2, q), share: round(100 * (area.shareOfDistrict ?? 0), 2) });
    rows.push({ name: `${region.zh}(行政区)`, nameEn: `${region.en} (district)`, ...areaCells(area.district.m2, q), share: 100 });
  }
  return {
    title: { zh: `${structure.slogan} 的面积`, en: `Area of ${structure.name.en || structure.slogan}` },
    note: {
      zh: `${GEODESIC.zh}行政区边界取自底图县界(约 100 米精度);示意性要素的面积只表示量级。`,
      en: `${GEODESIC.en} The district is the basemap's county boundary (about 100 m); areas of schematic features only give an order of magnitude.`,
    },
    columns: [{ key: 'name', label: { zh: '名称', en: 'Name' } }, ...AREA_COLUMNS, { key: 'share', label: { zh: '占行政区 %', en: '% of district' }, isNumeric: true }],
    rows,
    geometry: { type: 'FeatureCollection', features: q.listPolygons(collection).map((p) => p.feature) },
  };
}

async function answerOverlap(plans: readonly LoadedPlan[], question: Extract<LayerQuestion, { kind: 'overlap' }>): Promise<QueryOutcome> {
  const q = await loadQuery();
  const a = findLayer(plans, question.a);
  const b = findLayer(plans, question.b);
  const titleA = layerTitle(a.plan, splitKey(question.a)[1]);
  const titleB = layerTitle(b.plan, splitKey(question.b)[1]);
  const sideA = question.bufferKm > 0 ? q.bufferFeatures(a.collection, question.bufferKm) : a.collection;
  if (q.listPolygons(sideA).length === 0) {
    throw new QuestionError({ zh: `图层 A(${titleA.zh})没有面状要素:请给出缓冲宽度,把线或点变成面。`, en: `Layer A (${titleA.en}) has no zones: give a buffer width to turn its lines or points into zones.` });
  }
  const o = q.measureOverlap(sideA, b.collection);
  const bufferText = question.bufferKm > 0 ? { zh: ` 两侧 ${question.bufferKm} 公里`, en: ` ± ${question.bufferKm} km` } : { zh: '', en: '' };
  return {
    title: { zh: `${titleA.zh}${bufferText.zh} ∩ ${titleB.zh}`, en: `${titleA.en}${bufferText.en} ∩ ${titleB.en}` },
    note: { zh: `${GEODESIC.zh}各图层先合并(重叠只计一次)再求交。`, en: `${GEODESIC.en} Each layer is dissolved first (its own overlaps count once), then intersected.` },
    columns: [
      { key: 'name', label: { zh: '项目', en: 'Item' } }, ...AREA_COLUMNS,
      { key: 'percentOfA', label: { zh: '占 A %', en: '% of A' }, isNumeric: true }, { key: 'percentOfB', label: { zh: '占 B %', en: '% of B' }, isNumeric: true },
    ],
    rows: [
      { name: `A:${titleA.zh}${bufferText.zh}`, nameEn: `A: ${titleA.en}${bufferText.en}`, ...areaCells(o.areaA.m2, q), percentOfA: 100, percentOfB: '' },
      { name: `B:${titleB.zh}`, nameEn: `B: ${titleB.en}`, ...areaCells(o.areaB.m2, q), percentOfA: '', percentOfB: 100 },
      { name: '重叠部分', nameEn: 'Overlap', ...areaCells(o.overlap.m2, q), percentOfA: round(o.percentOfA, 2), percentOfB: round(o.percentOfB, 2) },
    ],
    geometry: o.geometry,
  };
}

async function answerLocate(plans: readonly LoadedPlan[], question: Extract<LayerQuestion, { kind: 'locate' }>): Promise<QueryOutcome> {
  const q = await loadQuery();
  const points = findLayer(plans, question.points);
  const zones = findLayer(plans, question.zones);
  const { rows } = q.locatePointsInZones(points.collection, zones.collection);
  return {
    title: { zh: `${layerTitle(points.plan, splitKey(question.points)[1]).zh} 位于哪个片区`, en: `Which zone each of ${layerTitle(points.plan, splitKey(question.points)[1]).en} is in` },
    note: { zh: '落在边界上的点算作在片区内;一个点可能位于多个重叠片区。', en: 'A point on an edge counts as inside; a point may be in several overlapping zones.' },
    columns: [{ key: 'name', label: { zh: '节点', en: 'Node' } }, { key: 'zones', label: { zh: '所在片区', en: 'Zone' } }],
    rows: rows.map((r) => ({ id: `${points.plan.manifest.id}/${r.id}`, name: r.name, nameEn: r.nameEn, zones: r.zoneNames.join('、') || '—' })),
    geometry: { type: 'FeatureCollection', features: points.collection.features.filter((f) => f.geometry?.type === 'Point') },
  };
}

/**
 * Answers a question of the layer form on the loaded plans, or fails with a `QuestionError`
 * that says, in both languages, what is missing.
 *
 * @example
 * await answerLayerQuestion({ kind: 'overlap', a: 'zunyi-metropolitan/blue-corridors', b: 'zunyi-metropolitan/restoration-belts', bufferKm: 2 }, plans, sources);
 */
export async function answerLayerQuestion(question: LayerQuestion, plans: readonly LoadedPlan[], sources: QuestionSources): Promise<QueryOutcome> {
  switch (question.kind) {
    case 'structure-area': return answerStructureArea(plans, question.structure, sources);
    case 'overlap': return answerOverlap(plans, question);
    case 'locate': return answerLocate(plans, question);
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
