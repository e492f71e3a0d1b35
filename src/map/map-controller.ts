import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Camera, LoadedPlan, Locale, PlanManifest } from '../domain/plan';
import { DETAIL_ZOOM, createBasemapStyle, createBoundaryLayers, createDetailBoundarySource } from './basemap-style';
import { ARROW_IMAGE_ID, CATEGORY_COLORS, createPlanLayers, listNeededParts, PLAN_LAYER_PARTS } from './plan-symbology';
import type { BasemapConfig } from './basemaps';
import { BasemapSwitch } from './basemap-switch';
import { LayerOpacity } from './layer-opacity';
import { captureMapImage, type CapturedMapImage } from './capture-image';
import { createArrowImage, createHatchImage } from './pattern-images';
import { addResultLayers, setResultData } from './results-layer';
import { addSelectionLayers, setSelectionData } from './selection-layer';
import type { MeasureMode, MeasureTool, ShapeHandler } from './measure-tool';
import { toMapCollection } from './plan-features';
import { pickFeatureKey } from './feature-pick';

maplibregl.setWorkerUrl(workerUrl);

/**
 * maplibre's own stylesheet as text: the map lives in a shadow root, where the document's styles
 * do not reach, so the host adopts this sheet there.
 */
export const MAPLIBRE_CSS: string = maplibreCss;

/** What the controller needs to start. */
export interface MapControllerOptions {
  container: HTMLElement;
  dataUrl: string;
  camera: Camera;
  locale: Locale;
}

/** Fired when the user clicks a plan feature (key) or empty map (null), with where they clicked. */
export type FeatureSelectHandler = (key: string | null, lngLat: [number, number]) => void;

/**
 * The one owner of the maplibre map. Everything else asks it for a change of state (plans,
 * visibility, language, selection); one small method per side effect.
 */
export class MapController {
  readonly map: maplibregl.Map;
  private readonly plans = new Map<string, LoadedPlan>();
  private readonly loaded: Promise<void>;
  private locale: Locale;
  private selectHandler: FeatureSelectHandler = () => {};
  private readonly basemaps: BasemapSwitch;

  constructor(options: MapControllerOptions) {
    this.locale = options.locale;
    this.map = new maplibregl.Map({
      container: options.container,
      style: createBasemapStyle(options.dataUrl),
      center: options.camera.center,
      zoom: options.camera.zoom,
      bearing: options.camera.bearing ?? 0,
      pitch: options.camera.pitch ?? 0,
      attributionControl: false,
      maxBounds: [[95, 17], [120, 38]],
      minZoom: 4,
      maxZoom: 15,
    });
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.loaded = new Promise((resolve) => this.map.once('style.load', () => resolve()));
    void this.loaded.then(() => {
      addSelectionLayers(this.map);
      addResultLayers(this.map);
    });
    this.map.on('click', (e) => this.handleClick(e.point, [e.lngLat.lng, e.lngLat.lat]));
    this.map.setMissingStyleImageResolver((id) => this.addMissingImage(id));
    this.basemaps = new BasemapSwitch(this.map, () => this.loaded, () => this.redrawPlans());
    this.map.on('zoomend', () => this.addDetailBoundariesWhenNeeded(options.dataUrl));
    void this.loaded.then(() => this.addDetailBoundariesWhenNeeded(options.dataUrl));
  }

  /** Loads the detailed boundaries the first time the map is zoomed in past the overview. */
  private addDetailBoundariesWhenNeeded(dataUrl: string): void {
    if (this.map.getZoom() < DETAIL_ZOOM - 0.5 || this.map.getSource('basemap-boundaries-detail') || !this.map.getLayer('label-county-seat')) return;
    this.map.addSource('basemap-boundaries-detail', createDetailBoundarySource(dataUrl));
    for (const layer of createBoundaryLayers('basemap-boundaries-detail', { minzoom: DETAIL_ZOOM })) this.map.addLayer(layer, 'label-county-seat');
  }

  /** Calls `handler` whenever the user selects a feature on the map. */
  onSelect(handler: FeatureSelectHandler): void {
    this.selectHandler = handler;
  }

  /** Draws every layer of `plan`, below the selection highlight; the same plan object again adds nothing. */
  async addPlan(plan: LoadedPlan): Promise<void> {
    await this.loaded;
    if (this.plans.get(plan.manifest.id) === plan) return;
    this.plans.set(plan.manifest.id, plan);
    for (const structure of plan.manifest.structures) {
      for (const layer of structure.layers) {
        const source = sourceId(plan.manifest.id, layer.id);
        const data = this.mapData(plan, layer.id);
        this.map.addSource(source, { type: 'geojson', data });
        const color = layer.style?.color ?? CATEGORY_COLORS[structure.category];
        for (const spec of createPlanLayers(source, source, color, listNeededParts(data))) {
          this.map.addLayer(spec, 'selection-fill');
          this.map.on('mouseenter', spec.id, () => this.setCursor('pointer'));
          this.map.on('mouseleave', spec.id, () => this.setCursor(''));
        }
      }
    }
  }

  /** Draws the arrow and hatch images when a layer first asks for them, after every style change too. */
  private addMissingImage(id: string): void {
    if (this.map.hasImage(id)) return;
    if (id === ARROW_IMAGE_ID) this.map.addImage(id, createArrowImage(), { sdf: true, pixelRatio: 2 });
    const hatch = /^pm-hatch-([0-9a-f]{6})$/i.exec(id);
    if (hatch) this.map.addImage(id, createHatchImage(`#${hatch[1]}`), { pixelRatio: 2 });
  }

