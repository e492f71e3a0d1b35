import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePlan } from './index';
import { validatorsFromFunctions, type AjvValidateFunction } from './schemas';
import { standaloneValidatorsCode } from './standalone';
import { validPlan } from './test-helpers';

describe('standalone schema validators (for CSP-strict pages)', () => {
  it('are a self-contained ES module that finds what run-time ajv finds', async () => {
    const code = standaloneValidatorsCode();
    expect(code).not.toMatch(/require\(|new Function|eval\(/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'planmap-ajv-')), 'validators.mjs');
    fs.writeFileSync(file, code);
    const mod = (await import(pathToFileURL(file).href)) as { manifest: AjvValidateFunction; feature: AjvValidateFunction };
    const schemas = validatorsFromFunctions(mod.manifest, mod.feature);

    const plan = validPlan();
    plan.set('centres.geojson/features/0/properties/role', 'capital');
    plan.remove('manifest/issuer');
    const runtime = validatePlan(plan.input());
    expect(runtime.filter((p) => p.rule === 'schema')).toHaveLength(2);
    expect(validatePlan({ ...plan.input(), schemas })).toEqual(runtime);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
