import standaloneCode from 'ajv/dist/standalone';
import { createAjv, FEATURE_SCHEMA_ID, MANIFEST_SCHEMA_ID } from './schemas';

/**
 * ES module source exporting `manifest` and `feature`: the two schema validators precompiled by
 * ajv, so that a browser page with a strict Content-Security-Policy (no `new Function`) can check
 * imports. Pure: returns the text; the CLI's `--emit-standalone FILE` writes it. Load it and pass
 * `validatorsFromFunctions(mod.manifest, mod.feature)` as `schemas` to `validatePlan`.
 */
export function standaloneValidatorsCode(): string {
  const ajv = createAjv({ source: true });
  return standaloneCode(ajv, { manifest: MANIFEST_SCHEMA_ID, feature: FEATURE_SCHEMA_ID });
}
