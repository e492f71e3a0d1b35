import type { LocalizedText } from '../../domain/plan';

/** How bad a problem is: errors make `npm run validate` exit non-zero, warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * One thing wrong with a plan package, said in both interface languages together with how to fix it.
 * `file` is relative to the plan folder (`manifest.json`, or a layer file as the manifest names it).
 */
export interface Problem {
  severity: Severity;
  /** The rule that found it, e.g. `in-county`; see `RULES` in `index.ts`. */
  rule: string;
  file: string;
  /** The feature's id (properties.id, else the feature's own id), when the problem is in one feature. */
  featureId?: string;
  /** The 0-based index of the feature in its file's `features`. */
  featureIndex?: number;
  /** A JSON-pointer-like path inside the file or the feature, e.g. `properties/provenance/0/quote`. */
  path?: string;
  message: LocalizedText;
  fix: LocalizedText;
}

/** A text in both languages, Chinese first. */
export function t(zh: string, en: string): LocalizedText {
  return { zh, en };
}

/** Where a problem is, without what it is: shared by the problems of one feature. */
export type Place = Pick<Problem, 'file' | 'featureId' | 'featureIndex' | 'path'>;

/**
 * Builds a problem, leaving out location fields that are undefined so that JSON output stays clean.
 */
export function problem(
  severity: Severity,
  rule: string,
  place: Place,
  message: LocalizedText,
  fix: LocalizedText,
): Problem {
  // Location before text, so that JSON output reads where → what → fix.
  return {
    severity,
    rule,
    file: place.file,
    ...(place.featureId !== undefined ? { featureId: place.featureId } : {}),
    ...(place.featureIndex !== undefined ? { featureIndex: place.featureIndex } : {}),
    ...(place.path !== undefined && place.path !== '' ? { path: place.path } : {}),
    message,
    fix,
  };
}

/** Formats a ratio as a percentage with enough digits to tell small values apart (e.g. `0.042%`). */
export function percent(ratio: number): string {
  const p = ratio * 100;
  if (p === 0) return '0%';
  if (Math.abs(p) >= 10) return `${p.toFixed(1)}%`;
  if (Math.abs(p) >= 0.1) return `${p.toFixed(2)}%`;
  return `${p.toPrecision(2)}%`;
}
