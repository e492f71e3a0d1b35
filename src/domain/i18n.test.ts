import { describe, expect, it } from 'vitest';
import { UI_STRINGS, formatNumber, t } from './i18n';

describe('t', () => {
  it('fills placeholders in the chosen language', () => {
    expect(t('line', 'zh', { n: 265 })).toBe('第 265 行');
    expect(t('line', 'en', { n: 265 })).toBe('line 265');
  });

  it('has every string in both languages', () => {
    const missing = Object.entries(UI_STRINGS).filter(([, s]) => !s.zh || !s.en).map(([k]) => k);
    expect(missing).toEqual([]);
  });
});

describe('formatNumber', () => {
  it('groups digits the way each locale does', () => {
    expect(formatNumber(2200.5, 'en')).toBe('2,200.5');
    expect(formatNumber(2200.5, 'zh')).toBe('2,200.5');
  });
});
