/** Shared helpers for the validator's tests (Node only: reads fixtures from disk). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { expect } from 'vitest';
import type { ValidateInput } from './context';
import { collectPlan, type CollectedPlan } from './load';
import type { Problem } from './problem';

/** The fixtures folder. */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The repository root. */
export const REPO_ROOT = path.resolve(FIXTURES, '..', '..', '..', '..');

/** Reads a plan folder from disk the way the CLI does. */
export function readFolder(dir: string): CollectedPlan {
  return collectPlan((file) => {
    const full = path.join(dir, file);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : undefined;
  });
}

/** Two synthetic one-degree "counties": 520302 = [106,107]×[27,28], 520303 = [107,108]×[27,28]. */
export const testCounties = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'counties.geojson'), 'utf8')) as FeatureCollection;

/** A mutable plan: the manifest and layer files of `fixtures/valid-plan`, parsed afresh, with the test counties. */
export interface TestPlan {
  manifest: unknown;
  files: Map<string, unknown>;
  input(): ValidateInput;
  /** Sets a value at a slash path: `manifest/structures/0/id` or `centres.geojson/features/1/id`. */
  set(where: string, value: unknown): void;
  /** Reads the value at a slash path (see `set`). */
  get(where: string): unknown;
  /** Deletes the key at a slash path (see `set`). */
  remove(where: string): void;
}

/** A fresh copy of the valid fixture plan, to break in one way per test. */
export function validPlan(): TestPlan {
  const dir = path.join(FIXTURES, 'valid-plan');
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const files = new Map([['centres.geojson', read('centres.geojson')], ['zones.geojson', read('zones.geojson')]]);
  const plan: TestPlan = {
    manifest: read('manifest.json'),
    files,
    input: () => ({ manifest: plan.manifest, files: plan.files, counties: testCounties }),
    set: (where, value) => {
      const [parent, key] = locate(plan, where);
      parent[key] = value;
    },
    get: (where) => {
      const [parent, key] = locate(plan, where);
      return parent[key];
    },
    remove: (where) => {
      const [parent, key] = locate(plan, where);
      delete parent[key];
    },
  };
  return plan;
}

type Container = Record<string, unknown>;

function locate(plan: TestPlan, where: string): [Container, string] {
  const [root = '', ...keys] = where.split('/');
  let node: unknown = root === 'manifest' ? plan.manifest : plan.files.get(root);
  const last = keys.pop();
  for (const key of keys) node = (node as Container)[key];
  if (typeof node !== 'object' || node === null || last === undefined) throw new Error(`no such place: ${where}`);
  return [node as Container, last];
}

/** Asserts each problem speaks both languages, with a fix. */
export function expectBilingual(problems: Problem[]): void {
  for (const p of problems) {
    expect(p.message.zh.trim(), JSON.stringify(p)).not.toBe('');
    expect(p.message.en.trim(), JSON.stringify(p)).not.toBe('');
    expect(p.fix.zh.trim(), JSON.stringify(p)).not.toBe('');
    expect(p.fix.en.trim(), JSON.stringify(p)).not.toBe('');
  }
}

/** The problems of one rule, after checking that every problem is bilingual. */
export function ofRule(problems: Problem[], rule: string): Problem[] {
  expectBilingual(problems);
  return problems.filter((p) => p.rule === rule);
}
