import type { LoadedPlan } from '../domain/plan';
import { FetchPlanSource } from './plan-source';

/** Plan loads started before the code that shows them was evaluated, by data folder and plan id. */
const started = new Map<string, Promise<LoadedPlan>>();

const keyOf = (dataUrl: string, id: string): string => `${dataUrl}\n${id}`;

/**
 * Starts loading the plan `id` from the data folder `dataUrl` now, for a component evaluated
 * later to take over with `adoptEarlyPlan`. The page's entry calls it before importing maplibre,
 * so the plan files arrive while the library's code is evaluated. A failure is kept for the
 * adopter to report, never thrown here.
 *
 * @example
 * const loading = startEarlyPlan(new URL('data/', document.baseURI).href, 'zunyi-metropolitan');
 */
export function startEarlyPlan(dataUrl: string, id: string): Promise<LoadedPlan> {
  const loading = new FetchPlanSource(dataUrl).loadPlan(id);
  loading.catch(() => {});
  started.set(keyOf(dataUrl, id), loading);
  return loading;
}

/**
 * The load of plan `id` from `dataUrl` that the page started, once, or undefined when it started
 * none: the caller then loads the plan itself. A failed load rejects here with its error.
 */
export function adoptEarlyPlan(dataUrl: string, id: string): Promise<LoadedPlan> | undefined {
  const key = keyOf(dataUrl, id);
  const loading = started.get(key);
  started.delete(key);
  return loading;
}
