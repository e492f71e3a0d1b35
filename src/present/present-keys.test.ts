import { describe, expect, it } from 'vitest';
import { commandForKey } from './present-keys';

const kind = (key: string, shiftKey = false) => commandForKey({ key, shiftKey })?.kind ?? null;

describe('presentation keys', () => {
  it('moves on and back with what clickers send', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' '].map((k) => kind(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((k) => kind(k))).toEqual(['previous', 'previous', 'previous']);
    expect(kind(' ', true)).toBe('previous');
  });

  it('jumps, leaves and goes full screen', () => {
    expect([kind('Home'), kind('End'), kind('Enter'), kind('Escape'), kind('f')]).toEqual(['first', 'last', 'enter', 'leave', 'fullscreen']);
    expect(commandForKey({ key: '7', shiftKey: false })).toEqual({ kind: 'digit', digit: '7' });
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(kind('a')).toBeNull();
    expect(commandForKey({ key: 'f', shiftKey: false, ctrlKey: true })).toBeNull();
  });
});
