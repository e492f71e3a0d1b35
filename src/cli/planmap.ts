import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import type { PlanManifest } from '../domain/plan';
import {
  bufferFeatures, createFeatureIndex, measureOverlap, measureSelectionArea, parseFeatureCollection, toCsv,
  FEATURE_KINDS, type FeatureKind,
} from '../query/index';
import { main as validateMain } from './validate';

const USAGE = `Usage: planmap <command> [arguments] [--csv [--bom]]
Spatial questions about plan layers; answers are JSON (rows as CSV with --csv).
Distances are great-circle straight lines in km; areas are geodesic, in km², 公顷 (ha) and 亩.

  planmap area FILE                            area of every polygon, their sum and their union
  planmap nearest FILE --lon X --lat Y [--k N] [--kinds node,corridor,zone]
                                               the N (default 5) features nearest to a point
  planmap within FILE --lon X --lat Y --km R [--kinds …]
                                               every feature within R km of a point
  planmap overlap A B [--buffer-a KM]          area where the polygons of A (buffered first with
                                               --buffer-a) and of B overlap, and % of each
  planmap validate [PATHS…] [validate options] check plan packages (see planmap validate --help)

FILE, A and B: a GeoJSON file (FeatureCollection, Feature or geometry) or a plan folder
(its manifest.json's layers, merged). Exit status: 0 answered, 1 bad input file, 2 bad usage.`;

/** A mistake in the command line: exit status 2. */
class UsageError extends Error {}

/** A file that cannot be read as GeoJSON: exit status 1. */
class InputError extends Error {}

type Values = Record<string, string | boolean | undefined>;

interface Command {
  positionals: number;
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(files: string[], values: Values): unknown;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': is a folder without manifest.json' : ` (${String(code)})`}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function parseGeoJson(file: string, value: unknown): FeatureCollection {
  try {
    return parseFeatureCollection(value);
  } catch (error) {
    throw new InputError(`${file} is not valid GeoJSON: ${(error as Error).message}`);
  }
}

function readPlanFolder(dir: string): FeatureCollection {
  const manifest = readJson(path.join(dir, 'manifest.json')) as Partial<PlanManifest>;
  const files = (manifest.structures ?? []).flatMap((s) => s.layers.map((l) => path.join(dir, l.file)));
  return { type: 'FeatureCollection', features: files.flatMap((file) => parseGeoJson(file, readJson(file)).features) };
}

/** Reads a GeoJSON file, or every layer of a plan folder, as one FeatureCollection. */
function readFeatures(file: string): FeatureCollection {
  if (fs.existsSync(path.join(file, 'manifest.json'))) return readPlanFolder(file);
  return parseGeoJson(file, readJson(file));
}

function readNumber(values: Values, name: string, check: (n: number) => boolean, rule: string): number {
  const raw = values[name];
  if (raw === undefined || raw === true) throw new UsageError(`--${name} is required`);
  const value = Number(raw);
  if (raw === '' || !check(value)) throw new UsageError(`--${name} must be ${rule}, got ${String(raw)}`);
  return value;
}

function readPoint(values: Values): [number, number] {
  const lon = readNumber(values, 'lon', (n) => Math.abs(n) <= 180, 'a longitude in [-180, 180]');
  const lat = readNumber(values, 'lat', (n) => Math.abs(n) <= 90, 'a latitude in [-90, 90]');
  return [lon, lat];
}

function readKinds(values: Values): FeatureKind[] | undefined {
  const raw = values['kinds'];
  if (typeof raw !== 'string') return undefined;
  const kinds = raw.split(',').map((k) => k.trim());
  const unknown = kinds.find((k) => !FEATURE_KINDS.includes(k as FeatureKind));
  if (unknown !== undefined) throw new UsageError(`--kinds takes ${FEATURE_KINDS.join(', ')}; got "${unknown}"`);
  return kinds as FeatureKind[];
}

