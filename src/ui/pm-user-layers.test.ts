// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { UserLayerSummary } from './pm-user-layers';
import './pm-user-layers';

const layers: UserLayerSummary[] = [
  { id: 'a', name: '道路', color: '#ff0000', featureCount: 1200, isVisible: true },
  { id: 'b', name: '<b>rivers</b>', color: '#0000ff', featureCount: 3, isVisible: false },
];

async function renderList(props: Record<string, unknown> = {}) {
  const list = document.createElement('pm-user-layers');
  Object.assign(list, { locale: 'en', layers, ...props });
  document.body.append(list);
  await list.updateComplete;
  return list;
}

function listen(target: EventTarget, type: keyof HTMLElementEventMap): unknown[] {
  const details: unknown[] = [];
  target.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
  return details;
}

function row(list: HTMLElement, id: string): Element {
  return list.shadowRoot!.querySelector(`li[data-id="${id}"]`)!;
}

function type(input: HTMLInputElement, value: string, eventType: 'change' | 'input' = 'change') {
  input.value = value;
  input.dispatchEvent(new Event(eventType));
}

describe('<pm-user-layers>', () => {
  it('lists each layer with visibility, colour, name as text and feature count', async () => {
    const list = await renderList();
    const b = row(list, 'b');
    expect(b.querySelector<HTMLInputElement>('input.visible')!.checked).toBe(false);
    expect(b.querySelector<HTMLInputElement>('input[type=color]')!.value).toBe('#0000ff');
    expect(b.querySelector<HTMLInputElement>('input.name')!.value).toBe('<b>rivers</b>');
    expect(list.shadowRoot!.querySelector('b')).toBeNull();
    expect(row(list, 'a').querySelector('.count')!.textContent).toBe('1,200 features');
  });

  it('says there are no layers yet when the list is empty', async () => {
    const list = await renderList({ layers: [], locale: 'zh' });
    expect(list.shadowRoot!.querySelector('.empty')!.textContent).toContain('还没有自己的图层');
  });

  it('fires pm-user-layer-change for visibility and colour', async () => {
    const list = await renderList();
    const events = listen(list, 'pm-user-layer-change');
    row(list, 'b').querySelector<HTMLInputElement>('input.visible')!.click();
    type(row(list, 'a').querySelector<HTMLInputElement>('input[type=color]')!, '#00ff00');
    expect(events).toEqual([{ id: 'b', isVisible: true }, { id: 'a', color: '#00ff00' }]);
  });

  it('renames once on Enter, even when the field then changes or loses focus', async () => {
    const list = await renderList();
    const events = listen(list, 'pm-user-layer-change');
    const input = row(list, 'a').querySelector<HTMLInputElement>('input.name')!;
    input.value = '  主干道 ';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(events).toEqual([{ id: 'a', name: '主干道' }]);
    input.dispatchEvent(new Event('change'));
    expect(events).toEqual([{ id: 'a', name: '主干道' }]);
  });

  it('renames on change (leaving the field), ignores blank or unchanged names and reverts on Escape', async () => {
    const list = await renderList();
    const events = listen(list, 'pm-user-layer-change');
    const input = row(list, 'b').querySelector<HTMLInputElement>('input.name')!;
    type(input, '   ');
    expect(input.value).toBe('<b>rivers</b>');
    type(input, '<b>rivers</b>');
    input.value = 'half typed';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(input.value).toBe('<b>rivers</b>');
    type(input, 'Rivers');
    expect(events).toEqual([{ id: 'b', name: 'Rivers' }]);
  });

  it('fires pm-user-layer-move, with up disabled on the first and down on the last', async () => {
    const list = await renderList();
    const events = listen(list, 'pm-user-layer-move');
    expect(row(list, 'a').querySelector<HTMLButtonElement>('button.up')!.disabled).toBe(true);
    expect(row(list, 'b').querySelector<HTMLButtonElement>('button.down')!.disabled).toBe(true);
    row(list, 'a').querySelector<HTMLButtonElement>('button.down')!.click();
    row(list, 'b').querySelector<HTMLButtonElement>('button.up')!.click();
    expect(events).toEqual([{ id: 'a', delta: 1 }, { id: 'b', delta: -1 }]);
  });

  it('fires pm-user-layer-delete only after the user confirms', async () => {
    const list = await renderList();
    const events = listen(list, 'pm-user-layer-delete');
    row(list, 'b').querySelector<HTMLButtonElement>('button.delete')!.click();
    await list.updateComplete;
    expect(events).toEqual([]);
    expect(row(list, 'b').querySelector('.confirm')!.textContent).toContain('Delete “<b>rivers</b>”?');
    row(list, 'b').querySelector<HTMLButtonElement>('button.cancel-delete')!.click();
    await list.updateComplete;
    expect(row(list, 'b').querySelector('.confirm')).toBeNull();
    row(list, 'b').querySelector<HTMLButtonElement>('button.delete')!.click();
    await list.updateComplete;
    row(list, 'b').querySelector<HTMLButtonElement>('button.confirm-delete')!.click();
    expect(events).toEqual([{ id: 'b' }]);
  });

  it('fires pm-user-layer-export as GeoJSON or as a plan package', async () => {
    const list = await renderList();
    const events = listen(list, 'pm-user-layer-export');
    row(list, 'a').querySelector<HTMLButtonElement>('button.export-geojson')!.click();
    row(list, 'b').querySelector<HTMLButtonElement>('button.export-package')!.click();
    expect(events).toEqual([{ id: 'a', format: 'geojson' }, { id: 'b', format: 'package' }]);
  });
});
