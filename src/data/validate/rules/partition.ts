import { area, bbox, difference, featureCollection, feature as turfFeature, intersect, union } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon } from 'geojson';
import { featurePlace, manifestPlace, type FeatureEntry, type LayerRef, type PlanContext, type Rule } from '../context';
import type { County } from '../counties';
import { arrayOf, isRecord, stringAt, valueAt } from '../guards';
import { percent, problem, t, type Problem } from '../problem';

const RULE = 'partition';

/** Gaps of at least this share of the county's area are errors. */
export const MAX_GAP = 0.01;
/** Overlaps above this share of the county's area are errors. */
export const MAX_OVERLAP = 0.001;
/** Parts outside the county above this share of its area are warnings. */
export const MAX_OUTSIDE = 0.01;

/** Measured tiling of a county by a partition layer, as shares of the county's area. */
export interface TilingMeasure {
  gap: number;
  overlap: number;
  outside: number;
  /** Overlapping pairs of features, largest first, as [id or index, id or index, share]. */
  pairs: [string, string, number][];
}

/**
 * A structure with `partition: {layer, county}`: the layer's polygons must not overlap (overlap
 * > 0.1 % of the county's area is an error) and must cover the county (gaps ≥ 1 % are errors).
 * Messages give the measured percentages.
 */
export const partitionRule: Rule = {
  id: RULE,
  description: t('分区图层无重叠、无缝覆盖所在县', 'Partition layers tile their county without gaps or overlaps'),
  check(context: PlanContext): Problem[] {
    return arrayOf(valueAt(context.manifest, 'structures')).flatMap((structure, s) => {
      try {
        return checkStructure(context, structure, s);
      } catch (error) {
        return [unmeasurable(s, error)];
      }
    });
  },
};

/** Turf could not overlay the polygons (usually a self-intersecting ring). */
function unmeasurable(s: number, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return problem('error', RULE, manifestPlace(`structures/${s}/partition`),
    t(`无法计算分区的空隙与重叠:${detail}`, `Could not measure the partition's gaps and overlaps: ${detail}`),
    t('检查分区面是否自相交或环未闭合(可用 turf.kinks、turf.booleanValid 查找)。',
      'Check the zone polygons for self-intersections or unclosed rings (turf.kinks and turf.booleanValid find them).'));
}

