import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  bufferFeatures, createFeatureIndex, createNaiveIndex, locatePointsInZones, measureDistanceMatrix,
  measureArea, measureOverlap, measureSelectionArea, toResultFeatures, type FeatureKind, type FeatureIndex,
} from '../index';

/** A fixture input: a FeatureCollection with the call's parameters in `properties`. */
export interface FixtureInput extends FeatureCollection {
  properties: {
    query: 'area' | 'nearest' | 'within' | 'within-buffer' | 'matrix' | 'locate' | 'overlap';
    lon?: number;
    lat?: number;
    k?: number;
    km?: number;
    kinds?: FeatureKind[];
    /** `within-buffer`: the id of the feature to buffer. */
    from?: string;
    /** `overlap`: buffer layer A by this many km first. */
    bufferKmA?: number;
  };
}

/** What a fixture's `out/<case>.geojson` holds: result features, and the summary in `properties`. */
export interface FixtureOutput extends FeatureCollection {
  properties: Record<string, unknown>;
}

function layer(input: FeatureCollection, name: string): FeatureCollection {
  return { type: 'FeatureCollection', features: input.features.filter((f) => f.properties?.['layer'] === name) };
}

function point(input: FixtureInput): [number, number] {
  return [input.properties.lon ?? NaN, input.properties.lat ?? NaN];
}

function output(features: Feature[], properties: Record<string, unknown>): FixtureOutput {
  return { type: 'FeatureCollection', properties, features };
}

function runArea(input: FixtureInput): FixtureOutput {
  const { rows, sum, union, overlap } = measureSelectionArea(input);
  return output(toResultFeatures(rows, input).features, { sum, union, overlap });
}

function runProximity(input: FixtureInput, index: FeatureIndex): FixtureOutput {
  const { k, km = NaN, kinds, from } = input.properties;
  if (input.properties.query === 'nearest') return output(toResultFeatures(index.nearest(point(input), { k, kinds }).rows, input).features, {});
  if (input.properties.query === 'within') return output(toResultFeatures(index.within(point(input), km, { kinds }).rows, input).features, {});
  const feature = input.features.find((f) => f.properties?.['id'] === from) as Feature<Geometry>;
  const result = index.withinBuffer(feature, km, { kinds, includeBuffer: true });
  return output(toResultFeatures(result.rows, input).features, { bufferKm2: result.geometry === undefined ? null : measureArea(result.geometry).km2 });
}

function runOverlap(input: FixtureInput): FixtureOutput {
  const a = layer(input, 'a');
  const result = measureOverlap(input.properties.bufferKmA === undefined ? a : bufferFeatures(a, input.properties.bufferKmA), layer(input, 'b'));
  const { geometry, ...summary } = result;
  return output(geometry.features, summary);
}

/**
 * Runs the query a fixture names. Proximity fixtures run through `createFeatureIndex` by
 * default and through `createNaiveIndex` with `naive`, so one expected file checks both.
 */
export function runFixture(input: FixtureInput, options: { naive?: boolean } = {}): FixtureOutput {
  switch (input.properties.query) {
    case 'area': return runArea(input);
    case 'nearest': case 'within': case 'within-buffer':
      return runProximity(input, (options.naive === true ? createNaiveIndex : createFeatureIndex)(input));
    case 'matrix': {
      const { labels, km, rows } = measureDistanceMatrix(input);
      return output([], { labels: labels.map((l) => l.id), km, rows });
    }
    case 'locate': return output([], { rows: locatePointsInZones(layer(input, 'points'), layer(input, 'zones')).rows });
    case 'overlap': return runOverlap(input);
  }
}

/** Rounds every number to 9 significant digits, so expected files do not depend on the last bits of floating point. */
export function roundNumbers<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v))) as T;
}
