import * as gjv from 'geojson-validation';
import { featurePlace, type PlanContext, type Rule } from '../context';
import { arrayOf, isRecord, valueAt } from '../guards';
import { problem, t, type Problem } from '../problem';

const RULE = 'geojson';

const FIX_GEOJSON = t(
  '按 GeoJSON(RFC 7946)改正:每个要素为 {"type":"Feature","id":…,"properties":{…},"geometry":{"type":…,"coordinates":…}}。',
  'Make it valid GeoJSON (RFC 7946): each feature is {"type":"Feature","id":…,"properties":{…},"geometry":{"type":…,"coordinates":…}}.',
);

/** Every layer file is a GeoJSON FeatureCollection whose features pass geojson-validation. */
export const geojsonRule: Rule = {
  id: RULE,
  description: t('图层文件是有效的 GeoJSON FeatureCollection', 'Layer files are valid GeoJSON FeatureCollections'),
  check(context: PlanContext): Problem[] {
    return context.files.flatMap((file) => checkFile(context, file));
  },
};

function checkFile(context: PlanContext, file: string): Problem[] {
  const collection = context.input.files.get(file);
  if (!isRecord(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return [
      problem(
        'error', RULE, { file },
        t('文件不是 GeoJSON FeatureCollection(需要 "type":"FeatureCollection" 和 "features" 数组)。',
          'The file is not a GeoJSON FeatureCollection (needs "type": "FeatureCollection" and a "features" array).'),
        t('把要素放进 {"type":"FeatureCollection","features":[…]}。', 'Wrap the features in {"type": "FeatureCollection", "features": […]}.'),
      ),
    ];
  }
  const out: Problem[] = [];
  const entries = context.features.filter((e) => e.file === file);
  for (const entry of entries) {
    for (const error of gjv.isFeature(entry.feature, true)) {
      out.push(problem('error', RULE, featurePlace(entry),
        t(`GeoJSON 要素无效:${error}`, `Invalid GeoJSON feature: ${error}`), FIX_GEOJSON));
    }
    if (isRecord(entry.feature) && valueAt(entry.feature, 'geometry') === null) {
      out.push(problem('warning', RULE, featurePlace(entry, 'geometry'),
        t('要素没有几何(geometry 为 null),地图上不会显示。', 'The feature has no geometry (null), so the map cannot show it.'),
        t('补上几何;若文本无法定位,请把它移到结构的 notDrawn 中并说明原因。',
          'Add a geometry; if the text gives no place, move it to the structure\'s notDrawn with the reason.')));
    }
  }
  if (arrayOf(collection.features).length === 0) {
    out.push(problem('warning', RULE, { file }, t('图层没有要素。', 'The layer has no features.'),
      t('添加要素,或从清单中删除该图层。', 'Add features, or remove the layer from the manifest.')));
  }
  return out;
}
