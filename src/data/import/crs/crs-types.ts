import type { LocalizedText } from '../../../domain/plan';

/**
 * A CGCS2000 Gauss-Krüger zone. `hasZonePrefix`: the easting carries the zone number in front
 * (x = 36 500 000 + easting − 500 000 for zone 36). `swapAxes`: the file writes northing first, as
 * Chinese surveying does (X north, Y east).
 */
export interface GaussKrugerZone {
  kind: 'gauss-kruger';
  zoneWidth: 3 | 6;
  /** Degrees east: a multiple of 3 for 3° zones, 6n − 3 for 6° zones. */
  centralMeridian: number;
  hasZonePrefix: boolean;
  swapAxes?: boolean;
}

/** A proj4 definition (PROJ string or WKT) of the source coordinates. */
export interface Proj4Crs {
  kind: 'proj4';
  definition: string;
}

/**
 * The CRS of the source coordinates, when the user knows it. `wgs84` and `cgcs2000` are geographic
 * and left as they are (they differ by centimetres); `gcj02` (高德, 腾讯) and `bd09` (百度) are
 * shifted back with gcoord; `web-mercator` is EPSG:3857.
 */
export type SourceCrs = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09' | 'web-mercator' | GaussKrugerZone | Proj4Crs;

/** Where the CRS was learnt from. */
export type CrsSource = 'option' | 'prj' | 'geojson-crs' | 'coordinates' | 'format';

/** The CRS an import found its coordinates in. */
export interface CrsDescription {
  kind: 'geographic' | 'gauss-kruger' | 'gcj02' | 'bd09' | 'projected' | 'unknown';
  label: LocalizedText;
  source: CrsSource;
  zone?: GaussKrugerZone;
}

/**
 * The CRS of a layer and what was done about it. `appliedTransform` names the conversion to WGS84
 * (a PROJ string, or `gcoord GCJ02→WGS84`), null when the coordinates were kept. `needsConfirmation`
 * is set when the CRS was guessed from coordinate magnitudes: the first candidate has been applied,
 * and the user should confirm it or import again with `options.sourceCrs` set to another candidate.
 */
export interface CrsReport {
  detected: CrsDescription;
  appliedTransform: string | null;
  needsConfirmation?: { message: LocalizedText; candidates: GaussKrugerZone[] };
}
