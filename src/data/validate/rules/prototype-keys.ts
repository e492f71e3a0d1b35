import { featurePlace, manifestPlace, type PlanContext, type Rule } from '../context';
import { isRecord } from '../guards';
import { problem, t, type Place, type Problem } from '../problem';

const RULE = 'prototype-keys';

/** Keys that reach an object's prototype when copied with `obj[key] = …`; they break maplibre's style expressions. */
export const POLLUTION_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** No key named `__proto__`, `constructor` or `prototype` anywhere in a feature or in the manifest. */
export const prototypeKeysRule: Rule = {
  id: RULE,
  description: t('不得使用 __proto__、constructor、prototype 作为键名', 'No __proto__, constructor or prototype keys'),
  check(context: PlanContext): Problem[] {
    const out: Problem[] = [];
    walk(context.input.manifest, '', (path, key) => out.push(report(manifestPlace(path), key)));
    for (const entry of context.features) {
      walk(entry.feature, '', (path, key) => out.push(report(featurePlace(entry, path), key)));
    }
    return out;
  },
};

/** Calls `found` for every pollution key in `value`, depth first, with its slash path. */
function walk(value: unknown, path: string, found: (path: string, key: string) => void): void {
  if (Array.isArray(value)) {
    if (typeof value[0] === 'number') return; // a position: numbers only
    value.forEach((item, i) => walk(item, join(path, String(i)), found));
    return;
  }
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    const here = join(path, key);
    if (POLLUTION_KEYS.has(key)) found(here, key);
    walk(value[key], here, found);
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}/${key}`;
}

function report(place: Place, key: string): Problem {
  return problem('error', RULE, place,
    t(`键名 "${key}" 会污染对象原型,使 maplibre 出错。`, `The key "${key}" can pollute object prototypes and breaks maplibre.`),
    t(`给该键改名(如 "${key.replace(/_/g, '')}-value")。`, `Rename the key (e.g. "${key.replace(/_/g, '')}-value").`));
}
