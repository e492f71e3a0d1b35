import type { FeatureCollection } from 'geojson';
import type { LocalizedText } from '../../domain/plan';
import type { Problem } from '../validate/problem';
import type { CrsReport, SourceCrs } from './crs/crs-types';
import type { ImportLimits } from './limits';

export type { Problem } from '../validate/problem';

/** The file formats `importFile` reads. */
export type ImportFormat = 'geojson' | 'plan-package' | 'kml' | 'kmz' | 'shapefile' | 'csv';

/** The one-click repairs an import can offer (see `applyFix`). */
export type FixId = 'rewind' | 'close-rings' | 'remove-duplicate-points' | 'swap-lat-lon';

/** A repair the user may apply to one layer with `applyFix(layer.collection, offer.id)`. */
export interface FixOffer {
  id: FixId;
  /** The name of the layer (`ImportedLayer.name`) it applies to. */
  layer: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Indexes, in the layer's collection, of the features it changes. */
  featureIndexes: number[];
}

/** How a layer was read: its format, and for some formats what was guessed. */
export interface LayerDetails {
  format: ImportFormat;
  /** The file inside the archive (or the file itself) the layer came from. */
  file: string;
  /** Text encoding used for attributes (shapefile .dbf, CSV). */
  encoding?: string;
  /** The CSV columns read as longitude and latitude. */
  columns?: { lon: string; lat: string };
}

/** One layer of an import, in WGS84 longitude/latitude once the CRS has been applied. */
export interface ImportedLayer {
  name: string;
  collection: FeatureCollection;
  details: LayerDetails;
  crs: CrsReport;
}

/**
 * What `importFile` returns: every valid feature in `layers`, everything else in `problems`
 * (the validator's Problem shape), repairs in `fixes`. `crs` is the first layer's report, or the
 * first one that needs the user to confirm a guessed projection.
 */
export interface ImportResult {
  layers: ImportedLayer[];
  crs: CrsReport;
  problems: Problem[];
  fixes: FixOffer[];
  /** Set for a plan package: its parsed manifest. */
  manifest?: unknown;
}

/** The stages an import reports progress in. */
export type ImportPhase = 'read' | 'unzip' | 'parse' | 'check' | 'reproject' | 'fixes' | 'done';

/** A progress report: the phase and the fraction of the whole import done (0–1). */
export interface ImportProgress {
  type: 'progress';
  phase: ImportPhase;
  fraction: number;
}

/** Options of `importFile` that can cross to a worker (no functions). */
export interface ImportRequestOptions {
  /** The source CRS when the user knows it (or confirmed a guess); default: detect. */
  sourceCrs?: SourceCrs;
  /** County polygons for the plan validator's county rules. */
  counties?: FeatureCollection;
  /** Overrides of `IMPORT_LIMITS`. */
  limits?: Partial<ImportLimits>;
}

/** Options of `importFile`. */
export interface ImportOptions extends ImportRequestOptions {
  onProgress?: (progress: ImportProgress) => void;
}
