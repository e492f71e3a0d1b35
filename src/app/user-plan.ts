import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  Accuracy, Camera, LoadedPlan, LocalizedText, PlanFeatureCollection, PlanFeatureProperties, PlanManifest, Role, Structure,
} from '../domain/plan';
import { ACCURACY_NAMES, ROLE_NAMES } from '../domain/i18n';
import { renameUnsafeKeys } from '../data/safe-properties';
import { findBounds } from './plan-lookup';
import type { UserLayerRecord } from './user-layer-store';

/** The id of the plan that holds the user's own layers. */
export const USER_PLAN_ID = 'my-layers';

/** A user feature's properties: the plan shape the map and card read, plus everything the file had. */
export interface UserFeatureProperties extends PlanFeatureProperties {
  /** The feature's own properties as imported (unsafe keys renamed, e.g. `constructor` → `constructor_`). */
  userProperties: Record<string, unknown>;
}

const USER_ACCURACY_NOTE: LocalizedText = { zh: '用户导入的数据,精度未知', en: 'Imported by the user; accuracy unknown' };
const NAME_KEYS = ['name', 'NAME', 'Name', '名称', 'title', 'id'] as const;
const DEFAULT_CAMERA: Camera = { center: [104, 35], zoom: 3 };

/**
 * The user's layers as a plan the map can draw: one structure and one layer per record, in the
 * records' order, each feature given the plan properties (id, name, role by geometry, accuracy
 * `approximate` unless it says otherwise) with its own properties kept under `userProperties`.
 * Feature ids are unique across the plan, because the map and card find features by `plan/id`.
 * @example toUserPlan(await store.list()).manifest.structures.length // one per layer
 */
export function toUserPlan(records: readonly UserLayerRecord[]): LoadedPlan {
  const usedIds = new Set<string>();
  const layers = new Map<string, PlanFeatureCollection>(
    records.map((r) => [r.id, toUserCollection(r.id, r.collection, usedIds)]),
  );
  return { manifest: toManifest(records, [...layers.values()]), layers };
}

function toManifest(records: readonly UserLayerRecord[], collections: PlanFeatureCollection[]): PlanManifest {
  const title: LocalizedText = { zh: '我的图层', en: 'My layers' };
  return {
    id: USER_PLAN_ID, title, region: { name: title, code: '' }, issuer: { zh: '用户', en: 'User' },
    date: '', period: '', source: { document: USER_PLAN_ID, title: title.zh },
    camera: findCamera(collections), structures: records.map(toStructure),
  };
}

function toStructure(record: UserLayerRecord): Structure {
  const name = { zh: record.name, en: record.name };
  return {
    id: record.id, slogan: record.name, name, category: 'spatial-pattern', provenance: [], tour: [],
    layers: [{ id: record.id, file: '', title: name, style: { color: record.color } }],
  };
}

/** The features of one user layer with plan properties; ids already in `usedIds` are replaced. */
export function toUserCollection(layerId: string, collection: FeatureCollection, usedIds = new Set<string>()): PlanFeatureCollection {
  const features = collection.features.map((f, index) => toUserFeature(f, claimId(findOwnId(f), `${layerId}-${index}`, usedIds)));
  return { type: 'FeatureCollection', features };
}

function toUserFeature(feature: Feature, id: string): Feature<Geometry, UserFeatureProperties> {
  const own = (renameUnsafeKeys(feature.properties ?? {}) ?? {}) as Record<string, unknown>;
  const properties: UserFeatureProperties = {
    id, name: findName(own, id), role: findRole(own.role, feature.geometry), accuracy: findAccuracy(own.accuracy),
    accuracyNote: USER_ACCURACY_NOTE, method: 'derived', provenance: [], userProperties: own,
  };
  return { type: 'Feature', ...(feature.id !== undefined ? { id: feature.id } : {}), geometry: feature.geometry, properties };
}

function findOwnId(feature: Feature): string | undefined {
  const candidate = feature.id ?? feature.properties?.id;
  return isScalar(candidate) && String(candidate) !== '' ? String(candidate) : undefined;
}

function claimId(own: string | undefined, fallback: string, usedIds: Set<string>): string {
  let id = own !== undefined && !usedIds.has(own) ? own : fallback;
  for (let n = 2; usedIds.has(id); n++) id = `${fallback}-${n}`;
  usedIds.add(id);
  return id;
}

function findName(own: Record<string, unknown>, id: string): LocalizedText {
  for (const key of NAME_KEYS) {
    const value = own[key];
    if (isLocalizedText(value)) return { zh: value.zh, en: value.en };
    if (isScalar(value) && String(value).trim() !== '') return { zh: String(value), en: String(value) };
  }
  return { zh: id, en: id };
}

function findRole(given: unknown, geometry: Geometry | null): Role {
  if (typeof given === 'string' && Object.hasOwn(ROLE_NAMES, given)) return given as Role;
  return roleOfGeometry(geometry);
}

function roleOfGeometry(geometry: Geometry | null): Role {
  switch (geometry?.type) {
    case 'Point': case 'MultiPoint': return 'node';
    case 'LineString': case 'MultiLineString': return 'corridor';
    case 'GeometryCollection': return roleOfGeometry(geometry.geometries[0] ?? null);
    case undefined: return 'node';
    default: return 'zone';
  }
}

function findAccuracy(given: unknown): Accuracy {
  return typeof given === 'string' && Object.hasOwn(ACCURACY_NAMES, given) ? (given as Accuracy) : 'approximate';
}

/** A camera that shows every feature, roughly: the box's centre at a zoom that fits its larger side. */
function findCamera(collections: PlanFeatureCollection[]): Camera {
  const box = findBounds(collections.flatMap((c) => c.features.map((f) => f.geometry)));
  if (!box) return DEFAULT_CAMERA;
  const span = Math.max(box[2] - box[0], box[3] - box[1], 0.01);
  const zoom = Math.min(14, Math.max(2, Math.log2(360 / span)));
  return { center: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2], zoom: Math.round(zoom * 10) / 10 };
}

function isScalar(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).zh === 'string' && typeof (value as LocalizedText).en === 'string';
}
