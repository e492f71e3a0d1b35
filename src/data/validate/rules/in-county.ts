import {
  along, area, featureCollection, feature as turfFeature, intersect, length, pointOnFeature, pointToPolygonDistance,
} from '@turf/turf';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { featurePlace, manifestPlace, type FeatureEntry, type PlanContext, type Rule } from '../context';
import { countyAt, countyLabel, inAnyCounty, type County, type CountyIndex } from '../counties';
import { hasBadPosition } from '../geometry';
import { arrayOf, valueAt } from '../guards';
import { percent, problem, t, type Problem } from '../problem';

const RULE = 'in-county';

/** Share of a line's length (or a polygon's area) that must lie in its declared counties. */
export const MIN_SHARE_INSIDE = 0.5;

/** Samples taken along a line to measure the share of its length inside. */
const LINE_SAMPLES = 200;

/**
 * A feature lies in the counties it declares (`properties.counties`, GB/T 2260): points inside the
 * union of those county polygons, lines with most of their length inside, polygons with their
 * representative point (or else most of their area) inside. Unknown county codes are errors.
 * Skipped when no county polygons are given.
 */
export const inCountyRule: Rule = {
  id: RULE,
  description: t('要素位于其声明的县级行政区内', 'Features lie in the counties they declare'),
  check(context: PlanContext): Problem[] {
    const counties = context.counties;
    if (!counties) return [];
    const out = regionCodes(context, counties);
    for (const entry of context.features) out.push(...checkFeature(entry, counties));
    return out;
  },
};

function unknownCode(code: string): Problem['message'] {
  return t(`县级代码 "${code}" 不在底图 counties.geojson 中。`, `County code "${code}" is not in the basemap's counties.geojson.`);
}

const FIX_CODE = t('使用底图 data/basemap/counties.geojson 中该县的 6 位 GB/T 2260 代码(属性 code)。',
  "Use the county's six-digit GB/T 2260 code as in data/basemap/counties.geojson (property code).");

function regionCodes(context: PlanContext, counties: CountyIndex): Problem[] {
  return arrayOf(valueAt(valueAt(context.manifest, 'region'), 'counties')).flatMap((code, i) =>
    typeof code === 'string' && !counties.has(code)
      ? [problem('error', RULE, manifestPlace(`region/counties/${i}`), unknownCode(code), FIX_CODE)]
      : []);
}

function checkFeature(entry: FeatureEntry, index: CountyIndex): Problem[] {
  const codes = arrayOf(entry.properties?.counties).filter((c): c is string => typeof c === 'string');
  if (codes.length === 0) return [];
  const out: Problem[] = [];
  const counties: County[] = [];
  codes.forEach((code, i) => {
    const county = index.get(code);
    if (county) counties.push(county);
    else out.push(problem('error', RULE, featurePlace(entry, `properties/counties/${i}`), unknownCode(code), FIX_CODE));
  });
  const geometry = entry.geometry;
  if (counties.length === 0 || !geometry || hasBadPosition(geometry)) return out;
  let miss: Miss | undefined;
  try {
    miss = misplacement(geometry, counties, index);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    miss = t(`无法计算(${detail}),几何可能自相交。`, `could not be measured (${detail}); the geometry may self-intersect.`);
  }
  if (miss) {
    const list = codes.join(', ');
    out.push(problem('error', RULE, featurePlace(entry, 'geometry'),
      t(`几何不在声明的县(${list})内:${miss.zh}`, `The geometry is not in its declared counties (${list}): ${miss.en}`),
      t(`把几何移到这些县内(检查坐标是否抄错),或在 properties.counties 中写上它实际所在的县${miss.where ? `(${miss.where})` : ''}。`,
        `Move the geometry into those counties (check the coordinates for typos), or list in properties.counties the counties it is in${miss.where ? ` (${miss.where})` : ''}.`)));
  }
  return out;
}

/** What is misplaced (and in which counties the outside part lies, when known). */
interface Miss {
  zh: string;
  en: string;
  where?: string;
}

