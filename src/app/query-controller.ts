import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import type { LoadedPlan, LocalizedText, Locale } from '../domain/plan';
import type { MapController } from '../map/map-controller';
import type { FoundFeature } from './plan-lookup';
import { downloadText } from './app-helpers';
import type { LayerQuestion } from '../ui/pm-layer-questions';
import type { ToolName } from '../ui/pm-tools';
import { fetchDistricts } from '../data/district-source';
import { collectVisibleFeatures, findNearby, findNearestToPoint, findWithinRadius, measureFeature, measureStructureDistances, toCsvText, type QueryOutcome } from './query-actions';

/** What the app tells the query controller about its state. */
export interface QueryContext {
  controller(): MapController | undefined;
  /** The bundled plans and the user's layers. */
  plans(): LoadedPlan[];
  /** The site's data folder (for the district boundaries). */
  dataUrl: string;
  isLayerVisible(plan: string, layer: string): boolean;
  locale(): Locale;
  select(key: string): void;
  exportImage(isForPrint: boolean): void;
}

/** The kilometres "find nearby" and "click for everything within" search, until the user changes it. */
export const NEARBY_KM = 5;

/**
 * The app's spatial questions as a Lit reactive controller: it runs the queries (loaded on first
 * use), holds the answer the results table shows, draws it on the map, and measures drawn shapes.
 */
export class QueryController implements ReactiveController {
  outcome: QueryOutcome | null = null;
  measures: { label: string; value: string }[] = [];
  drawnMeasures: { label: string; value: string }[] = [];
  isNearestMode = false;
  isRadiusMode = false;
  /** The radius of "find nearby" and of the radius click mode. */
  radiusKm = NEARBY_KM;
  /** Whether the layer questions are open (their form's code is loaded then). */
  areQuestionsShown = false;
  measureMode: 'linestring' | 'polygon' | null = null;
  error = '';

  constructor(private readonly host: ReactiveControllerHost, private readonly context: QueryContext) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Measures the selected feature for its card. */
  async describe(found: FoundFeature | null): Promise<void> {
    this.measures = found ? await measureFeature(found.feature, this.context.locale()) : [];
    this.host.requestUpdate();
  }

  /** Lists what lies within `radiusKm` of the selected feature. */
  async nearby(found: FoundFeature): Promise<void> {
    await this.run(() => findNearby(found, this.visible(), this.radiusKm));
  }

  /** Opens or closes the layer questions, loading the form the first time. */
  showQuestions(isShown: boolean): void {
    if (isShown) void import('../ui/pm-layer-questions');
    this.areQuestionsShown = isShown;
    this.host.requestUpdate();
  }

  /** Answers a question of the layer form. */
  async ask(question: LayerQuestion): Promise<void> {
    const { answerLayerQuestion } = await import('./layer-questions');
    await this.run(() => answerLayerQuestion(question, this.context.plans(), {
      fetchDistricts: (codes) => fetchDistricts(this.context.dataUrl, codes),
    }));
  }

  /** What a click on the map does while a query mode is on; false when no mode is on. */
  click(lngLat: [number, number]): boolean {
    if (this.isNearestMode) void this.nearestTo(lngLat);
    else if (this.isRadiusMode) void this.run(() => findWithinRadius(lngLat, this.visible(), this.radiusKm));
    return this.isNearestMode || this.isRadiusMode;
  }

  /** Sets the radius, in km, of "find nearby" and the radius click mode. */
  setRadius(km: number): void {
    this.radiusKm = km;
    this.host.requestUpdate();
  }

  /** The distance matrix of the selected feature's structure. */
  async distances(found: FoundFeature): Promise<void> {
    await this.run(() => measureStructureDistances(found));
  }

  /** The nearest node, corridor and zone to a clicked point, when the nearest mode is on. */
  async nearestTo(lngLat: [number, number]): Promise<void> {
    await this.run(() => findNearestToPoint(lngLat, this.visible()));
  }

  /** Switches the "click for the nearest" mode (and the radius mode off). */
  toggleNearestMode(): void {
    this.isNearestMode = !this.isNearestMode;
    this.isRadiusMode = false;
    this.host.requestUpdate();
  }

  /** Switches the "click for everything within the radius" mode (and the nearest mode off). */
  toggleRadiusMode(): void {
    this.isRadiusMode = !this.isRadiusMode;
    this.isNearestMode = false;
    this.host.requestUpdate();
  }

  /** Starts (or, with the mode already on, stops) drawing a shape to measure. */
  async toggleMeasure(mode: 'linestring' | 'polygon'): Promise<void> {
    const controller = this.context.controller();
    if (!controller) return;
    if (this.measureMode === mode) {
      controller.stopMeasure();
      this.measureMode = null;
    } else {
      this.measureMode = mode;
      await controller.startMeasure(mode, (shape) => void this.measureDrawn(shape));
    }
    this.host.requestUpdate();
  }

  /** Switches a tool of the toolbar on or off. */
  useTool(tool: ToolName): void {
    if (tool === 'image' || tool === 'print') this.context.exportImage(tool === 'print');
    else if (tool === 'nearest') this.toggleNearestMode();
    else if (tool === 'radius') this.toggleRadiusMode();
    else void this.toggleMeasure(tool);
  }

  /** Offers the results as a CSV or GeoJSON file. */
  async download(format: 'csv' | 'geojson'): Promise<void> {
    const text = await this.exportText(format);
    downloadText(text, `planmap-results.${format}`, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json');
  }

  /** Selects the feature of a result row, when the row names one. */
  pickRow(row: number): void {
    const id = this.outcome?.rows[row]?.id;
    if (typeof id === 'string' && id.includes('/')) this.context.select(id);
  }

  /** Closes the results and removes them from the map. */
  clear(): void {
    this.outcome = null;
    this.context.controller()?.setResults(null);
    this.host.requestUpdate();
  }

  /** The results as a file: CSV (with a BOM for Excel) or GeoJSON. */
  async exportText(format: 'csv' | 'geojson'): Promise<string> {
    if (!this.outcome) return '';
    return format === 'csv' ? toCsvText(this.outcome) : JSON.stringify(this.outcome.geometry, null, 1);
  }

  private async measureDrawn(shape: Feature<LineString | Polygon> | null): Promise<void> {
    this.drawnMeasures = shape ? await measureFeature(shape, this.context.locale()) : [];
    this.host.requestUpdate();
  }

  private visible(): FeatureCollection {
    return collectVisibleFeatures(this.context.plans(), (plan, layer) => this.context.isLayerVisible(plan, layer));
  }

  private async run(query: () => Promise<QueryOutcome>): Promise<void> {
    try {
      this.outcome = await query();
      this.error = '';
      this.context.controller()?.setResults(this.outcome.geometry);
    } catch (error) {
      const text = (error as { text?: LocalizedText }).text;
      this.error = text ? text[this.context.locale()] : (error as Error).message;
    }
    this.host.requestUpdate();
  }
}
