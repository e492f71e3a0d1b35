// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PlanManifest } from '../domain/plan';
import './pm-layer-list';

const manifest = {
  id: 'p', title: { zh: '规划', en: 'Plan' },
  structures: [
    { id: 's1', slogan: '一核', name: { zh: '一', en: 'One' }, category: 'spatial-pattern', layers: [{ id: 'a', file: 'a.geojson', title: { zh: '核心', en: 'Core' } }] },
    { id: 's2', slogan: '一屏', name: { zh: '二', en: 'Two' }, category: 'ecological', layers: [{ id: 'b', file: 'b.geojson', title: { zh: '屏障', en: 'Barrier' } }] },
  ],
} as unknown as PlanManifest;

async function renderList() {
  const list = document.createElement('pm-layer-list');
  Object.assign(list, {
    available: [{ id: 'p', title: manifest.title }, { id: 'q', title: { zh: '另一规划', en: 'Other' } }],
    plans: [manifest], hiddenLayers: new Set(['p/b']), schematic: new Set(['p/b']),
    layerRoles: new Map([['p/a', ['core', 'node']], ['p/b', ['barrier']]]),
  });
  document.body.append(list);
  await list.updateComplete;
  return list;
}

describe('<pm-layer-list>', () => {
  it('lists plans, structures and layers with legend symbols and the schematic badge', async () => {
    const root = (await renderList()).shadowRoot!;
    expect([...root.querySelectorAll('label.plan')].map((l) => l.textContent!.trim())).toEqual(['规划', '另一规划']);
    expect(root.querySelectorAll('.structure')).toHaveLength(2);
    expect(root.querySelector('[data-structure=s1] .legend')!.textContent).toContain('核心');
    expect(root.querySelectorAll('[data-structure=s1] .legend svg')).toHaveLength(2);
    expect(root.querySelector('[data-structure=s2] .schematic')!.textContent).toBe('示意');
    expect(root.querySelector<HTMLInputElement>('input[data-layer="p/b"]')!.checked).toBe(false);
  });

  it('fires typed events for toggling, opacity, zoom-to and only-this-structure', async () => {
    const list = await renderList();
    const root = list.shadowRoot!;
    const events: unknown[] = [];
    for (const type of ['pm-plan-toggle', 'pm-layer-toggle', 'pm-layer-opacity', 'pm-layer-zoom', 'pm-structure-solo'] as const) {
      list.addEventListener(type, (e) => events.push([type, (e as CustomEvent).detail]));
    }
    root.querySelector<HTMLInputElement>('input[data-layer="p/a"]')!.click();
    const range = root.querySelector<HTMLInputElement>('input[type=range]')!;
    range.value = '40';
    range.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('.layer-row button')!.click();
    root.querySelector<HTMLButtonElement>('[data-structure=s2] .structure-head button')!.click();
    root.querySelectorAll<HTMLInputElement>('label.plan input')[1].click();
    expect(events).toEqual([
      ['pm-layer-toggle', { plan: 'p', layer: 'a', isVisible: false }],
      ['pm-layer-opacity', { plan: 'p', layer: 'a', opacity: 0.4 }],
      ['pm-layer-zoom', { plan: 'p', layer: 'a' }],
      ['pm-structure-solo', { plan: 'p', structure: 's2' }],
      ['pm-plan-toggle', { plan: 'q', isVisible: true }],
    ]);
  });
});
