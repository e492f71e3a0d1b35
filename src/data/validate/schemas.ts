import Ajv, { type ErrorObject } from 'ajv';
import featureSchema from '../../../schema/plan-feature.schema.json';
import manifestSchema from '../../../schema/plan-manifest.schema.json';

/** The `$id` of `schema/plan-feature.schema.json` (a feature's properties; holds the shared definitions). */
export const FEATURE_SCHEMA_ID = 'urn:planmap:schema:plan-feature';
/** The `$id` of `schema/plan-manifest.schema.json`. */
export const MANIFEST_SCHEMA_ID = 'urn:planmap:schema:plan-manifest';

/** One schema violation, as ajv reports it (`path` is ajv's `instancePath`, e.g. `/structures/0/id`). */
export interface SchemaError {
  path: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

/** Checks a manifest and a feature's properties against the JSON Schemas; an empty list means valid. */
export interface SchemaValidators {
  manifest(data: unknown): SchemaError[];
  feature(data: unknown): SchemaError[];
}

/** A compiled ajv validator, at run time or from standalone code generated at build time. */
export interface AjvValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Turns two ajv validate functions into {@link SchemaValidators}. */
export function validatorsFromFunctions(
  manifest: AjvValidateFunction,
  feature: AjvValidateFunction,
): SchemaValidators {
  return { manifest: run(manifest), feature: run(feature) };
}

function run(fn: AjvValidateFunction): (data: unknown) => SchemaError[] {
  return (data) => (fn(data) ? [] : (fn.errors ?? []).map(toSchemaError));
}

function toSchemaError(e: ErrorObject): SchemaError {
  return { path: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword, params: { ...e.params } };
}

/**
 * A new ajv instance holding both schemas. `source: true` keeps the generated code so that
 * `standalone.ts` can emit it as a module (for pages whose CSP forbids `new Function`).
 */
export function createAjv(options: { source?: boolean } = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: options.source ?? false, esm: true } });
  ajv.addSchema(featureSchema, FEATURE_SCHEMA_ID);
  ajv.addSchema(manifestSchema, MANIFEST_SCHEMA_ID);
  return ajv;
}

let compiled: SchemaValidators | undefined;

/**
 * Validators compiled by ajv at run time (once, then cached). ajv compiles with `new Function`, so a
 * page with a strict Content-Security-Policy (no 'unsafe-eval') must pass standalone validators
 * instead: see `standalone.ts`.
 */
export function runtimeValidators(): SchemaValidators {
  if (compiled) return compiled;
  const ajv = createAjv();
  const manifest = ajv.getSchema(MANIFEST_SCHEMA_ID);
  const feature = ajv.getSchema(FEATURE_SCHEMA_ID);
  if (!manifest || !feature) throw new Error('plan schemas failed to compile');
  compiled = validatorsFromFunctions(manifest, feature);
  return compiled;
}
