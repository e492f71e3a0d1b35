import { DEFAULT_CAMERA, DEFAULT_PLANS } from '../domain/defaults';
import type { LoadedPlan } from '../domain/plan';
import { startEarlyPlan } from '../data/plan-source';
import type { MapController } from '../map/map-controller';
import { handOverEarlyMap } from './early-map';
import { parseViewState } from './view-state';

/**
 * Starts the map and the first view's plans before the app's own code is evaluated, so that the
 * plan files, maplibre's worker and the basemap load while the panel's code runs; the plans are
 * added to the map as soon as its style is ready. The app then takes the map into its layout and
 * the plans into its state. The container waits hidden where the map will be (page.css), under
 * the picture of the first view.
 */
async function start(): Promise<void> {
  const initial = parseViewState(location.search, { plans: DEFAULT_PLANS });
  const dataUrl = new URL('data/', document.baseURI).href;
  const plans = initial.plans.map((id) => startEarlyPlan(dataUrl, id));
  const { MapController } = await import('../map/map-controller');
  const container = Object.assign(document.createElement('div'), { id: 'map', className: 'pm-early-map' });
  document.body.append(container);
  const controller = new MapController({ container, dataUrl, camera: initial.camera ?? DEFAULT_CAMERA, locale: initial.locale });
  handOverEarlyMap({ container, controller });
  void addInOrder(controller, plans);
  await import('./planmap-app');
}

/** Adds the plans to the map in the URL's order, each once it has loaded; the app reports failures. */
async function addInOrder(controller: MapController, loads: Promise<LoadedPlan>[]): Promise<void> {
  for (const load of loads) {
    try {
      await controller.addPlan(await load);
    } catch {
      // The app takes the same load over and says what failed.
    }
  }
}

void start();
