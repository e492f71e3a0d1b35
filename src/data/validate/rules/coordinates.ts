import type { Position } from 'geojson';
import { featurePlace, manifestPlace, type PlanContext, type Rule } from '../context';
import { positionIssue, positionsOf, type PositionAt, type PositionIssue } from '../geometry';
import { arrayOf, isFiniteNumber, valueAt } from '../guards';
import { problem, t, type Place, type Problem } from '../problem';

const RULE = 'coordinates';

/**
 * Coordinates are WGS84 [longitude, latitude] in range; a position whose first value looks like a
 * latitude in China and whose second looks like a longitude is reported as swapped, with the fix.
 * Checks feature geometries and the manifest's cameras.
 */
export const coordinatesRule: Rule = {
  id: RULE,
  description: t('坐标在范围内且为 [经度, 纬度] 顺序', 'Coordinates in range and in [lon, lat] order'),
  check(context: PlanContext): Problem[] {
    const out: Problem[] = [];
    for (const entry of context.features) {
      if (!entry.geometry) continue;
      out.push(...summarize([...positionsOf(entry.geometry)], (path) => featurePlace(entry, path)));
    }
    for (const { center, path } of cameraCenters(context.manifest)) {
      out.push(...summarize([{ position: center, path }], () => manifestPlace(path)));
    }
    return out;
  },
};

function cameraCenters(manifest: unknown): { center: Position; path: string }[] {
  const out: { center: Position; path: string }[] = [];
  const add = (camera: unknown, path: string): void => {
    const center = valueAt(camera, 'center');
    if (Array.isArray(center) && center.length === 2 && center.every(isFiniteNumber)) out.push({ center, path });
  };
  add(valueAt(manifest, 'camera'), 'camera/center');
  arrayOf(valueAt(manifest, 'structures')).forEach((structure, s) => {
    arrayOf(valueAt(structure, 'tour')).forEach((step, k) => add(valueAt(step, 'camera'), `structures/${s}/tour/${k}/camera/center`));
  });
  return out;
}

/** One problem per kind of issue in a set of positions, naming the first and counting the rest. */
function summarize(positions: PositionAt[], place: (path: string) => Place): Problem[] {
  const found = new Map<PositionIssue, { first: PositionAt; count: number }>();
  for (const at of positions) {
    const issue = positionIssue(at.position);
    if (!issue) continue;
    const seen = found.get(issue);
    if (seen) seen.count += 1;
    else found.set(issue, { first: at, count: 1 });
  }
  return [...found].map(([issue, { first, count }]) => report(issue, first, count, positions.length, place(first.path)));
}

function report(issue: PositionIssue, at: PositionAt, count: number, total: number, place: Place): Problem {
  const [a, b] = at.position;
  const shown = `[${String(a)}, ${String(b)}]`;
  const many = count > 1 ? t(`(共 ${count}/${total} 个坐标)`, ` (${count} of ${total} positions)`) : t('', '');
  switch (issue) {
    case 'swapped':
      return problem('error', RULE, place,
        t(`坐标 ${shown} 经纬度颠倒${many.zh}:第一个值像中国的纬度,第二个像经度。`,
          `Lat/lon swapped: ${shown} has a latitude in China first and a longitude second${many.en}.`),
        t(`GeoJSON 先写经度后写纬度:改为 [${String(b)}, ${String(a)}]${count > 1 ? ',并交换该要素所有坐标' : ''}。`,
          `GeoJSON is [longitude, latitude]: write [${String(b)}, ${String(a)}]${count > 1 ? ', and swap every position of the feature' : ''}.`));
    case 'out-of-range':
      return problem('error', RULE, place,
        t(`坐标 ${shown} 超出范围${many.zh}(经度 −180…180,纬度 −90…90)。`,
          `Coordinate ${shown} is out of range${many.en} (longitude −180…180, latitude −90…90).`),
        t('使用 WGS84 经纬度(度),不要用投影坐标或度分秒。', 'Use WGS84 longitude/latitude in decimal degrees, not projected metres or degrees-minutes-seconds.'));
    case 'outside-china':
      return problem('warning', RULE, place,
        t(`坐标 ${shown} 在中国范围之外${many.zh}。`, `Coordinate ${shown} lies outside China${many.en}.`),
        t('检查坐标是否抄错,或是否用了其他坐标系(规划数据应为 WGS84)。',
          'Check for a typo or a different coordinate system (plan data is WGS84).'));
  }
}
