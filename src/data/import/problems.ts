import { isRecord } from '../validate/guards';
import { problem, t, type Place, type Problem, type Severity } from '../validate/problem';
import type { LocalizedText } from '../../domain/plan';

export { t } from '../validate/problem';

/** The place of feature `index` of `file`, with its id (properties.id, else the feature's id) when it has one. */
export function featurePlace(file: string, index: number, feature: unknown, path?: string): Place {
  const place: Place = { file, featureIndex: index };
  const id = featureIdOf(feature);
  if (id !== undefined) place.featureId = id;
  if (path !== undefined) place.path = path;
  return place;
}

function featureIdOf(feature: unknown): string | undefined {
  if (!isRecord(feature)) return undefined;
  const properties = feature.properties;
  const own = isRecord(properties) && Object.hasOwn(properties, 'id') ? properties.id : undefined;
  const id = own ?? (Object.hasOwn(feature, 'id') ? feature.id : undefined);
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Collects the problems of one import, keeping at most `maxPerRule` of one rule in one file and
 * summing up the rest in one line, so that a million bad rows give a readable list.
 */
export class ProblemList {
  readonly #items: Problem[] = [];
  readonly #counts = new Map<string, number>();
  readonly #maxPerRule: number;

  constructor(maxPerRule: number) {
    this.#maxPerRule = maxPerRule;
  }

  /** Adds a problem (or counts it, past the cap). */
  add(severity: Severity, rule: string, place: Place, message: LocalizedText, fix: LocalizedText): void {
    const made = problem(severity, rule, place, message, fix);
    if (this.#items.some((p) => problemKey(p) === problemKey(made))) return;
    const key = `${rule}\u0000${place.file}`;
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    if (count <= this.#maxPerRule) this.#items.push(made);
  }

  /** Adds problems found elsewhere (the plan validator's), dropping exact repeats of what is here. */
  addAll(problems: readonly Problem[]): void {
    const seen = new Set(this.#items.map(problemKey));
    for (const p of problems) if (!seen.has(problemKey(p))) this.#items.push(p);
  }

  /** True when an error has been added. */
  hasErrors(): boolean {
    return this.#items.some((p) => p.severity === 'error');
  }

  /**
   * The problems, with one summary line per rule and file that passed the cap. An invalid feature
   * the plan validator already reported (rule `geojson`) is not reported again as `import-geometry`.
   */
  list(): Problem[] {
    const reported = new Set(this.#items.filter((p) => p.rule === 'geojson').map((p) => `${p.file}|${p.featureIndex}`));
    const out = this.#items.filter((p) => p.rule !== 'import-geometry' || !reported.has(`${p.file}|${p.featureIndex}`));
    for (const [key, count] of this.#counts) {
      if (count <= this.#maxPerRule) continue;
      const [rule = '', file = ''] = key.split('\u0000');
      const more = count - this.#maxPerRule;
      const severity = this.#items.find((p) => p.rule === rule && p.file === file)?.severity ?? 'warning';
      out.push(problem(severity, rule, { file },
        t(`另有 ${more} 处同类问题未逐一列出。`, `${more} more problems of this kind are not listed.`),
        t('先按上面的说明改正,再重新导入。', 'Fix the ones above the same way, then import again.')));
    }
    return out;
  }
}

function problemKey(p: Problem): string {
  return `${p.rule}|${p.file}|${p.featureIndex ?? ''}|${p.path ?? ''}`;
}

/** The problem of an import that could not read a file at all. */
export function refusal(file: string, rule: string, message: LocalizedText, fix: LocalizedText): Problem {
  return problem('error', rule, { file }, message, fix);
}

/** The text of an unexpected exception, for a message. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
