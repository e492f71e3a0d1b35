import type { Feature, FeatureCollection } from 'geojson';
import type { LoadedPlan, LocalizedText, Locale } from '../domain/plan';
import { formatNumber } from '../domain/i18n';
import type { FoundFeature } from './plan-lookup';

/** A column of a result table. */
export interface ResultColumn {
  key: string;
  label: LocalizedText;
  isNumeric?: boolean;
}

/** What a query shows: a titled table, a note on how it was measured, and what to draw. */
export interface QueryOutcome {
  title: LocalizedText;
  note: LocalizedText;
  columns: ResultColumn[];
  rows: Record<string, string | number>[];
  geometry: FeatureCollection;
}

/** The query engine, loaded on first use so that the first screen does not carry Turf. */
const loadQuery = () => import('../query');

const STRAIGHT_LINE: LocalizedText = { zh: '距离为球面直线距离,不是沿道路或河流的距离。', en: 'Distances are straight lines on the sphere, not along roads or rivers.' };
const KIND_NAMES: Record<string, LocalizedText> = { node: { zh: '节点', en: 'Node' }, corridor: { zh: '廊道', en: 'Corridor' }, zone: { zh: '片区', en: 'Zone' } };

/** The columns of a "what lies within" answer. */
const WITHIN_COLUMNS: ResultColumn[] = [
  { key: 'name', label: { zh: '名称', en: 'Name' } }, { key: 'kind', label: { zh: '类型', en: 'Kind' } },
  { key: 'distanceKm', label: { zh: '距离(公里)', en: 'Distance (km)' }, isNumeric: true },
];

/** A proximity row as the table shows it: the name, the kind in both languages, km to the metre. */
function toKindedRow(r: { id: string; name: string; nameEn: string; kind: string; distanceKm: number }): Record<string, string | number> {
  return { id: r.id, name: r.name, nameEn: r.nameEn, kind: KIND_NAMES[r.kind]?.zh ?? r.kind, kindEn: KIND_NAMES[r.kind]?.en ?? r.kind, distanceKm: round(r.distanceKm) };
}

