/** Square metres in one 亩 (mu): exactly 2000/3 m², so 15 亩 make a hectare and 1500 亩 a km². */
export const M2_PER_MU = 2000 / 3;

/** An area in the units a Chinese plan uses: km², 公顷 (ha) and 亩 (mu), plus the m² they come from. */
export interface AreaMeasure {
  m2: number;
  km2: number;
  ha: number;
  mu: number;
}

/**
 * Expresses square metres as km², hectares and 亩. 亩 is computed as `m2 * 3 / 2000` so whole
 * hectares give whole 亩 without rounding noise.
 *
 * @example
 * toAreaMeasure(10_000); // { m2: 10000, km2: 0.01, ha: 1, mu: 15 }
 */
export function toAreaMeasure(m2: number): AreaMeasure {
  return { m2, km2: m2 / 1e6, ha: m2 / 1e4, mu: (m2 * 3) / 2000 };
}
