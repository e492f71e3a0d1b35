import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = path.join(ROOT, 'src', 'query', 'test', 'in');
const ZUNYI = path.join(ROOT, 'data', 'plans', 'zunyi-metropolitan');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'planmap-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs `bin/planmap.mjs` in a child process from a folder outside the repository, as a user would. */
function planmap(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'planmap.mjs'), ...args], { cwd: tmp, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTmp(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('planmap CLI', () => {
  it('prints its usage with --help', () => {
    const run = planmap('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('planmap nearest FILE --lon X --lat Y');
  }, 30_000);

  it('prints the area of every polygon, the sum and the union as JSON', () => {
    const run = planmap('area', path.join(FIXTURES, 'issue-4-area-overlapping-zones.geojson'));
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { rows: unknown[]; sum: { km2: number }; union: { km2: number } };
    expect(out.rows).toHaveLength(2);
    expect(out.sum.km2).toBeGreaterThan(out.union.km2);
  }, 30_000);

  it('answers nearest on a whole plan folder with straight-line distances', () => {
    const run = planmap('nearest', ZUNYI, '--lon', '106.93', '--lat', '27.7', '--k', '3', '--kinds', 'node');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { rows: { id: string; kind: string; isStraightLine: boolean }[] };
    expect(out.rows).toHaveLength(3);
    expect(out.rows[0]).toMatchObject({ id: 'yzyf-zunyi-centre', kind: 'node', isStraightLine: true });
  }, 30_000);

  it('prints within rows as CSV with a byte order mark when asked', () => {
    const run = planmap('within', ZUNYI, '--lon', '106.93', '--lat', '27.7', '--km', '5', '--csv', '--bom');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\uFEFFindex,id,name,nameEn,kind,distanceKm,isInside,isStraightLine\r\n')).toBe(true);
    expect(run.stdout).toContain('yzyf-zunyi-centre');
  }, 30_000);

  it('measures the overlap of two layers, empty included', () => {
    const file = path.join(FIXTURES, 'issue-4-overlap-empty.geojson');
    const run = planmap('overlap', file, file);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ query: 'overlap', percentOfA: 100, isEmpty: false });
  }, 30_000);

  it('delegates validate to the plan validator', () => {
    const fixtures = path.join(ROOT, 'src', 'data', 'validate', 'fixtures');
    const run = planmap('validate', path.join(fixtures, 'valid-plan'), '--counties', path.join(fixtures, 'counties.geojson'));
    expect(run.stdout).toContain('Checked 1 plan: 0 errors, 0 warnings.');
    expect(run.status).toBe(0);
  }, 30_000);

  it.each([
    ['a missing file', ['area', 'nowhere.geojson'], 1, 'planmap area: cannot read nowhere.geojson: no such file'],
    ['invalid JSON', ['area', '@bad.json'], 1, 'is not valid JSON'],
    ['swapped coordinates', ['area', '@swapped.geojson'], 1, 'is not valid GeoJSON: geometry.coordinates: latitude 106.5 is outside [-90, 90]'],
    ['latitude 95', ['nearest', ZUNYI, '--lon', '106.9', '--lat', '95'], 2, '--lat must be a latitude in [-90, 90], got 95'],
    ['k = 0', ['nearest', ZUNYI, '--lon', '106.9', '--lat', '27.7', '--k', '0'], 2, '--k must be a whole number ≥ 1, got 0'],
    ['a missing --km', ['within', ZUNYI, '--lon', '106.9', '--lat', '27.7'], 2, '--km is required'],
    ['an unknown kind', ['within', ZUNYI, '--lon', '106.9', '--lat', '27.7', '--km', '1', '--kinds', 'road'], 2, '--kinds takes node, corridor, zone; got "road"'],
    ['an unknown option', ['area', ZUNYI, '--frob'], 2, "Unknown option '--frob'"],
    ['a missing file argument', ['overlap', ZUNYI], 2, 'overlap takes two files, got 1'],
    ['an unknown command', ['distance'], 2, 'unknown command "distance"'],
  ])('rejects %s with one line and a non-zero exit', (_what, args, status, message) => {
    writeTmp('bad.json', '{"type": "FeatureCollection", features: []}');
    writeTmp('swapped.geojson', '{"type": "Point", "coordinates": [27.7, 106.5]}');
    const run = planmap(...args.map((a) => (a.startsWith('@') ? path.join(tmp, a.slice(1)) : a)));
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  }, 30_000);
});
