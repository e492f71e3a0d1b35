import type * as maplibregl from 'maplibre-gl';
import { PLAN_LAYER_PARTS } from './plan-symbology';

type PaintName = Parameters<maplibregl.Map['getPaintProperty']>[1];

/** The opacity properties of each part of a plan layer's symbology. */
const OPACITY_PROPERTIES: Record<(typeof PLAN_LAYER_PARTS)[number], PaintName[]> = {
  fill: ['fill-opacity'], hatch: ['fill-opacity'], outline: ['line-opacity'], line: ['line-opacity'], arrow: ['icon-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'], 'area-label': ['text-opacity'], label: ['text-opacity'],
};

/**
 * Fades a plan layer by multiplying each opacity of its symbology by a factor, so that the
 * differences the symbology makes (schematic paler, bands softer) survive the fading.
 */
export class LayerOpacity {
  private readonly base = new Map<string, unknown>();

  constructor(private readonly map: () => maplibregl.Map) {}

  /** Sets the factor (0–1) for the map layers whose ids start with `prefix:`. */
  set(prefix: string, factor: number): void {
    for (const part of PLAN_LAYER_PARTS) {
      const id = `${prefix}:${part}`;
      if (!this.map().getLayer(id)) continue;
      for (const prop of OPACITY_PROPERTIES[part]) {
        const base = this.baseOf(id, prop);
        this.map().setPaintProperty(id, prop, (factor >= 1 ? base : ['*', factor, base]) as maplibregl.ExpressionSpecification);
      }
    }
  }

  /** The opacity the symbology gave, remembered the first time it is changed. */
  private baseOf(id: string, prop: PaintName): unknown {
    const key = `${id}|${prop}`;
    if (!this.base.has(key)) this.base.set(key, this.map().getPaintProperty(id, prop) ?? 1);
    return this.base.get(key);
  }
}