const isKm = (n: number): boolean => Number.isFinite(n) && n >= 0;
const NUMBER = { type: 'string' } as const;
const OUTPUT = { csv: { type: 'boolean' }, bom: { type: 'boolean' } } as const;

const COMMANDS: Record<string, Command> = {
  area: {
    positionals: 1,
    options: { ...OUTPUT },
    run: ([file = ''], _values) => ({ query: 'area', file, ...measureSelectionArea(readFeatures(file)) }),
  },
  nearest: {
    positionals: 1,
    options: { lon: NUMBER, lat: NUMBER, k: NUMBER, kinds: NUMBER, ...OUTPUT },
    run([file = ''], values) {
      const point = readPoint(values);
      const k = values['k'] === undefined ? 5 : readNumber(values, 'k', (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1');
      const kinds = readKinds(values);
      return { query: 'nearest', file, point, k, ...createFeatureIndex(readFeatures(file)).nearest(point, { k, kinds }) };
    },
  },
  within: {
    positionals: 1,
    options: { lon: NUMBER, lat: NUMBER, km: NUMBER, kinds: NUMBER, ...OUTPUT },
    run([file = ''], values) {
      const point = readPoint(values);
      const km = readNumber(values, 'km', isKm, 'a number of km ≥ 0');
      const kinds = readKinds(values);
      return { query: 'within', file, point, km, ...createFeatureIndex(readFeatures(file)).within(point, km, { kinds }) };
    },
  },
  overlap: {
    positionals: 2,
    options: { 'buffer-a': NUMBER },
    run([a = '', b = ''], values) {
      const bufferKm = values['buffer-a'] === undefined ? undefined : readNumber(values, 'buffer-a', isKm, 'a number of km ≥ 0');
      const layerA = readFeatures(a);
      const result = measureOverlap(bufferKm === undefined ? layerA : bufferFeatures(layerA, bufferKm), readFeatures(b));
      return { query: 'overlap', a, b, bufferKmA: bufferKm, ...result };
    },
  },
};

function parseCommand(name: string, command: Command, argv: readonly string[]): { files: string[]; values: Values } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. To specify')[0] ?? 'bad arguments');
  }
  const files = parsed.positionals;
  if (files.length !== command.positionals) {
    throw new UsageError(`${name} takes ${command.positionals === 1 ? 'one file' : 'two files'}, got ${files.length}`);
  }
  return { files, values: parsed.values as Values };
}

function format(result: unknown, values: Values): string {
  const rows = (result as { rows?: object[] }).rows;
  if (values['csv'] !== true || rows === undefined) return JSON.stringify(result, null, 2);
  return toCsv(rows, { bom: values['bom'] === true }).trimEnd();
}

function runCommand(name: string, argv: readonly string[]): number {
  const command = COMMANDS[name];
  if (command === undefined) throw new UsageError(`unknown command "${name}"`);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const { files, values } = parseCommand(name, command, argv);
  console.log(format(command.run(files, values), values));
  return 0;
}

function fail(name: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`planmap${name === '' ? '' : ` ${name}`}: ${message.split('\n')[0]}${error instanceof UsageError ? ' (see planmap --help)' : ''}`);
  return error instanceof UsageError ? 2 : 1;
}

/**
 * Runs `planmap <command> …` and returns its exit status: 0 answered, 1 an input file could not
 * be read as GeoJSON (or a query failed on it), 2 bad usage. Errors are one line on stderr.
 *
 * @example
 * process.exitCode = main(['nearest', 'data/plans/zunyi-metropolitan', '--lon', '106.93', '--lat', '27.7']);
 */
export function main(argv: readonly string[]): number {
  const [name = '', ...rest] = argv;
  if (name === '' || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name === '' ? 2 : 0;
  }
  if (name === 'validate') return validateMain(rest);
  try {
    return runCommand(name, rest);
  } catch (error) {
    return fail(name, error);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
