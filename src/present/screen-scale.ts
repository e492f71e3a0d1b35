import type { MapController } from '../map/map-controller';

/**
 * The screen height at which the map's labels and symbols are drawn at their own size; taller
 * screens scale them up. 720 rather than 1080, so that a 1080p screen already shows them half as
 * large again, for a room rather than a desk.
 */
export const REFERENCE_HEIGHT = 720;

/**
 * Lays the map out as if the screen were {@link REFERENCE_HEIGHT} pixels high and scales it up to
 * the real screen, so that labels and symbols keep their share of a 4K or 32:9 wall instead of
 * shrinking with the pixel count; the map draws at the matching pixel ratio, so it stays sharp.
 */
export function fitMapToScreen(controller: MapController, map: HTMLElement, stage: HTMLElement): void {
  const scale = window.innerHeight / REFERENCE_HEIGHT;
  map.style.width = `${stage.clientWidth / scale}px`;
  map.style.height = `${stage.clientHeight / scale}px`;
  map.style.transform = `scale(${scale})`;
  setPixelRatio(controller, window.devicePixelRatio * scale);
}

/**
 * Stands in for a `MapController.setPixelRatio`, which the controller does not have yet: the one
 * place where the presentation reaches the maplibre map itself.
 */
function setPixelRatio(controller: MapController, ratio: number): void {
  if (controller.map.getPixelRatio() !== ratio) controller.map.setPixelRatio(ratio);
}