  /** Resolves when the map's style has loaded and plans can be added. */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /** Resolves when the map has drawn everything it has been given so far. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /** Removes every layer and source of a plan, e.g. before drawing its new version. */
  removePlan(planId: string): void {
    const prefix = `plan:${planId}:`;
    const style = this.map.getStyle();
    for (const layer of (style?.layers ?? []).filter((l) => l.id.startsWith(prefix))) this.map.removeLayer(layer.id);
    for (const source of Object.keys(style?.sources ?? {}).filter((id) => id.startsWith(prefix))) this.map.removeSource(source);
    this.plans.delete(planId);
  }

  /** Shows or hides one plan layer. */
  setLayerVisible(planId: string, layerId: string, isVisible: boolean): void {
    for (const part of PLAN_LAYER_PARTS) {
      const id = `${sourceId(planId, layerId)}:${part}`;
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', isVisible ? 'visible' : 'none');
    }
  }

  /** Relabels the plan layers in `locale`; the same language again changes nothing (no new tiles). */
  setLocale(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.redrawPlans();
  }

  /** Gives every plan source its data again, labelled in the current language and in the basemap's datum. */
  private redrawPlans(): void {
    for (const plan of this.plans.values()) {
      for (const layer of plan.manifest.structures.flatMap((s) => s.layers)) {
        this.map.getSource<maplibregl.GeoJSONSource>(sourceId(plan.manifest.id, layer.id))?.setData(this.mapData(plan, layer.id));
      }
    }
  }

  /**
   * Scales the opacity of one plan layer's symbols by `factor` (0–1), keeping the symbology's own
   * differences between roles and accuracies.
   */
  setLayerOpacity(planId: string, layerId: string, factor: number): void {
    this.opacity.set(sourceId(planId, layerId), factor);
  }

  private readonly opacity = new LayerOpacity(() => this.map);

  /** Shows the box [west, south, east, north] with some room around it. */
  fitBounds(bounds: [number, number, number, number]): void {
    this.map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], { padding: 48, maxZoom: 13, duration: 800 });
  }

  /** The current camera, for permalinks. */
  getCamera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Moves the camera at once, without animation. */
  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0 });
  }

  /** Calls `handler` after every camera move, with the new camera. */
  onCameraChange(handler: (camera: Camera) => void): void {
    this.map.on('moveend', () => handler(this.getCamera()));
  }

  /** Replaces the attribution line: data sources and the accuracy disclaimer, in the UI language. */
  setAttribution(html: string): void {
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new maplibregl.AttributionControl({ compact: false, customAttribution: html });
    this.map.addControl(this.attribution, 'bottom-left');
  }

  private attribution?: maplibregl.AttributionControl;

  /** Highlights the feature with `geometry`, or clears the highlight. */
  setSelection(geometry: Geometry | null): void {
    void this.loaded.then(() => setSelectionData(this.map, geometry));
  }

  /** Moves the camera to `camera`. */
  flyTo(camera: Camera): void {
    this.map.flyTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0 });
  }

  /** The map layer ids that draw plan features, for hit tests. */
  planLayerIds(): string[] {
    return this.map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('plan:'));
  }

  private mapData(plan: LoadedPlan, layerId: string): FeatureCollection {
    return this.basemaps.shift(toMapCollection(plan.manifest as PlanManifest, layerId, plan.layers.get(layerId) ?? { type: 'FeatureCollection', features: [] }, this.locale));
  }

  /** Calls `handler` when a basemap fails and the embedded one takes its place. */
  onBasemapError(handler: (config: BasemapConfig, reason: string) => void): void {
    this.basemaps.onError(handler);
  }

  /** The basemap in use. */
  getBasemap(): BasemapConfig {
    return this.basemaps.config;
  }

  /**
   * Puts the map on another basemap, keeping the plans, their visibility and the selection. A
   * GCJ-02 basemap shifts the plan layers to match it. If the basemap fails to load, the embedded
   * one comes back and `onBasemapError` hears why.
   */
  setBasemap(config: BasemapConfig, dataUrl: string): Promise<void> {
    return this.basemaps.set(config, dataUrl);
  }

  private handleClick(point: maplibregl.Point, lngLat: [number, number]): void {
    if (this.isMeasuring) return;
    this.selectHandler(pickFeatureKey(this.map, point, this.planLayerIds()), lngLat);
  }

  private setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  /** Outlines the features a query found, or clears them. */
  setResults(collection: FeatureCollection | null): void {
    void this.loaded.then(() => setResultData(this.map, collection ? this.basemaps.shift(collection) : null));
  }

  private measureTool?: MeasureTool;
  private isMeasuring = false;

  /** Lets the user draw a line or an area to measure; `onShape` hears every change of the shape. */
  async startMeasure(mode: MeasureMode, onShape: ShapeHandler): Promise<void> {
    await this.loaded;
    const { MeasureTool } = await import('./measure-tool');
    this.measureTool ??= new MeasureTool(this.map, (shape) => this.measureHandler(shape));
    this.measureHandler = onShape;
    this.isMeasuring = true;
    this.measureTool.start(mode);
  }

  private measureHandler: ShapeHandler = () => {};

  /** Ends drawing and removes the drawn shape. */
  stopMeasure(): void {
    this.isMeasuring = false;
    this.measureTool?.stop();
  }

  /**
   * The map as drawn now, as a PNG, at the screen's pixel ratio or at `pixelRatio` for print, with
   * what a legend, scale bar and north arrow need.
   */
  captureImage(pixelRatio?: number): Promise<CapturedMapImage> {
    return captureMapImage(this.map, pixelRatio);
  }

  /** Releases the map and its WebGL context, for hosts that remove the map. */
  destroy(): void {
    this.measureTool?.stop();
    this.map.remove();
  }
}

/** The GeoJSON source id (and map layer id prefix) of one plan layer. */
export function sourceId(planId: string, layerId: string): string {
  return `plan:${planId}:${layerId}`;
}
