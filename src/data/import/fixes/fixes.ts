import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { LocalizedText } from '../../../domain/plan';
import { t } from '../problems';
import { everyPosition, mapFeatureGeometry } from '../positions';
import type { FixId, FixOffer } from '../types';
import { closeRings, hasDuplicatePoints, hasUnclosedRing, hasWrongWinding, removeDuplicatePoints, rewindGeometry, swapAxes } from './geometry-fixes';

/** China's extent in degrees, Nansha islands included: `[west, south, east, north]`. */
export const CHINA_BOUNDS = [73.4, 3.8, 135.1, 53.6] as const;

/** True when a longitude/latitude position lies in China's extent. */
export function isInChina([lon = NaN, lat = NaN]: Position): boolean {
  const [w, s, e, n] = CHINA_BOUNDS;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** One repair: what it is called, when a feature needs it, how it changes a geometry. */
interface FixDefinition {
  title: LocalizedText;
  description: LocalizedText;
  needs(geometry: Geometry): boolean;
  apply(geometry: Geometry): Geometry;
}

/** The repairs by id. Swapping lat/lon is offered for a whole layer only (see `findFixes`). */
export const FIXES: Readonly<Record<FixId, FixDefinition>> = {
  'close-rings': {
    title: t('闭合多边形', 'Close rings'),
    description: t('在首尾不同的多边形环末尾补上起点。', 'Append the first point to polygon rings that do not end where they start.'),
    needs: hasUnclosedRing,
    apply: closeRings,
  },
  'remove-duplicate-points': {
    title: t('删除重复点', 'Remove duplicate points'),
    description: t('删除线和多边形中连续重复的点。', 'Remove points repeated twice in a row in lines and rings.'),
    needs: hasDuplicatePoints,
    apply: removeDuplicatePoints,
  },
  rewind: {
    title: t('调整环的方向', 'Rewind rings'),
    description: t('外环改为逆时针、内环(洞)改为顺时针,符合 GeoJSON 标准(RFC 7946)。',
      'Make outer rings counter-clockwise and holes clockwise, as GeoJSON (RFC 7946) asks.'),
    needs: hasWrongWinding,
    apply: rewindGeometry,
  },
  'swap-lat-lon': {
    title: t('交换经纬度', 'Swap latitude and longitude'),
    description: t('坐标写成了“纬度, 经度”:交换后全部落在中国境内。',
      'The coordinates are written latitude first: swapped, all of them fall in China.'),
    needs: () => true,
    apply: swapAxes,
  },
};

/**
 * Applies repair `fixId` to every feature of `collection` that needs it. Pure: returns a new
 * collection and leaves the argument alone; features needing nothing are shared.
 */
export function applyFix(collection: FeatureCollection, fixId: FixId): FeatureCollection {
  const fix = FIXES[fixId];
  return {
    ...collection,
    features: collection.features.map((f) =>
      f.geometry !== null && fix.needs(f.geometry) ? mapFeatureGeometry(f, fix.apply) : f),
  };
}

/**
 * The repairs a layer could use, in the order to apply them (close, dedupe, rewind, swap). Swapping
 * is offered only when certain: some position lies outside China as written, and all lie in China
 * once swapped.
 */
export function findFixes(layer: string, collection: FeatureCollection): FixOffer[] {
  const offers: FixOffer[] = [];
  for (const id of ['close-rings', 'remove-duplicate-points', 'rewind'] as const) {
    const indexes = collection.features.flatMap((f, i) => (f.geometry !== null && FIXES[id].needs(f.geometry) ? [i] : []));
    if (indexes.length > 0) offers.push(offer(id, layer, indexes));
  }
  if (isSwappedForChina(collection)) {
    offers.push(offer('swap-lat-lon', layer, collection.features.flatMap((f, i) => (f.geometry !== null ? [i] : []))));
  }
  return offers;
}

/** True when the positions all lie in China only once x and y are swapped. */
export function isSwappedForChina(collection: FeatureCollection): boolean {
  return !everyPosition(collection, isInChina) && everyPosition(collection, ([x = NaN, y = NaN]) => isInChina([y, x]));
}

function offer(id: FixId, layer: string, featureIndexes: number[]): FixOffer {
  return { id, layer, title: FIXES[id].title, description: FIXES[id].description, featureIndexes };
}
