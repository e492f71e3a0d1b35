import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { EMBEDDED_BASEMAP, datumOf, keepPlanLayers, resolveBasemapStyle, type BasemapConfig, type Datum } from './basemaps';

type ErrorHandler = (config: BasemapConfig, reason: string) => void;

/**
 * Which basemap the map is on, and the changes of it: the new style keeps the plan layers, a
 * GCJ-02 basemap shifts the plan data to match, and a basemap that fails gives way to the
 * embedded one, telling `onError` why.
 */
export class BasemapSwitch {
  /** The basemap in use. */
  config: BasemapConfig = EMBEDDED_BASEMAP;
  private isLoading = false;
  private dataUrl = '';
  private errorHandler: ErrorHandler = () => {};
  private shiftDatum: ((collection: FeatureCollection) => FeatureCollection) | null = null;

  /**
   * @param map the map whose style is switched
   * @param whenLoaded resolves once the first style has loaded
   * @param redrawPlans gives the plan sources their data again (after a change of datum)
   */
  constructor(private readonly map: maplibregl.Map, private readonly whenLoaded: () => Promise<void>, private readonly redrawPlans: () => void) {
    map.on('error', (e) => this.handleError(e as maplibregl.ErrorEvent & { sourceId?: string }));
  }

  /** Calls `handler` when a basemap fails and the embedded one takes its place. */
  onError(handler: ErrorHandler): void {
    this.errorHandler = handler;
  }

  /** Plan data as the current basemap needs it: shifted to GCJ-02 on such a basemap, else as it is. */
  shift(collection: FeatureCollection): FeatureCollection {
    return this.shiftDatum ? this.shiftDatum(collection) : collection;
  }

  /** Puts the map on `config`, keeping the plans, their visibility and the selection. */
  async set(config: BasemapConfig, dataUrl: string): Promise<void> {
    await this.whenLoaded();
    const style = await resolveBasemapStyle(config, dataUrl);
    await this.setDatum(datumOf(config));
    this.config = config;
    this.dataUrl = dataUrl;
    this.isLoading = true;
    this.map.once('style.load', () => (this.isLoading = false));
    this.map.setStyle(style, { diff: false, transformStyle: (previous, next) => keepPlanLayers(previous, next) });
  }

  private async setDatum(datum: Datum): Promise<void> {
    const shift = datum === 'gcj02' ? (await import('./datum-shift')).shiftToGcj02 : null;
    if (shift === this.shiftDatum) return;
    this.shiftDatum = shift;
    this.redrawPlans();
  }

  private handleError(e: maplibregl.ErrorEvent & { sourceId?: string }): void {
    const isBasemapSource = typeof e.sourceId === 'string' && e.sourceId.startsWith('basemap-');
    if (this.config.kind === 'embedded' || !(isBasemapSource || this.isLoading)) return;
    const failed = this.config;
    void this.set(EMBEDDED_BASEMAP, this.dataUrl);
    this.errorHandler(failed, e.error?.message ?? 'error');
  }
}
