import type { MapController } from '../map/map-controller';

/** A map that main.ts started before the app's own code was evaluated. */
export interface EarlyMap {
  container: HTMLElement;
  controller: MapController;
}

let early: EarlyMap | undefined;

/** Leaves the started map for the app to take over. */
export function handOverEarlyMap(map: EarlyMap): void {
  early = map;
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
