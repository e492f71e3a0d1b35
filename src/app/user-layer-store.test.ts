import { describe, expect, it } from 'vitest';
import {
  createMemoryBackend, createUserLayerStore, nextOrder, planMove, type UserLayerRecord,
} from './user-layer-store';

function record(id: string, order: number, name = id): UserLayerRecord {
  return {
    id, name, order, color: '#3366cc', isVisible: true,
    collection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { n: 1 }, geometry: { type: 'Point', coordinates: [106.9, 27.7] } }] },
    source: { file: `${id}.geojson`, format: 'geojson', importedAt: '2025-01-01T00:00:00.000Z' },
  };
}

function createStore() {
  return createUserLayerStore(createMemoryBackend());
}

describe('user layer store', () => {
  it('lists records by order, then by id', async () => {
    const store = createStore();
    await store.put(record('c', 2));
    await store.put(record('b', 0));
    await store.put(record('a', 2));
    expect((await store.list()).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('replaces a record put twice under the same id', async () => {
    const store = createStore();
    await store.put(record('a', 0, 'old'));
    await store.put(record('a', 0, 'new'));
    expect((await store.list()).map((r) => r.name)).toEqual(['new']);
  });

  it('patches some fields and keeps the rest, never the id', async () => {
    const store = createStore();
    await store.put(record('a', 0));
    expect(await store.patch('a', { name: '我的图层', color: '#ff0000', id: 'b' } as Partial<UserLayerRecord>)).toBe(true);
    const [stored] = await store.list();
    expect(stored).toMatchObject({ id: 'a', name: '我的图层', color: '#ff0000', isVisible: true, order: 0 });
    expect(stored.collection.features).toHaveLength(1);
  });

  it('reports a patch of a missing layer without creating one', async () => {
    const store = createStore();
    expect(await store.patch('missing', { name: 'x' })).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('refuses a record without a FeatureCollection and writes nothing', async () => {
    const store = createStore();
    const broken = { ...record('a', 0), collection: undefined } as unknown as UserLayerRecord;
    await expect(store.put(broken)).rejects.toThrow(/FeatureCollection/);
    await store.put(record('b', 0));
    await expect(store.patch('b', { collection: { type: 'Feature' } as never })).rejects.toThrow(/FeatureCollection/);
    expect((await store.list()).map((r) => [r.id, r.collection.type])).toEqual([['b', 'FeatureCollection']]);
  });

  it('keeps its own copy, so changing a listed or written object changes nothing stored', async () => {
    const store = createStore();
    const written = record('a', 0);
    await store.put(written);
    written.name = 'changed after put';
    (await store.list())[0].collection.features.length = 0;
    const [stored] = await store.list();
    expect(stored.name).toBe('a');
    expect(stored.collection.features).toHaveLength(1);
  });

  it('removes one record, and clears all', async () => {
    const store = createStore();
    await store.put(record('a', 0));
    await store.put(record('b', 1));
    await store.remove('a');
    expect((await store.list()).map((r) => r.id)).toEqual(['b']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});

describe('nextOrder and planMove', () => {
  const records = [record('a', 0), record('b', 1), record('c', 5)];

  it('gives a new layer the order after the last', () => {
    expect(nextOrder(records)).toBe(6);
    expect(nextOrder([])).toBe(0);
  });

  it('swaps orders with the neighbour in the direction of the move', () => {
    expect(planMove(records, 'b', 1)).toEqual([{ id: 'b', order: 5 }, { id: 'c', order: 1 }]);
    expect(planMove(records, 'b', -1)).toEqual([{ id: 'b', order: 0 }, { id: 'a', order: 1 }]);
  });

  it('moves nothing past either end or for an unknown id', () => {
    expect(planMove(records, 'a', -1)).toEqual([]);
    expect(planMove(records, 'c', 1)).toEqual([]);
    expect(planMove(records, 'x', 1)).toEqual([]);
  });

  it('separates two layers that share an order', async () => {
    const store = createStore();
    await store.put(record('a', 3));
    await store.put(record('b', 3));
    for (const change of planMove(await store.list(), 'a', 1)) await store.patch(change.id, { order: change.order });
    expect((await store.list()).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
