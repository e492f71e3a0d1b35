import type * as maplibregl from 'maplibre-gl';
import type { Feature, LineString, Polygon } from 'geojson';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

/** What the user is drawing to measure. */
export type MeasureMode = 'linestring' | 'polygon';

/** The shape being drawn, or null when there is none. */
export type ShapeHandler = (shape: Feature<LineString | Polygon> | null) => void;

/**
 * Drawing on the map to measure, with terra-draw (a well-kept drawing library) rather than
 * hand-rolled handlers. Each change hands the shape being drawn to the handler.
 */
export class MeasureTool {
  private readonly draw: TerraDraw;

  constructor(map: maplibregl.Map, private readonly onShape: ShapeHandler) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [new TerraDrawLineStringMode(), new TerraDrawPolygonMode()],
    });
    this.draw.on('change', () => this.report());
  }

  /** Starts drawing a line or an area; a new start clears the previous shape. */
  start(mode: MeasureMode): void {
    if (!this.draw.enabled) this.draw.start();
    this.draw.clear();
    this.draw.setMode(mode);
  }

  /** Stops drawing and removes the shape. */
  stop(): void {
    if (!this.draw.enabled) return;
    this.draw.clear();
    this.draw.stop();
    this.onShape(null);
  }

  private report(): void {
    const shape = this.draw.getSnapshot().find((f) => f.geometry.type === 'LineString' || f.geometry.type === 'Polygon');
    this.onShape(shape ? (shape as unknown as Feature<LineString | Polygon>) : null);
  }
}
