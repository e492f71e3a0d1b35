/**
 * Property keys that must never reach the map: maplibre-gl 6.17 draws nothing from a GeoJSON
 * source in which any feature has a `constructor` property, and `__proto__` or `prototype` invite
 * prototype pollution wherever objects are merged.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The name an unsafe key is stored under instead. */
export function renameUnsafeKey(key: string): string {
  return UNSAFE_KEYS.has(key) ? `${key}_` : key;
}

/**
 * A copy of `properties` whose unsafe keys are renamed (`constructor` → `constructor_`), at every
 * depth; safe input comes back equal.
 */
export function renameUnsafeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renameUnsafeKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    out[renameUnsafeKey(key)] = renameUnsafeKeys((value as Record<string, unknown>)[key]);
  }
  return out;
}
