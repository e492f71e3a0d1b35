import type { FeatureCollection } from 'geojson';
import { checkFeatures } from './check-features';
import type { CrsReport } from './crs/crs-types';
import { resolveCrs, type CrsHints } from './crs/resolve';
import { FIXES, findFixes, isInChina, isSwappedForChina } from './fixes/fixes';
import { everyPosition } from './positions';
import { featurePlace, t, type ProblemList } from './problems';
import type { FixOffer, ImportedLayer, LayerDetails } from './types';

/** A layer as a parser read it: features not yet checked, coordinates not yet converted. */
export interface RawLayer {
  name: string;
  /** Raw features, each checked on its own. */
  features: readonly unknown[];
  details: LayerDetails;
  crsHints: CrsHints;
  /** Members of the source collection besides `type` and `features` (e.g. `name`), kept for export. */
  foreignMembers?: Record<string, unknown>;
}

/** A checked, converted layer and the repairs it could use. */
export interface BuiltLayer {
  layer: ImportedLayer;
  fixes: FixOffer[];
}

/**
 * Turns a parser's raw layer into an imported one: keeps the valid features (reporting the rest),
 * brings coordinates to WGS84, and lists the repairs with a warning for each feature that needs one.
 */
export function buildLayer(raw: RawLayer, problems: ProblemList): BuiltLayer {
  const file = raw.details.file;
  const checked = checkFeatures(file, raw.features, problems);
  const source: FeatureCollection = { ...raw.foreignMembers, type: 'FeatureCollection', features: checked.features };
  const { collection, report, failedPositions } = resolveCrs(source, raw.crsHints);
  reportCrs(file, report, failedPositions, problems);
  const fixes = findFixes(raw.name, collection);
  for (const fix of fixes) {
    for (const i of fix.featureIndexes) {
      const sourceIndex = checked.sourceIndexes[i] ?? i;
      problems.add('warning', fix.id, featurePlace(file, sourceIndex, collection.features[i]),
        t(`需要修复:${FIXES[fix.id].description.zh}`, `Needs repair: ${FIXES[fix.id].description.en}`),
        t(`使用“${fix.title.zh}”一键修复。`, `Use the “${fix.title.en}” fix.`));
    }
  }
  if (report.detected.kind !== 'unknown' && !fixes.some((f) => f.id === 'swap-lat-lon')) reportOutsideChina(file, collection, problems);
  return { layer: { name: raw.name, collection, details: raw.details, crs: report }, fixes };
}

function reportCrs(file: string, report: CrsReport, failed: number, problems: ProblemList): void {
  if (report.detected.kind === 'unknown') {
    problems.add('error', 'import-crs', { file },
      t('无法识别坐标系:坐标既不是经纬度,也不像 CGCS2000 高斯-克吕格投影坐标。', 'Unrecognised coordinate system: the coordinates are neither longitude/latitude nor CGCS2000 Gauss-Krüger.'),
      t('随数据提供 .prj 文件,或在导入时选择源坐标系。', 'Include the .prj file, or choose the source coordinate system when importing.'));
  }
  if (report.needsConfirmation) {
    problems.add('warning', 'import-crs', { file }, report.needsConfirmation.message,
      t('核对地图上的位置;不对时选择其他分带重新导入。', 'Check the position on the map; if it is wrong, import again with another zone.'));
  }
  if (failed > 0) {
    problems.add('warning', 'import-crs', { file },
      t(`${failed} 个坐标无法换算,保留了原值。`, `${failed} positions could not be converted and were kept as they were.`),
      t('检查源坐标系是否选对。', 'Check that the source coordinate system is right.'));
  }
}

function reportOutsideChina(file: string, collection: FeatureCollection, problems: ProblemList): void {
  if (collection.features.every((f) => f.geometry === null) || everyPosition(collection, isInChina) || isSwappedForChina(collection)) return;
  problems.add('warning', 'outside-china', { file },
    t('部分坐标落在中国境外。', 'Some coordinates lie outside China.'),
    t('检查坐标系(分带、是否为 GCJ-02/BD-09)与经纬度顺序。', 'Check the coordinate system (zone, GCJ-02/BD-09) and the order of longitude and latitude.'));
}
