import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { roundNumbers, runFixture, type FixtureInput } from './test/run-fixture';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test');
const REGEN = process.env['REGEN'] === '1';
const cases = fs.readdirSync(path.join(DIR, 'in')).filter((f) => f.endsWith('.geojson')).map((f) => f.replace(/\.geojson$/, ''));

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

describe('query fixtures (test/in → test/out; REGEN=1 rewrites out/)', () => {
  it.each(cases)('%s', (name) => {
    const input = readJson<FixtureInput>(path.join(DIR, 'in', `${name}.geojson`));
    const actual = roundNumbers(runFixture(input));
    const outFile = path.join(DIR, 'out', `${name}.geojson`);
    if (REGEN) fs.writeFileSync(outFile, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(readJson(outFile));
    if (['nearest', 'within', 'within-buffer'].includes(input.properties.query)) {
      expect(roundNumbers(runFixture(input, { naive: true }))).toEqual(actual);
    }
  });
});
