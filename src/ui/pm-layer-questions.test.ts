// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { LayerQuestion } from './pm-layer-questions';
import './pm-layer-questions';

async function renderForm(locale: 'zh' | 'en' = 'zh') {
  const form = document.createElement('pm-layer-questions');
  Object.assign(form, {
    locale,
    structures: [{ key: 'p/s', label: { zh: '一核四区', en: 'One core, four zones' } }],
    layers: [
      { key: 'p/zones', label: { zh: '片区', en: 'Zones' }, hasZones: true, hasNodes: false },
      { key: 'p/rivers', label: { zh: '河流', en: 'Rivers' }, hasZones: false, hasNodes: false },
      { key: 'p/towns', label: { zh: '乡镇', en: 'Towns' }, hasZones: false, hasNodes: true },
    ],
  });
  document.body.append(form);
  await form.updateComplete;
  const asked: LayerQuestion[] = [];
  form.addEventListener('pm-question', (e) => asked.push(e.detail));
  const root = form.shadowRoot!;
  const choose = async (kind: string) => {
    const select = root.querySelector<HTMLSelectElement>('select[name=kind]')!;
    select.value = kind;
    select.dispatchEvent(new Event('change'));
    await form.updateComplete;
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await form.updateComplete;
  };
  return { form, root, asked, choose, submit };
}

describe('<pm-layer-questions>', () => {
  it('asks for the area of the chosen structure', async () => {
    const { asked, submit } = await renderForm();
    await submit();
    expect(asked).toEqual([{ kind: 'structure-area', structure: 'p/s' }]);
  });

  it('offers only zone layers as B, and sends the buffer width with the overlap', async () => {
    const { root, asked, choose, submit } = await renderForm();
    await choose('overlap');
    expect([...root.querySelectorAll('select[name=b] option')].map((o) => o.getAttribute('value'))).toEqual(['p/zones']);
    root.querySelector<HTMLSelectElement>('select[name=a]')!.value = 'p/rivers';
    root.querySelector<HTMLInputElement>('input[name=bufferKm]')!.value = '2.5';
    await submit();
    expect(asked).toEqual([{ kind: 'overlap', a: 'p/rivers', b: 'p/zones', bufferKm: 2.5 }]);
  });

  it('refuses a negative buffer with a message, and asks nothing', async () => {
    const { root, asked, choose, submit } = await renderForm('en');
    await choose('overlap');
    root.querySelector<HTMLInputElement>('input[name=bufferKm]')!.value = '-1';
    await submit();
    expect(asked).toEqual([]);
    expect(root.querySelector('[role=alert]')!.textContent).toContain('from 0 to 200');
  });

  it('pairs a node layer with a zone layer for "which zone"', async () => {
    const { root, asked, choose, submit } = await renderForm();
    await choose('locate');
    expect([...root.querySelectorAll('select[name=points] option')].map((o) => o.getAttribute('value'))).toEqual(['p/towns']);
    await submit();
    expect(asked).toEqual([{ kind: 'locate', points: 'p/towns', zones: 'p/zones' }]);
  });
});