function checkStructure(context: PlanContext, structure: unknown, s: number): Problem[] {
  const partition = valueAt(structure, 'partition');
  if (!isRecord(partition)) return [];
  const base = `structures/${s}/partition`;
  const layerId = stringAt(partition, 'layer');
  const code = stringAt(partition, 'county');
  if (layerId === undefined || code === undefined) return []; // the schema rule reports it
  const structureId = stringAt(structure, 'id');
  const layer = findLayer(context.layers, layerId, structureId);
  if (!layer) {
    return [problem('error', RULE, manifestPlace(`${base}/layer`),
      t(`分区引用的图层 "${layerId}" 不存在。`, `The partition names layer "${layerId}", which does not exist.`),
      t('写该结构中分区图层的 id。', "Write the id of the structure's partition layer."))];
  }
  if (layer.file === undefined || !context.input.files.has(layer.file) || !context.counties) return [];
  const county = context.counties.get(code);
  if (!county) {
    return [problem('error', RULE, manifestPlace(`${base}/county`),
      t(`分区的县级代码 "${code}" 不在底图中。`, `The partition's county code "${code}" is not in the basemap.`),
      t('使用 data/basemap/counties.geojson 中的 6 位代码。', 'Use a six-digit code from data/basemap/counties.geojson.'))];
  }
  const file = layer.file;
  const entries = context.features.filter((e) => e.file === file);
  const out: Problem[] = [];
  const polygons: { entry: FeatureEntry; feature: Feature<Polygon | MultiPolygon> }[] = [];
  for (const entry of entries) {
    const g = entry.geometry;
    if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) polygons.push({ entry, feature: turfFeature(g) });
    else if (g) {
      out.push(problem('error', RULE, featurePlace(entry, 'geometry/type'),
        t(`分区图层中的要素必须是面(Polygon/MultiPolygon),而不是 ${g.type}。`, `A partition layer's features must be polygons, not ${g.type}.`),
        t('把该要素移到其他图层,或改为面。', 'Move the feature to another layer, or make it a polygon.')));
    }
  }
  if (polygons.length === 0) {
    out.push(problem('error', RULE, { file },
      t('分区图层没有面要素。', 'The partition layer has no polygons.'),
      t('添加覆盖全县的分区面。', 'Add the zone polygons that tile the county.')));
    return out;
  }
  const m = measureTiling(polygons.map((p) => ({ id: p.entry.id ?? `#${p.entry.index}`, feature: p.feature })), county);
  const where = t(`县 ${code}(结构 ${structureId ?? s})`, `county ${code} (structure ${structureId ?? s})`);
  if (m.overlap > MAX_OVERLAP) {
    const worst = m.pairs.slice(0, 3).map(([a, b, share]) => `${a} × ${b} ${percent(share)}`).join('; ');
    const first = polygons.find((p) => (p.entry.id ?? `#${p.entry.index}`) === m.pairs[0]?.[0]);
    out.push(problem('error', RULE, first ? featurePlace(first.entry) : { file },
      t(`分区相互重叠,重叠面积占${where.zh}面积的 ${percent(m.overlap)}(允许 ≤ ${percent(MAX_OVERLAP)}):${worst}。`,
        `Partition zones overlap by ${percent(m.overlap)} of the area of ${where.en} (allowed ≤ ${percent(MAX_OVERLAP)}): ${worst}.`),
      t('让相邻分区共用同一条边界(例如从同一套泰森多边形单元合并,或用 difference 裁掉重叠)。',
        'Make neighbouring zones share one boundary (e.g. union them from the same Voronoi cells, or cut the overlap with difference).')));
  }
  if (m.gap >= MAX_GAP) {
    out.push(problem('error', RULE, { file },
      t(`分区未覆盖全县:空隙占${where.zh}面积的 ${percent(m.gap)}(应 < ${percent(MAX_GAP)})。`,
        `The zones leave gaps of ${percent(m.gap)} of the area of ${where.en} (must be < ${percent(MAX_GAP)}).`),
      t('把空隙并入相邻分区;分区应由县界裁剪得到,合起来等于全县。',
        'Merge the gaps into neighbouring zones; clip the zones from the county boundary so that together they equal the county.')));
  }
  if (m.outside > MAX_OUTSIDE) {
    out.push(problem('warning', RULE, { file },
      t(`分区超出县界,超出部分相当于${where.zh}面积的 ${percent(m.outside)}。`,
        `The zones extend beyond the county by ${percent(m.outside)} of the area of ${where.en}.`),
      t('用县界裁剪分区(turf.intersect)。', 'Clip the zones to the county boundary (turf.intersect).')));
  }
  return out;
}

function findLayer(layers: LayerRef[], id: string, structureId: string | undefined): LayerRef | undefined {
  return layers.find((l) => l.id === id && l.structureId === structureId) ?? layers.find((l) => l.id === id);
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Measures how a set of polygons tiles a county: gap, overlap and outside shares of its area. */
export function measureTiling(zones: { id: string; feature: Feature<Polygon | MultiPolygon> }[], county: County): TilingMeasure {
  const countyArea = area(county.feature);
  // turf 7's union needs at least two polygons
  const merged = zones.length === 1 ? zones[0]?.feature ?? null : union(featureCollection(zones.map((z) => z.feature)));
  const gapPart = merged ? difference(featureCollection([county.feature, merged])) : county.feature;
  const outsidePart = merged ? difference(featureCollection([merged, county.feature])) : null;
  const boxes = zones.map((z) => bbox(z.feature));
  const pairs: [string, string, number][] = [];
  let overlap = 0;
  for (let i = 0; i < zones.length; i++) {
    for (let j = i + 1; j < zones.length; j++) {
      const a = zones[i];
      const b = zones[j];
      const boxA = boxes[i];
      const boxB = boxes[j];
      if (!a || !b || !boxA || !boxB || !overlaps(boxA, boxB)) continue;
      const shared = intersect(featureCollection([a.feature, b.feature]));
      const share = shared ? area(shared) / countyArea : 0;
      if (share > 0) {
        overlap += share;
        pairs.push([a.id, b.id, share]);
      }
    }
  }
  pairs.sort((x, y) => y[2] - x[2]);
  return {
    gap: gapPart ? area(gapPart) / countyArea : 0,
    overlap,
    outside: outsidePart ? area(outsidePart) / countyArea : 0,
    pairs,
  };
}
