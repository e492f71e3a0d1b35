import { describe, expect, it } from 'vitest';
import { memoizeLast } from './memoize-last';

describe('memoizeLast', () => {
  it('works a value out once for the same objects, and again when one changes', () => {
    let calls = 0;
    const count = memoizeLast((items: object[], locale: string) => { calls++; return `${items.length}-${locale}`; });
    const a = {};
    const b = {};
    expect(count([a, b], 'zh')).toBe('2-zh');
    expect(count([a, b], 'zh')).toBe('2-zh');
    expect(calls).toBe(1);
    expect(count([a, {}], 'zh')).toBe('2-zh');
    expect(count([a, {}], 'en')).toBe('2-en');
    expect(calls).toBe(3);
  });
});
