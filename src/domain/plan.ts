import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A string in both interface languages. Chinese is the plan's own language and always present. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** The interface languages. */
export type Locale = keyof LocalizedText;

/**
 * How exact a geometry is. `schematic`: the text names the thing but not where its edges are, so
 * it is drawn as a symbol; `approximate`: placed from what the text says (named towns, rivers,
 * counties) with derived edges; `surveyed`: from an authoritative boundary or survey.
 */
export type Accuracy = 'schematic' | 'approximate' | 'surveyed';

/** What part a feature plays in a structure; drives its symbology. */
export type Role =
  | 'core' | 'sub-core' | 'node' | 'zone' | 'axis' | 'corridor'
  | 'belt' | 'barrier' | 'cluster' | 'hub' | 'park';

/** The kinds of structure a plan names. */
export type StructureCategory =
  | 'spatial-pattern' | 'ecological' | 'transport' | 'industrial'
  | 'agricultural' | 'cultural-tourism' | 'landscape';

/** How a geometry was drawn, so that a reader can judge it. */
export type DrawingMethod =
  | 'seat-point' | 'named-place' | 'county-union' | 'township-partition'
  | 'traced' | 'buffer' | 'schematic-symbol' | 'derived';

/** Where a statement comes from: the seed document's id, the 1-based line and the verbatim words. */
export interface Provenance {
  document: string;
  line: number;
  quote: string;
}

/** A number the document attaches to a feature, such as a 2025 GDP target. */
export interface Figure {
  key: string;
  label: LocalizedText;
  value: number;
  unit: string;
  year?: number;
  line?: number;
}

/** The properties every feature of a plan layer carries. */
export interface PlanFeatureProperties {
  id: string;
  name: LocalizedText;
  role: Role;
  accuracy: Accuracy;
  accuracyNote: LocalizedText;
  method: DrawingMethod;
  provenance: Provenance[];
  counties?: string[];
  figures?: Figure[];
}

export type PlanFeature = Feature<Geometry, PlanFeatureProperties>;
export type PlanFeatureCollection = FeatureCollection<Geometry, PlanFeatureProperties>;

/** A camera position for tours and permalinks. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/** One step of a presentation tour. */
export interface TourStep {
  camera: Camera;
  caption: LocalizedText;
  layers?: string[];
  features?: string[];
}

/** Optional overrides of the role-based symbology for one layer. */
export interface LayerStyle {
  color?: string;
  opacity?: number;
}

/** One GeoJSON file of a structure. */
export interface PlanLayer {
  id: string;
  file: string;
  title: LocalizedText;
  style?: LayerStyle;
}

/** A part of a structure that the document names but that cannot be drawn honestly. */
export interface UndrawnPart {
  name: LocalizedText;
  reason: LocalizedText;
  provenance: Provenance[];
}

/** A partition that must tile a district: the validator checks gaps and overlaps. */
export interface Partition {
  layer: string;
  county: string;
}

/** A structure the document names, such as "一主一副四支点". */
export interface Structure {
  id: string;
  slogan: string;
  name: LocalizedText;
  category: StructureCategory;
  provenance: Provenance[];
  layers: PlanLayer[];
  tour: TourStep[];
  notDrawn?: UndrawnPart[];
  partition?: Partition;
}

/** The seed document a plan package was made from. */
export interface SourceDocument {
  document: string;
  title: string;
  file?: string;
  number?: string;
}

/** `manifest.json` of a plan package. */
export interface PlanManifest {
  id: string;
  title: LocalizedText;
  region: { name: LocalizedText; code: string; counties?: string[] };
  issuer: LocalizedText;
  date: string;
  period: string;
  source: SourceDocument;
  camera: Camera;
  structures: Structure[];
}

/** A manifest with its layers' data loaded. */
export interface LoadedPlan {
  manifest: PlanManifest;
  layers: Map<string, PlanFeatureCollection>;
}
