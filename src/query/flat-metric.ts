import { earthRadius } from '@turf/turf';

const KM_PER_DEGREE = (earthRadius / 1000) * (Math.PI / 180);
/** Degrees added to the band so a great circle bulging poleward between two points stays inside it. */
const BULGE_MARGIN_DEG = 1;
/** Slack for the difference between Turf's segment distance and the ideal spherical one. */
const SAFETY = 0.99;
const MAX_LAT = 89;

/**
 * The plane the spatial index searches in: `x = lon · cos(φ₀)`, `y = lat`, in degrees, with φ₀
 * the data's most poleward latitude plus a margin. A flat distance `d` then never exceeds the
 * great-circle distance: on the sphere ds² = R²(dφ² + cos²φ dλ²) and cos φ ≥ cos φ₀ over the
 * data's band, so `d · kmPerUnit` is a lower bound the index can prune with, and exact Turf
 * distances decide. For a query point farther poleward than the band the bound is scaled down
 * by cos(φ_query)/cos(φ₀) and stays a lower bound. The antimeridian is not handled (plans are
 * in China).
 */
export interface FlatMetric {
  /** cos φ₀, the factor applied to longitudes. */
  lonScale: number;
  /** The band's most poleward |latitude|, in degrees. */
  bandLat: number;
}

function cosDeg(deg: number): number {
  return Math.cos((Math.min(MAX_LAT, deg) * Math.PI) / 180);
}

/**
 * A flat metric for data whose latitudes reach at most `maxAbsLat` degrees from the equator.
 *
 * @example
 * createFlatMetric(29.2).lonScale; // cos 30.2° ≈ 0.864
 */
export function createFlatMetric(maxAbsLat: number): FlatMetric {
  return { lonScale: cosDeg(maxAbsLat + BULGE_MARGIN_DEG), bandLat: maxAbsLat };
}

/**
 * Kilometres that one flat unit is worth at least, for a query reaching latitude `lat`:
 * multiply a flat distance by it for a lower bound of the great-circle distance, divide a
 * radius by it for the flat search radius that cannot miss anything.
 *
 * @example
 * const flatRadius = 5 / minKmPerFlatUnit(metric, 27.7);
 */
export function minKmPerFlatUnit(metric: FlatMetric, lat: number): number {
  const reach = cosDeg(Math.max(metric.bandLat, Math.abs(lat)) + BULGE_MARGIN_DEG);
  return KM_PER_DEGREE * Math.min(1, reach / metric.lonScale) * SAFETY;
}
