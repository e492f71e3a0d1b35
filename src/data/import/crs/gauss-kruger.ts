import type { LocalizedText } from '../../../domain/plan';
import type { GaussKrugerZone } from './crs-types';

/**
 * Central meridians offered when an easting carries no zone number, most likely first for the
 * plans PlanMap holds (Guizhou and Chongqing): 3° zones at 108°, 105°, 111°, 102°E, then 6° zones
 * at 105° and 111°E.
 */
export const CANDIDATE_ZONES: readonly GaussKrugerZone[] = [
  ...[108, 105, 111, 102].map((cm): GaussKrugerZone => gaussKruger(3, cm, false)),
  ...[105, 111].map((cm): GaussKrugerZone => gaussKruger(6, cm, false)),
];

/** A Gauss-Krüger zone description. */
export function gaussKruger(zoneWidth: 3 | 6, centralMeridian: number, hasZonePrefix: boolean): GaussKrugerZone {
  return { kind: 'gauss-kruger', zoneWidth, centralMeridian, hasZonePrefix };
}

/** The zone number: CM / 3 for 3° zones (25–45 in China), (CM + 3) / 6 for 6° zones (13–23). */
export function zoneNumber(zone: GaussKrugerZone): number {
  return zone.zoneWidth === 3 ? zone.centralMeridian / 3 : (zone.centralMeridian + 3) / 6;
}

/** The zone whose prefixed eastings start with `prefix` (25–45: 3°, 13–23: 6°), if any. */
export function zoneFromPrefix(prefix: number): GaussKrugerZone | undefined {
  if (prefix >= 25 && prefix <= 45) return gaussKruger(3, prefix * 3, true);
  if (prefix >= 13 && prefix <= 23) return gaussKruger(6, prefix * 6 - 3, true);
  return undefined;
}

/** The PROJ string of a CGCS2000 Gauss-Krüger zone (GRS80 ellipsoid, as EPSG defines them). */
export function gaussKrugerProj4(zone: GaussKrugerZone): string {
  const falseEasting = (zone.hasZonePrefix ? zoneNumber(zone) * 1_000_000 : 0) + 500_000;
  return `+proj=tmerc +lat_0=0 +lon_0=${zone.centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** The EPSG code of a zone (4513–4533, 4534–4554, 4491–4501, 4502–4512). */
export function epsgOfZone(zone: GaussKrugerZone): number {
  if (zone.zoneWidth === 3) return (zone.hasZonePrefix ? 4513 : 4534) + (zone.centralMeridian - 75) / 3;
  return (zone.hasZonePrefix ? 4491 : 4502) + (zone.centralMeridian - 75) / 6;
}

/** The CGCS2000 Gauss-Krüger zone of an EPSG code, if it is one. */
export function zoneFromEpsg(code: number): GaussKrugerZone | undefined {
  if (code >= 4513 && code <= 4533) return gaussKruger(3, 75 + (code - 4513) * 3, true);
  if (code >= 4534 && code <= 4554) return gaussKruger(3, 75 + (code - 4534) * 3, false);
  if (code >= 4491 && code <= 4501) return gaussKruger(6, 75 + (code - 4491) * 6, true);
  if (code >= 4502 && code <= 4512) return gaussKruger(6, 75 + (code - 4502) * 6, false);
  return undefined;
}

/** A zone's name in both languages, e.g. `CGCS2000 3° 高斯-克吕格 36 带(中央经线 108°E,带号前缀)`. */
export function describeZone(zone: GaussKrugerZone): LocalizedText {
  const n = zoneNumber(zone);
  const zh = `CGCS2000 ${zone.zoneWidth}° 高斯-克吕格 ${n} 带(中央经线 ${zone.centralMeridian}°E,${zone.hasZonePrefix ? '带号前缀' : '无带号'}${zone.swapAxes ? ',先北后东' : ''}),EPSG:${epsgOfZone(zone)}`;
  const en = `CGCS2000 ${zone.zoneWidth}° Gauss-Krüger zone ${n} (central meridian ${zone.centralMeridian}°E, ${zone.hasZonePrefix ? 'zone number prefixed' : 'no zone prefix'}${zone.swapAxes ? ', northing first' : ''}), EPSG:${epsgOfZone(zone)}`;
  return { zh, en };
}
