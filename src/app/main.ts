import { DEFAULT_CAMERA, DEFAULT_PLANS } from '../domain/defaults';
import { handOverEarlyMap } from './early-map';
import { parseViewState } from './view-state';

/**
 * Starts the map before the app's own code is evaluated, so that maplibre's worker and the
 * basemap load while the panel's code runs; the app then takes the map into its layout. The
 * container waits hidden where the map will be (page.css), under the picture of the first view.
 */
async function start(): Promise<void> {
  const { MapController } = await import('../map/map-controller');
  const initial = parseViewState(location.search, { plans: DEFAULT_PLANS });
  const container = Object.assign(document.createElement('div'), { id: 'map', className: 'pm-early-map' });
  document.body.append(container);
  const dataUrl = new URL('data/', document.baseURI).href;
  handOverEarlyMap({ container, controller: new MapController({ container, dataUrl, camera: initial.camera ?? DEFAULT_CAMERA, locale: initial.locale }) });
  await import('./planmap-app');
}

void start();
