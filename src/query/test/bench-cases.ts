import type { Feature, FeatureCollection, Position } from 'geojson';
import {
  bufferFeatures, createFeatureIndex, createNaiveIndex, locatePointsInZones, measureArea, measureOverlap, measureSelectionArea,
  measureStructureArea,
} from '../index';
import { getLayer, loadBundledLayers, loadDistrict, mergeLayers } from './bundled-plans';
import { GUIZHOU, mulberry32, randomPoints, randomPosition } from './synthetic';

/** One timed query: a name and a call that runs query number `i`. */
export interface BenchCase {
  name: string;
  run: (i: number) => unknown;
}

/** 256 seeded query points over Guizhou, cycled through by the benchmarks. */
export const QUERY_POINTS: Position[] = Array.from({ length: 256 }, ((random) => () => randomPosition(random, GUIZHOU))(mulberry32(2026)));

function at(i: number): Position {
  return QUERY_POINTS[i % QUERY_POINTS.length] ?? [106, 27];
}

/** Index and naive scan over `n` seeded points, for nearest-5 and within-5-km. */
export function syntheticCases(n: number): { index: BenchCase[]; naive: BenchCase[] } {
  const points = randomPoints(n, n);
  const index = createFeatureIndex(points);
  const naive = createNaiveIndex(points);
  return {
    index: [
      { name: `nearest k=5, ${n} points, index`, run: (i) => index.nearest(at(i), { k: 5 }) },
      { name: `within 5 km, ${n} points, index`, run: (i) => index.within(at(i), 5) },
    ],
    naive: [
      { name: `nearest k=5, ${n} points, naive`, run: (i) => naive.nearest(at(i), { k: 5 }) },
      { name: `within 5 km, ${n} points, naive`, run: (i) => naive.within(at(i), 5) },
    ],
  };
}

function polygonsOf(collection: FeatureCollection): Feature[] {
  return collection.features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
}

/** Queries on all layers of the five bundled plans merged (215 features). */
export function bundledCases(): BenchCase[] {
  const layers = loadBundledLayers();
  const all = mergeLayers(layers);
  const index = createFeatureIndex(all);
  const polygons = polygonsOf(all);
  const wujiang = getLayer(layers, 'zunyi-metropolitan/blue-corridors').features.find((f) => f.properties?.['id'] === 'blue-wujiang') as Feature;
  const corridors = getLayer(layers, 'zunyi-metropolitan/blue-corridors');
  const belts = getLayer(layers, 'zunyi-metropolitan/restoration-belts');
  const corridorBand = bufferFeatures(corridors, 2);
  const zones = getLayer(layers, 'honghuagang-14th-fyp/functional-zones');
  const seats = getLayer(layers, 'honghuagang-14th-fyp/township-seats');
  const district = loadDistrict('520302');
  return [
    { name: 'bundled: nearest k=5', run: (i) => index.nearest(at(i), { k: 5 }) },
    { name: 'bundled: within 5 km', run: (i) => index.within(at(i), 5) },
    { name: 'bundled: within 5 km of the 乌江 (rows, no buffer polygon)', run: () => index.withinBuffer(wujiang, 5) },
    { name: 'bundled: area of one polygon', run: (i) => measureArea(polygons[i % polygons.length] as Feature) },
    { name: `bundled: area of all ${polygons.length} polygons (sum + union)`, run: () => measureSelectionArea(all) },
    { name: 'bundled: overlap, 2 km corridor band ∩ restoration belts', run: () => measureOverlap(corridorBand, belts) },
    { name: 'bundled: overlap incl. buffering the corridors', run: () => measureOverlap(bufferFeatures(corridors, 2), belts) },
    { name: 'bundled: 一核四区 area + share of 红花岗区', run: () => measureStructureArea(zones, { district }) },
    { name: 'bundled: which zone each township seat is in', run: () => locatePointsInZones(seats, zones) },
  ];
}

/** The bundled cases run through the naive scan, for comparison. */
export function bundledNaiveCases(): BenchCase[] {
  const all = mergeLayers(loadBundledLayers());
  const naive = createNaiveIndex(all);
  return [
    { name: 'bundled: nearest k=5, naive', run: (i) => naive.nearest(at(i), { k: 5 }) },
    { name: 'bundled: within 5 km, naive', run: (i) => naive.within(at(i), 5) },
  ];
}