/** Every feature of the visible plan layers, with each feature's plan and name kept for the rows. */
export function collectVisibleFeatures(plans: LoadedPlan[], isVisible: (plan: string, layer: string) => boolean): FeatureCollection {
  const features: Feature[] = [];
  for (const plan of plans) {
    for (const layer of plan.manifest.structures.flatMap((s) => s.layers)) {
      if (!isVisible(plan.manifest.id, layer.id)) continue;
      for (const f of plan.layers.get(layer.id)?.features ?? []) {
        features.push({ ...f, properties: { ...f.properties, id: `${plan.manifest.id}/${f.properties.id}`, planTitle: plan.manifest.title.zh } });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Area (km², 公顷, 亩) and perimeter of an area, or length of a line, as label–value pairs. */
export async function measureFeature(feature: Feature, locale: Locale): Promise<{ label: string; value: string }[]> {
  const q = await loadQuery();
  const n = (v: number) => formatNumber(Number(v.toPrecision(5)), locale);
  const g = feature.geometry;
  if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') {
    const a = q.measureArea(feature);
    const zh = locale === 'zh';
    return [
      { label: zh ? '面积' : 'Area', value: `${n(a.km2)} km² · ${n(a.ha)} ${zh ? '公顷' : 'ha'} · ${n(a.mu)} ${zh ? '亩' : 'mu'}` },
      { label: zh ? '周长' : 'Perimeter', value: `${n(q.measurePerimeterKm(feature))} km` },
    ];
  }
  if (g?.type === 'LineString' || g?.type === 'MultiLineString') return [{ label: locale === 'zh' ? '长度' : 'Length', value: `${n(q.measureLengthKm(feature))} km` }];
  return [];
}

/** Everything of the visible layers within `km` of the selected feature, nearest first. */
export async function findNearby(found: FoundFeature, all: FeatureCollection, km: number): Promise<QueryOutcome> {
  const q = await loadQuery();
  const index = q.createFeatureIndex(all);
  const self = all.features.find((f) => f.properties?.id === `${found.plan.manifest.id}/${found.feature.properties.id}`) ?? found.feature;
  const result = index.withinBuffer(self, km);
  const name = found.feature.properties.name;
  return {
    title: { zh: `${name.zh} 周边 ${km} 公里内`, en: `Within ${km} km of ${name.en || name.zh}` },
    note: STRAIGHT_LINE,
    columns: WITHIN_COLUMNS,
    rows: result.rows.map(toKindedRow),
    geometry: q.toResultFeatures(result.rows, all),
  };
}

/** Everything of the visible layers within `km` of a clicked point, nearest first. */
export async function findWithinRadius(lngLat: [number, number], all: FeatureCollection, km: number): Promise<QueryOutcome> {
  const q = await loadQuery();
  const result = q.createFeatureIndex(all).within(lngLat, km);
  const at = lngLat.map((v) => v.toFixed(4)).join(', ');
  const circle = q.bufferGeometry({ type: 'Point', coordinates: lngLat }, km);
  const found = q.toResultFeatures(result.rows, all);
  return {
    title: { zh: `${at} 周边 ${km} 公里内`, en: `Within ${km} km of ${at}` },
    note: STRAIGHT_LINE,
    columns: WITHIN_COLUMNS,
    rows: result.rows.map(toKindedRow),
    geometry: { type: 'FeatureCollection', features: [...(circle ? [{ type: 'Feature' as const, properties: { id: 'search-circle', name: `${km} km` }, geometry: circle }] : []), ...found.features] },
  };
}

/** Straight-line distances between the points of the selected feature's structure. */
export async function measureStructureDistances(found: FoundFeature): Promise<QueryOutcome> {
  const q = await loadQuery();
  const points = found.structure.layers.flatMap((l) => found.plan.layers.get(l.id)?.features ?? []).filter((f) => f.geometry?.type === 'Point');
  const collection: FeatureCollection = { type: 'FeatureCollection', features: points };
  const matrix = q.measureDistanceMatrix(collection as FeatureCollection<import('geojson').Point>);
  return {
    title: { zh: `${found.structure.slogan} 各点间距离`, en: `Distances between the points of ${found.structure.slogan}` },
    note: STRAIGHT_LINE,
    columns: [
      { key: 'fromName', label: { zh: '起点', en: 'From' } }, { key: 'toName', label: { zh: '终点', en: 'To' } },
      { key: 'distanceKm', label: { zh: '距离(公里)', en: 'Distance (km)' }, isNumeric: true },
    ],
    rows: matrix.rows.map((r) => ({ fromName: r.fromName, toName: r.toName, distanceKm: round(r.distanceKm) })),
    geometry: collection,
  };
}

/** The nearest node, corridor and zone edge of the visible layers to a clicked point. */
export async function findNearestToPoint(lngLat: [number, number], all: FeatureCollection): Promise<QueryOutcome> {
  const q = await loadQuery();
  const index = q.createFeatureIndex(all);
  const list = q.findNearestOfEachKind(index, lngLat, { k: 3 }).rows;
  return {
    title: { zh: `离 ${lngLat.map((v) => v.toFixed(4)).join(', ')} 最近的要素`, en: `Nearest to ${lngLat.map((v) => v.toFixed(4)).join(', ')}` },
    note: STRAIGHT_LINE,
    columns: [
      { key: 'kind', label: { zh: '类型', en: 'Kind' } }, { key: 'name', label: { zh: '名称', en: 'Name' } },
      { key: 'distanceKm', label: { zh: '距离(公里)', en: 'Distance (km)' }, isNumeric: true },
    ],
    rows: list.map((r) => ({ id: r.id, kind: KIND_NAMES[r.kind]?.zh ?? r.kind, kindEn: KIND_NAMES[r.kind]?.en ?? r.kind, name: r.name, nameEn: r.nameEn, distanceKm: round(r.distanceKm) })),
    geometry: q.toResultFeatures(list, all),
  };
}

/** The table as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese). */
export async function toCsvText(outcome: QueryOutcome): Promise<string> {
  const q = await loadQuery();
  return q.toCsv(outcome.rows, { bom: true });
}

function round(km: number): number {
  return Math.round(km * 1000) / 1000;
}
