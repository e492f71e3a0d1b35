import type { LoadedPlan } from '../domain/plan';
import type { MapController } from '../map/map-controller';

/** A map that main.ts started before the app's own code was evaluated. */
export interface EarlyMap {
  container: HTMLElement;
  controller: MapController;
  /** The first view's plans by id, loading since the page started and added to the map as they arrive. */
  plans: Map<string, Promise<LoadedPlan>>;
}

let early: Omit<EarlyMap, 'plans'> | undefined;
let earlyPlans = new Map<string, Promise<LoadedPlan>>();

/** Leaves the started map and the plans it is loading for the app to take over. */
export function handOverEarlyMap(map: EarlyMap): void {
  early = map;
  earlyPlans = map.plans;
}

/**
 * Puts the started map where `placeholder` is and returns its controller, once: the app that
 * takes it owns it from then on. Undefined when main.ts started none (e.g. in tests).
 */
export function adoptEarlyMap(placeholder: HTMLElement): MapController | undefined {
  const map = early;
  early = undefined;
  if (!map) return undefined;
  map.container.classList.remove('pm-early-map');
  placeholder.replaceWith(map.container);
  map.controller.map.resize();
  return map.controller;
}

/**
 * The plan `id` as main.ts is loading it, once, or undefined when it started no such load: the
 * app then loads the plan itself. A failed load rejects here with the same error.
 */
export function adoptEarlyPlan(id: string): Promise<LoadedPlan> | undefined {
  const plan = earlyPlans.get(id);
  earlyPlans.delete(id);
  return plan;
}
