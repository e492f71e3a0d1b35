import type { DBSchema, IDBPDatabase } from 'idb';
import type { FeatureCollection } from 'geojson';
import type { ImportFormat } from '../data/import';

/** Where a user layer came from: the file (or `drawn`), its format and when it arrived (ISO 8601). */
export interface UserLayerSource {
  file: string;
  format: ImportFormat | 'drawn';
  importedAt: string;
}

/** One of the user's own layers as it is kept between visits. */
export interface UserLayerRecord {
  id: string;
  name: string;
  /** A CSS colour, `#rrggbb` as `<input type=color>` gives it. */
  color: string;
  /** Position in the list; lower comes first. */
  order: number;
  isVisible: boolean;
  collection: FeatureCollection;
  source: UserLayerSource;
}

/** The fields of a record that can change after it is written. */
export type UserLayerPatch = Partial<Omit<UserLayerRecord, 'id'>>;

/**
 * The few operations the store needs from a key-value database, each one a single transaction:
 * a record is either written whole or not at all. `update` reads and writes in the same
 * transaction, so two quick edits of one layer cannot overwrite each other.
 */
export interface KeyValueBackend<V> {
  get(key: string): Promise<V | undefined>;
  list(): Promise<V[]>;
  put(value: V): Promise<void>;
  /** Replaces the value under `key` with `change(old)`; resolves false when there is none. */
  update(key: string, change: (old: V) => V): Promise<boolean>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

/** The user's layers, persisted. */
export interface UserLayerStore {
  /** Every record, by `order` (then `id`, so that equal orders still list the same way). */
  list(): Promise<UserLayerRecord[]>;
  /** Writes a whole layer in one transaction; call it once a layer's import is complete. */
  put(record: UserLayerRecord): Promise<void>;
  /** Changes some fields of a layer; resolves false when there is no layer `id`. */
  patch(id: string, partial: UserLayerPatch): Promise<boolean>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

/** The IndexedDB database and object store the app keeps user layers in. */
export const USER_LAYER_DB = { name: 'planmap', store: 'user-layers', version: 1 } as const;

interface UserLayerSchema extends DBSchema {
  'user-layers': { key: string; value: UserLayerRecord };
}

/**
 * Opens the user-layer store in IndexedDB (database `planmap`, store `user-layers`, keyPath `id`).
 * @example const store = await openUserLayerStore(); await store.put(record);
 */
export async function openUserLayerStore(dbName: string = USER_LAYER_DB.name): Promise<UserLayerStore> {
  return createUserLayerStore(await openIdbBackend(dbName));
}

/** A store over any backend: IndexedDB in the app, memory in tests. */
export function createUserLayerStore(backend: KeyValueBackend<UserLayerRecord>): UserLayerStore {
  return {
    list: async () => sortByOrder(await backend.list()),
    put: async (record) => backend.put(checkRecord(record)),
    patch: async (id, partial) => backend.update(id, (old) => checkRecord({ ...old, ...partial, id })),
    remove: (id) => backend.delete(id),
    clear: () => backend.clear(),
  };
}

/** The order to give a new layer so that it lists last. */
export function nextOrder(records: readonly UserLayerRecord[]): number {
  return records.reduce((max, r) => Math.max(max, r.order + 1), 0);
}

/**
 * The `order` patches that move layer `id` one place up (-1) or down (1) in `records` (as `list`
 * sorts them): the two neighbours swap orders. Empty when the layer is already at that end.
 */
export function planMove(records: readonly UserLayerRecord[], id: string, delta: -1 | 1): { id: string; order: number }[] {
  const sorted = sortByOrder([...records]);
  const from = sorted.findIndex((r) => r.id === id);
  const other = sorted[from + delta];
  if (from < 0 || !other) return [];
  const [a, b] = [sorted[from], other];
  const isTied = a.order === b.order;
  return [{ id: a.id, order: isTied ? b.order + delta : b.order }, { id: b.id, order: a.order }];
}

/** A backend that keeps copies in memory, cloned the way IndexedDB clones them. */
export function createMemoryBackend(): KeyValueBackend<UserLayerRecord> {
  const values = new Map<string, UserLayerRecord>();
  return {
    get: async (key) => cloneIfAny(values.get(key)),
    list: async () => [...values.values()].map((v) => structuredClone(v)),
    put: async (value) => void values.set(value.id, structuredClone(value)),
    update: async (key, change) => {
      const old = values.get(key);
      if (!old) return false;
      values.set(key, structuredClone(change(structuredClone(old))));
      return true;
    },
    delete: async (key) => void values.delete(key),
    clear: async () => values.clear(),
  };
}

/** The IndexedDB backend: one transaction per call, `update` reading and writing in the same one. */
export async function openIdbBackend(dbName: string = USER_LAYER_DB.name): Promise<KeyValueBackend<UserLayerRecord>> {
  const { openDB } = await import('idb');
  const db = await openDB<UserLayerSchema>(dbName, USER_LAYER_DB.version, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(USER_LAYER_DB.store)) database.createObjectStore(USER_LAYER_DB.store, { keyPath: 'id' });
    },
  });
  return {
    get: (key) => db.get(USER_LAYER_DB.store, key),
    list: () => db.getAll(USER_LAYER_DB.store),
    put: async (value) => void (await db.put(USER_LAYER_DB.store, value)),
    update: (key, change) => updateInTransaction(db, key, change),
    delete: (key) => db.delete(USER_LAYER_DB.store, key),
    clear: () => db.clear(USER_LAYER_DB.store),
  };
}

async function updateInTransaction(db: IDBPDatabase<UserLayerSchema>, key: string, change: (old: UserLayerRecord) => UserLayerRecord): Promise<boolean> {
  const tx = db.transaction(USER_LAYER_DB.store, 'readwrite');
  const old = await tx.store.get(key);
  if (old) await tx.store.put(change(old));
  await tx.done;
  return !!old;
}

function sortByOrder(records: UserLayerRecord[]): UserLayerRecord[] {
  return records.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function cloneIfAny<V>(value: V | undefined): V | undefined {
  return value === undefined ? undefined : structuredClone(value);
}

/**
 * The record itself when it can be stored whole, so that a layer is never kept without its
 * features; throws otherwise (and nothing is written).
 */
function checkRecord(record: UserLayerRecord): UserLayerRecord {
  if (typeof record.id !== 'string' || record.id === '') throw new TypeError('A user layer needs a non-empty string id');
  if (record.collection?.type !== 'FeatureCollection' || !Array.isArray(record.collection.features)) {
    throw new TypeError(`User layer ${record.id} has no FeatureCollection`);
  }
  if (!Number.isFinite(record.order)) throw new TypeError(`User layer ${record.id} has no finite order`);
  return record;
}
