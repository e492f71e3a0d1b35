import { strToU8, zipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { MANIFEST_FILE } from '../validate/context';

/**
 * GeoJSON text of a collection, lossless: `JSON.stringify` writes the shortest text that parses
 * back to the same double, so import → export → import gives the same coordinates and properties.
 */
export function toGeoJsonText(collection: FeatureCollection, options: { indent?: number } = {}): string {
  return JSON.stringify(collection, null, options.indent);
}

/**
 * A plan package as a ZIP: `manifest.json` and one GeoJSON file per entry of `layers` (file name →
 * collection, the names the manifest's layers use). File names with folders or `..` are refused
 * with an error rather than written somewhere unexpected.
 */
export function toPlanPackageZip(manifest: unknown, layers: ReadonlyMap<string, FeatureCollection>): Uint8Array {
  const files: Record<string, Uint8Array> = { [MANIFEST_FILE]: strToU8(JSON.stringify(manifest, null, 2)) };
  for (const [file, collection] of layers) {
    if (file.includes('/') || file.includes('\\') || file.includes('..') || file === MANIFEST_FILE) {
      throw new Error(`layer file name not allowed in a plan package: ${file}`);
    }
    files[file] = strToU8(toGeoJsonText(collection));
  }
  return zipSync(files);
}
