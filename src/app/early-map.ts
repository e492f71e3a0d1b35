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

/** The started map, once: the app that takes it owns it from then on. */
export function takeEarlyMap(): EarlyMap | undefined {
  const map = early;
  early = undefined;
  return map;
}
