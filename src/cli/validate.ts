/**
 * `npm run validate [paths…]`: checks plan packages with the same pure validator the browser uses.
 *
 *   npx tsx src/cli/validate.ts [paths…] [--lang en|zh] [--json] [--counties FILE]
 *   npx tsx src/cli/validate.ts --emit-standalone FILE
 *
 * A path is a folder of plans (default `data/plans`), a plan folder, or a `manifest.json`.
 * Exits 1 when any plan has an error, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection } from 'geojson';
import type { Locale } from '../domain/plan';
import {
  collectPlan, formatProblem, tally, validateCollected, type CollectedPlan, type Problem,
} from '../data/validate/index';
import { standaloneValidatorsCode } from '../data/validate/standalone';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The basemap's county polygons, used by the county and partition rules. */
export const DEFAULT_COUNTIES = path.join(ROOT, 'data', 'basemap', 'counties.geojson');

/** The default folder of plans. */
export const DEFAULT_PLANS = path.join('data', 'plans');

/** Reads a plan folder from disk: manifest.json and the layer files it names. */
export function loadPlanFolder(dir: string): CollectedPlan {
  return collectPlan((file) => {
    const full = path.join(dir, file);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : undefined;
  });
}

/** Reads the county FeatureCollection. */
export function loadCounties(file: string = DEFAULT_COUNTIES): FeatureCollection {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection;
}

/** Plan folders named by the paths: a manifest.json's folder, a folder with a manifest, or each subfolder of a folder of plans. */
export function findPlanFolders(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new Error(`no such file or folder: ${p}`);
    if (fs.statSync(p).isFile()) out.push(path.dirname(p));
    else if (fs.existsSync(path.join(p, 'manifest.json'))) out.push(p);
    else {
      for (const name of fs.readdirSync(p).sort()) {
        if (!name.startsWith('.') && fs.statSync(path.join(p, name)).isDirectory()) out.push(path.join(p, name));
      }
    }
  }
  return [...new Set(out)];
}

/** Validates one plan folder; problems' `file` stays relative to the folder. */
export function validateFolder(dir: string, counties?: FeatureCollection): Problem[] {
  return validateCollected(loadPlanFolder(dir), counties);
}

interface Options {
  paths: string[];
  lang: Locale;
  json: boolean;
  counties: string;
  emitStandalone?: string;
  help: boolean;
}

const USAGE = `Usage: npx tsx src/cli/validate.ts [paths…] [--lang en|zh] [--json] [--counties FILE]
       npx tsx src/cli/validate.ts --emit-standalone FILE
  paths               plan folders, manifest.json files, or folders of plans (default: data/plans)
  --lang zh           messages in Chinese (default English)
  --json              machine-readable output
  --counties FILE     county polygons (default: data/basemap/counties.geojson)
  --emit-standalone F write precompiled schema validators (ES module) for CSP-strict pages
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage.`;

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { paths: [], lang: 'en', json: false, counties: DEFAULT_COUNTIES, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const lang = arg.includes('=') ? arg.slice('--lang='.length) : value();
      if (lang !== 'en' && lang !== 'zh') throw new Error(`--lang must be en or zh, not ${lang}`);
      options.lang = lang;
    } else if (arg === '--counties') options.counties = value();
    else if (arg === '--emit-standalone') options.emitStandalone = value();
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths.push(DEFAULT_PLANS);
  return options;
}

/** Runs the CLI and returns its exit status. */
export function main(argv: readonly string[]): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.emitStandalone !== undefined) {
    fs.writeFileSync(options.emitStandalone, standaloneValidatorsCode());
    console.log(`wrote ${options.emitStandalone}`);
    return 0;
  }
  let folders: string[];
  try {
    folders = findPlanFolders(options.paths);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const counties = loadCounties(options.counties);
  const results = folders.map((dir) => {
    const problems = validateFolder(dir, counties).map((p) => ({ ...p, file: path.join(dir, p.file) }));
    return { path: dir, ...tally(problems), problems };
  });
  const total = tally(results.flatMap((r) => r.problems));
  if (options.json) {
    console.log(JSON.stringify({ ok: total.errors === 0, ...total, plans: results }, null, 2));
  } else {
    printText(results, total, options.lang);
  }
  return total.errors > 0 ? 1 : 0;
}

function printText(
  results: { path: string; errors: number; warnings: number; problems: Problem[] }[],
  total: { errors: number; warnings: number },
  lang: Locale,
): void {
  for (const r of results) {
    const status = lang === 'zh'
      ? `${r.errors} 个错误,${r.warnings} 个警告`
      : `${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'}`;
    console.log(`${r.errors > 0 ? '✗' : '✓'} ${r.path}: ${status}`);
    for (const p of r.problems) console.log(`${formatProblem(p, lang).replace(/^/gm, '  ')}\n`);
  }
  console.log(lang === 'zh'
    ? `已检查 ${results.length} 个规划:${total.errors} 个错误,${total.warnings} 个警告。`
    : `Checked ${results.length} plan${results.length === 1 ? '' : 's'}: ${total.errors} error${total.errors === 1 ? '' : 's'}, ${total.warnings} warning${total.warnings === 1 ? '' : 's'}.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
