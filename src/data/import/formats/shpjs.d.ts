/** Types for the parts of `shpjs` (no bundled types) that the shapefile reader uses. */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, reprojected to WGS84 when `prj` (WKT) is given. */
  export function parseShp(shp: ArrayBufferView | ArrayBuffer, prj?: string | false): (Geometry | null)[];
  /** Attribute rows of a .dbf, decoded with the TextDecoder label `cpg`. */
  export function parseDbf(dbf: ArrayBufferView | ArrayBuffer, cpg?: string): Record<string, unknown>[];
}
