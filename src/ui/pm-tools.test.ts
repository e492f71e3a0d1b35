// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import './pm-tools';

async function renderTools() {
  const tools = document.createElement('pm-tools');
  Object.assign(tools, { locale: 'en', radiusKm: 5 });
  document.body.append(tools);
  await tools.updateComplete;
  const events: string[] = [];
  tools.addEventListener('pm-tool', (e) => events.push(`tool:${e.detail.tool}`));
  tools.addEventListener('pm-radius-change', (e) => events.push(`radius:${e.detail.km}`));
  const input = tools.shadowRoot!.querySelector<HTMLInputElement>('.radius input')!;
  const typeRadius = async (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('change'));
    await tools.updateComplete;
  };
  return { tools, events, typeRadius };
}

describe('<pm-tools>', () => {
  it('switches the radius click mode and says what a click will do', async () => {
    const { tools, events } = await renderTools();
    tools.shadowRoot!.querySelector<HTMLButtonElement>('[data-tool=radius]')!.click();
    expect(events).toEqual(['tool:radius']);
    tools.isRadiusMode = true;
    await tools.updateComplete;
    expect(tools.shadowRoot!.querySelector('[data-tool=radius]')!.getAttribute('aria-pressed')).toBe('true');
    expect(tools.shadowRoot!.textContent).toContain('everything within 5 km');
  });

  it('sends a valid radius and refuses an invalid one with a message', async () => {
    const { tools, events, typeRadius } = await renderTools();
    await typeRadius('12.5');
    await typeRadius('-3');
    await typeRadius('abc');
    expect(events).toEqual(['radius:12.5']);
    expect(tools.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('0.1 to 500 km');
    await typeRadius('2');
    expect(tools.shadowRoot!.querySelector('[role=alert]')).toBeNull();
  });
});
