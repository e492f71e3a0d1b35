// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import './pm-feature-list';

describe('<pm-feature-list>', () => {
  it('lists features by structure with role and accuracy, and fires pm-feature-pick', async () => {
    const list = document.createElement('pm-feature-list');
    list.groups = [{ title: '一主一副四支点 · 遵义都市圈', features: [{ key: 'p/a', label: '仁怀市', role: 'sub-core', accuracy: 'approximate' }] }];
    document.body.append(list);
    await list.updateComplete;
    const root = list.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).toBe('一主一副四支点 · 遵义都市圈');
    expect(root.querySelector('li')!.textContent!.replace(/\s+/g, '')).toBe('仁怀市副中心·近似');
    let picked = '';
    list.addEventListener('pm-feature-pick', (e) => (picked = e.detail.key));
    root.querySelector('button')!.click();
    expect(picked).toBe('p/a');
  });
});
