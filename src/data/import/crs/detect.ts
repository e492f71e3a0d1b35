import type { GaussKrugerZone } from './crs-types';
import { CANDIDATE_ZONES, zoneFromPrefix } from './gauss-kruger';

/** What the magnitudes of coordinates say about their CRS. */
export type MagnitudeGuess =
  | { kind: 'geographic' }
  | { kind: 'gauss-kruger'; candidates: GaussKrugerZone[] }
  | { kind: 'unknown' };

type Bounds = readonly [number, number, number, number];

/** Northings of China in metres from the equator (about 3°N to 54°N). */
const NORTHING = { min: 300_000, max: 6_100_000 } as const;

/**
 * Guesses the CRS from the bounding box of the coordinates: degrees (|x|, |y| ≤ 180, so lat/lon
 * swapped still counts), Gauss-Krüger eastings with the zone number in front (one zone for all
 * points), or bare eastings of 0–1 000 km (zone unknown: the Guizhou/Chongqing candidates). Both
 * axis orders are tried, since Chinese surveys write northing first.
 */
export function guessFromBounds(bounds: Bounds): MagnitudeGuess {
  const [minX, minY, maxX, maxY] = bounds;
  if (Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY)) <= 180) return { kind: 'geographic' };
  const eastFirst = guessProjected(minX, maxX, minY, maxY);
  if (eastFirst) return { kind: 'gauss-kruger', candidates: eastFirst };
  const northFirst = guessProjected(minY, maxY, minX, maxX);
  if (northFirst) return { kind: 'gauss-kruger', candidates: northFirst.map((z) => ({ ...z, swapAxes: true })) };
  return { kind: 'unknown' };
}

function guessProjected(minE: number, maxE: number, minN: number, maxN: number): GaussKrugerZone[] | undefined {
  if (minN < NORTHING.min || maxN > NORTHING.max) return undefined;
  const prefix = Math.floor(minE / 1_000_000);
  if (prefix === Math.floor(maxE / 1_000_000) && prefix > 0) {
    const zone = zoneFromPrefix(prefix);
    return zone ? [zone] : undefined;
  }
  if (minE > 0 && maxE < 1_000_000) return [...CANDIDATE_ZONES];
  return undefined;
}
