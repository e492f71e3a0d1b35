import * as gjv from 'geojson-validation';
import type { FeatureCollection, Geometry } from 'geojson';
import { countyIndex, type CountyIndex } from './counties';
import { arrayOf, isRecord, stringAt, valueAt, type JsonRecord } from './guards';
import type { LocalizedText } from '../../domain/plan';
import type { Place, Problem } from './problem';
import type { SchemaValidators } from './schemas';

/** The file name problems in the manifest are reported against. */
export const MANIFEST_FILE = 'manifest.json';

/** What `validatePlan` checks: the parsed manifest, the parsed layer files by the names the manifest uses, and the county polygons. */
export interface ValidateInput {
  manifest: unknown;
  /** Parsed GeoJSON of each layer file, keyed by the file name as the manifest writes it. */
  files: Map<string, unknown>;
  /** County polygons (property `code`); without them the county rules are skipped. */
  counties?: FeatureCollection;
  /** Precompiled schema validators (see `standalone.ts`); default: ajv compiled at run time. */
  schemas?: SchemaValidators;
}

/** A layer as the manifest declares it. */
export interface LayerRef {
  id?: string;
  file?: string;
  structureId?: string;
  /** Where it is in the manifest, e.g. `structures/0/layers/1`. */
  path: string;
}

/** One feature of a layer file, with what the rules read of it already narrowed. */
export interface FeatureEntry {
  file: string;
  index: number;
  feature: unknown;
  /** `properties.id`, else the feature's own `id`, when a string. */
  id?: string;
  properties?: JsonRecord;
  /** Set only when geojson-validation accepts the geometry (null geometries are left out). */
  geometry?: Geometry;
}

/** Everything the rules share, built once per `validatePlan` call. */
export interface PlanContext {
  input: ValidateInput;
  manifest?: JsonRecord;
  layers: LayerRef[];
  /** Distinct layer files named in the manifest that are present in `input.files`, in manifest order. */
  files: string[];
  features: FeatureEntry[];
  counties?: CountyIndex;
}

/** Builds the shared context: manifest layers, the features of every present layer file, the county index. */
export function buildContext(input: ValidateInput): PlanContext {
  const manifest = isRecord(input.manifest) ? input.manifest : undefined;
  const layers = manifestLayers(manifest);
  const files: string[] = [];
  for (const layer of layers) {
    if (layer.file !== undefined && input.files.has(layer.file) && !files.includes(layer.file)) files.push(layer.file);
  }
  const features = files.flatMap((file) => fileFeatures(file, input.files.get(file)));
  const context: PlanContext = { input, layers, files, features };
  if (manifest) context.manifest = manifest;
  if (input.counties) context.counties = countyIndex(input.counties);
  return context;
}

/** Every layer declared by the manifest's structures. */
export function manifestLayers(manifest: unknown): LayerRef[] {
  const out: LayerRef[] = [];
  arrayOf(valueAt(manifest, 'structures')).forEach((structure, s) => {
    const structureId = stringAt(structure, 'id');
    arrayOf(valueAt(structure, 'layers')).forEach((layer, l) => {
      const ref: LayerRef = { path: `structures/${s}/layers/${l}` };
      const id = stringAt(layer, 'id');
      const file = stringAt(layer, 'file');
      if (id !== undefined) ref.id = id;
      if (file !== undefined) ref.file = file;
      if (structureId !== undefined) ref.structureId = structureId;
      out.push(ref);
    });
  });
  return out;
}

function fileFeatures(file: string, collection: unknown): FeatureEntry[] {
  return arrayOf(valueAt(collection, 'features')).map((feature, index) => {
    const entry: FeatureEntry = { file, index, feature };
    const properties = valueAt(feature, 'properties');
    if (isRecord(properties)) entry.properties = properties;
    const ownId = valueAt(feature, 'id');
    const id = stringAt(properties, 'id') ?? (typeof ownId === 'string' ? ownId : undefined);
    if (id !== undefined) entry.id = id;
    const geometry = valueAt(feature, 'geometry');
    if (isRecord(geometry) && gjv.isGeometryObject(geometry)) entry.geometry = geometry as unknown as Geometry;
    return entry;
  });
}

/** The place of a feature (file, id, index), optionally with a path inside it. */
export function featurePlace(entry: FeatureEntry, path?: string): Place {
  const place: Place = { file: entry.file, featureIndex: entry.index };
  if (entry.id !== undefined) place.featureId = entry.id;
  if (path !== undefined) place.path = path;
  return place;
}

/** The place of something in the manifest. */
export function manifestPlace(path?: string): Place {
  return path === undefined ? { file: MANIFEST_FILE } : { file: MANIFEST_FILE, path };
}

/** One check of a plan package. Each lives in its own module under `rules/`. */
export interface Rule {
  /** Stable id, reported as `Problem.rule`. */
  id: string;
  /** What it checks, for docs and `--rules`. */
  description: LocalizedText;
  check(context: PlanContext): Problem[];
}
