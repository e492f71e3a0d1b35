import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT } from './test-helpers';

/** Runs `src/cli/validate.ts` in a child process, as `npm run validate` does. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli', 'validate.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COUNTIES = ['--counties', path.join(FIXTURES, 'counties.geojson')];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'planmap-validate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the valid fixture plan with its core point's coordinates swapped. */
function brokenPlan(): string {
  const dir = path.join(tmp, 'broken-plan');
  fs.cpSync(path.join(FIXTURES, 'valid-plan'), dir, { recursive: true });
  const file = path.join(dir, 'centres.geojson');
  const layer = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { geometry: { coordinates: number[] } }[] };
  const first = layer.features[0];
  if (first) first.geometry.coordinates = [27.5, 106.5];
  fs.writeFileSync(file, JSON.stringify(layer));
  return dir;
}

describe('validate CLI', () => {
  it('exits 0 on a valid plan', () => {
    const run = cli(path.join(FIXTURES, 'valid-plan'), ...COUNTIES);
    expect(run.stdout).toContain('Checked 1 plan: 0 errors, 0 warnings.');
    expect(run.status).toBe(0);
  }, 30_000);

  it('exits 1 on errors and says file, feature, problem and fix, in English or Chinese', () => {
    const dir = brokenPlan();
    const en = cli(dir, ...COUNTIES);
    expect(en.status).toBe(1);
    expect(en.stdout).toContain(`${path.join(dir, 'centres.geojson')} › feature test-core (#0) › geometry/coordinates`);
    expect(en.stdout).toContain('error [coordinates] Lat/lon swapped');
    expect(en.stdout).toContain('fix: GeoJSON is [longitude, latitude]: write [106.5, 27.5]');
    const zh = cli(path.join(dir, 'manifest.json'), '--lang', 'zh', ...COUNTIES);
    expect(zh.stdout).toContain('经纬度颠倒');
    expect(zh.stdout).toContain('修改:');
  }, 30_000);

  it('prints JSON with --json', () => {
    const run = cli(brokenPlan(), '--json', ...COUNTIES);
    const out = JSON.parse(run.stdout) as { ok: boolean; errors: number; plans: { problems: { rule: string; file: string }[] }[] };
    expect(out.ok).toBe(false);
    expect(out.errors).toBe(1);
    expect(out.plans[0]?.problems[0]).toMatchObject({ rule: 'coordinates', featureId: 'test-core', featureIndex: 0 });
  }, 30_000);

  it('exits 2 on bad usage', () => {
    expect(cli('--lang', 'fr').status).toBe(2);
    expect(cli(path.join(tmp, 'nowhere')).status).toBe(2);
  }, 30_000);
});
