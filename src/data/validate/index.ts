/**
 * The plan-package validator: pure (no DOM, no file system), so the CLI (`src/cli/validate.ts`)
 * and the browser's import dialog run the same checks. Each rule lives in `rules/<rule>.ts`.
 */
import type { FeatureCollection } from 'geojson';
import { buildContext, type Rule, type ValidateInput } from './context';
import type { CollectedPlan } from './load';
import { problem, t, type Problem } from './problem';
import { coordinatesRule } from './rules/coordinates';
import { featureIdRule } from './rules/feature-id';
import { geojsonRule } from './rules/geojson';
import { inCountyRule } from './rules/in-county';
import { layerFilesRule } from './rules/layer-files';
import { partitionRule } from './rules/partition';
import { provenanceRule } from './rules/provenance';
import { prototypeKeysRule } from './rules/prototype-keys';
import { referencesRule } from './rules/references';
import { schemaRule } from './rules/schema';
import { uniqueIdsRule } from './rules/unique-ids';

export type { Problem, Severity } from './problem';
export type { ValidateInput, Rule } from './context';
export { MANIFEST_FILE } from './context';
export type { SchemaValidators } from './schemas';
export { validatorsFromFunctions, runtimeValidators } from './schemas';
export { parseJson, missingManifestProblem, JSON_RULE } from './parse';
export { formatProblem, tally, type Tally } from './format';
export { collectPlan, type CollectedPlan } from './load';

/** All rules, in the order their problems are reported within one feature. */
export const RULES: readonly Rule[] = [
  layerFilesRule,
  geojsonRule,
  schemaRule,
  prototypeKeysRule,
  featureIdRule,
  uniqueIdsRule,
  provenanceRule,
  referencesRule,
  coordinatesRule,
  inCountyRule,
  partitionRule,
];

/**
 * Checks one plan package: the manifest, the parsed layer files (keyed by the names the manifest
 * uses) and, when given, the county polygons for the county and partition rules. Never throws: a
 * rule that fails unexpectedly is reported as an error of that rule. Problems are sorted by file
 * (manifest first, then layer files in manifest order), then feature index.
 */
export function validatePlan(input: ValidateInput): Problem[] {
  const context = buildContext(input);
  const problems = RULES.flatMap((rule) => runRule(rule, context));
  const order = new Map<string, number>([['manifest.json', -1], ...context.files.map((f, i): [string, number] => [f, i])]);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) =>
      (order.get(a.p.file) ?? 1e9) - (order.get(b.p.file) ?? 1e9) ||
      (a.p.featureIndex ?? -1) - (b.p.featureIndex ?? -1) ||
      a.i - b.i)
    .map(({ p }) => p);
}

function runRule(rule: Rule, context: ReturnType<typeof buildContext>): Problem[] {
  try {
    return rule.check(context);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [problem('error', rule.id, { file: 'manifest.json' },
      t(`检查 ${rule.id} 时出错:${detail}`, `The ${rule.id} check failed: ${detail}`),
      t('这多半是数据结构异常导致的;先改正其他错误,若仍出现请报告此问题。',
        'Probably caused by malformed data: fix the other problems first, and report this if it persists.'))];
  }
}

/** Validates a plan read by `collectPlan`: the problems met while reading, then `validatePlan`'s. */
export function validateCollected(plan: CollectedPlan, counties?: FeatureCollection): Problem[] {
  if (plan.manifest === undefined) return plan.readProblems;
  const input: ValidateInput = { manifest: plan.manifest, files: plan.files };
  if (counties) input.counties = counties;
  return [...plan.readProblems, ...validatePlan(input)];
}
