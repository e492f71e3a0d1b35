import gcoord from 'gcoord';
import type { FeatureCollection } from 'geojson';

/**
 * The collection moved from WGS84 to GCJ-02, for drawing over a basemap in China's obfuscated
 * datum (AMap, Tencent tiles). Only what the map draws is moved; the plan data stays WGS84.
 */
export function shiftToGcj02(collection: FeatureCollection): FeatureCollection {
  const copy = structuredClone(collection) as unknown as Parameters<typeof gcoord.transform>[0];
  return gcoord.transform(copy, gcoord.WGS84, gcoord.GCJ02) as unknown as FeatureCollection;
}
