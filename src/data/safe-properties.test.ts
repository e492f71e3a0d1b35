import { describe, expect, it } from 'vitest';
import { renameUnsafeKeys } from './safe-properties';

describe('renameUnsafeKeys', () => {
  it('renames constructor, __proto__ and prototype at any depth', () => {
    const parsed = JSON.parse('{"constructor":"x","nested":{"__proto__":{"polluted":true},"prototype":1},"list":[{"constructor":2}]}');
    expect(renameUnsafeKeys(parsed)).toEqual({ constructor_: 'x', nested: { __proto___: { polluted: true }, prototype_: 1 }, list: [{ constructor_: 2 }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves safe properties as they are', () => {
    const safe = { id: 'a', name: { zh: '仁怀', en: 'Renhuai' }, figures: [{ value: 1 }] };
    expect(renameUnsafeKeys(safe)).toEqual(safe);
  });

  it('returns an object with no own unsafe key, so JSON of it has none', () => {
    const out = renameUnsafeKeys(JSON.parse('{"__proto__":1,"constructor":2}')) as object;
    expect(Object.keys(out).sort()).toEqual(['__proto___', 'constructor_']);
  });
});
