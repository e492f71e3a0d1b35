// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SearchItem } from './pm-search';
import './pm-search';

const items: SearchItem[] = [
  { id: 0, kind: 'plan', label: '遵义都市圈发展规划', detail: '遵义都市圈' },
  { id: 1, kind: 'feature', label: '仁怀市', detail: 'Renhuai · 一主一副四支点' },
  { id: 2, kind: 'place', label: '仁怀市', detail: 'county' },
  { id: 3, kind: 'feature', label: '茅台镇', detail: 'Maotai · 专栏8' },
];

async function renderSearch() {
  const search = document.createElement('pm-search');
  search.items = items;
  document.body.append(search);
  await search.updateComplete;
  return search;
}

async function type(search: HTMLElementTagNameMap['pm-search'], text: string) {
  const input = search.shadowRoot!.querySelector('input')!;
  input.dispatchEvent(new Event('focus'));
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await search.updateComplete;
  return input;
}

describe('<pm-search>', () => {
  it('lists matches in Chinese and by their English detail', async () => {
    const search = await renderSearch();
    await type(search, '仁怀');
    expect([...search.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ''))).toEqual(['要素仁怀市Renhuai·一主一副四支点', '地名仁怀市county']);
    await type(search, 'maotai');
    expect(search.results.map((r) => r.id)).toEqual([3]);
  });

  it('moves with the arrow keys and picks with Enter', async () => {
    const search = await renderSearch();
    const input = await type(search, '仁怀');
    let picked = -1;
    search.addEventListener('pm-search-select', (e) => (picked = e.detail.id));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(picked).toBe(2);
  });

  it('says so when nothing matches, and asks for its data on first focus only', async () => {
    const search = await renderSearch();
    let focusEvents = 0;
    search.addEventListener('pm-search-focus', () => focusEvents++);
    await type(search, '不存在的地方');
    await type(search, '还是没有');
    expect(search.shadowRoot!.querySelector('li')!.textContent).toBe('没有找到');
    expect(focusEvents).toBe(1);
  });
});