/** What is misplaced, or undefined when the geometry lies in the counties. */
function misplacement(geometry: Geometry, counties: County[], index: CountyIndex): Miss | undefined {
  switch (geometry.type) {
    case 'Point':
      return pointMiss(geometry.coordinates, counties, index);
    case 'MultiPoint':
      for (const p of geometry.coordinates) {
        const miss = pointMiss(p, counties, index);
        if (miss) return miss;
      }
      return undefined;
    case 'LineString':
    case 'MultiLineString':
      return lineMiss(geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates, counties, index);
    case 'Polygon':
    case 'MultiPolygon':
      return polygonMiss(turfFeature(geometry), counties, index);
    case 'GeometryCollection':
      for (const g of geometry.geometries) {
        const miss = misplacement(g, counties, index);
        if (miss) return miss;
      }
      return undefined;
  }
}

function pointMiss(position: Position, counties: County[], index: CountyIndex): Miss | undefined {
  if (inAnyCounty(position, counties)) return undefined;
  const km = Math.min(...counties.map((c) => pointToPolygonDistance(position, c.feature, { units: 'kilometers' })));
  const shown = `[${position.join(', ')}]`;
  return { ...t(`点 ${shown} 在县界外约 ${km.toFixed(1)} 公里。`, `the point ${shown} lies about ${km.toFixed(1)} km outside.`), ...whereIs([position], index) };
}

/** The counties (most samples first, at most three) that contain the given outside positions. */
function whereIs(positions: Position[], index: CountyIndex): { where?: string } {
  const counts = new Map<County, number>();
  for (const p of positions) {
    const county = countyAt(p, index);
    if (county) counts.set(county, (counts.get(county) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => countyLabel(c));
  return top.length > 0 ? { where: top.join(', ') } : {};
}

/** Share of the lines' length inside the counties, from evenly spaced samples, and the samples outside. */
export function lineShareInside(lines: Position[][], counties: readonly County[]): { share: number; outside: Position[] } {
  const parts = lines.filter((l) => l.length >= 2).map((l) => turfFeature<LineString>({ type: 'LineString', coordinates: l }));
  const lengths = parts.map((p) => length(p, { units: 'kilometers' }));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total === 0) return { share: lines.flat().some((p) => inAnyCounty(p, counties)) ? 1 : 0, outside: [] };
  const outside: Position[] = [];
  let inside = 0;
  let samples = 0;
  parts.forEach((part, i) => {
    const n = Math.max(1, Math.round((LINE_SAMPLES * (lengths[i] ?? 0)) / total));
    for (let k = 0; k < n; k++) {
      const at = along(part, (((k + 0.5) / n) * (lengths[i] ?? 0)), { units: 'kilometers' });
      samples += 1;
      if (inAnyCounty(at.geometry.coordinates, counties)) inside += 1;
      else outside.push(at.geometry.coordinates);
    }
  });
  return { share: samples === 0 ? 0 : inside / samples, outside };
}

function lineMiss(lines: Position[][], counties: County[], index: CountyIndex): Miss | undefined {
  const { share, outside } = lineShareInside(lines, counties);
  if (share >= MIN_SHARE_INSIDE) return undefined;
  const where = whereIs(outside, index);
  const rest = where.where === undefined ? t('', '') : t(`;其余部分在 ${where.where}`, `; the rest runs through ${where.where}`);
  return {
    ...t(`线仅有 ${percent(share)} 的长度在县内(至少应为 ${percent(MIN_SHARE_INSIDE)})${rest.zh}。`,
      `only ${percent(share)} of the line's length lies inside (at least ${percent(MIN_SHARE_INSIDE)} required)${rest.en}.`),
    ...where,
  };
}

/** Share of a polygon's area inside the counties (the counties do not overlap each other). */
export function areaShareInside(polygon: Feature<Polygon | MultiPolygon>, counties: readonly County[]): number {
  const total = area(polygon);
  if (total === 0) return 0;
  let inside = 0;
  for (const county of counties) {
    const part = intersect(featureCollection<Polygon | MultiPolygon>([polygon, county.feature]));
    if (part) inside += area(part);
  }
  return Math.min(1, inside / total);
}

function polygonMiss(polygon: Feature<Polygon | MultiPolygon>, counties: County[], index: CountyIndex): Miss | undefined {
  const representative = pointOnFeature(polygon).geometry.coordinates;
  if (inAnyCounty(representative, counties)) return undefined;
  const share = areaShareInside(polygon, counties);
  if (share >= MIN_SHARE_INSIDE) return undefined;
  return { ...whereIs([representative], index), ...t(`面的代表点 [${representative.join(', ')}] 在县外,且仅 ${percent(share)} 的面积在县内。`,
    `its representative point [${representative.join(', ')}] is outside and only ${percent(share)} of its area lies inside.`) };
}
