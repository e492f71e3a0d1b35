// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import './pm-embed-dialog';

async function renderDialog() {
  const dialog = document.createElement('pm-embed-dialog');
  Object.assign(dialog, { plan: 'zunyi-metropolitan', planTitle: '遵义都市圈发展规划', layers: ['centres'], camera: { center: [106.8, 27.7], zoom: 9 }, siteUrl: 'https://example.gov.cn/pm/' });
  document.body.append(dialog);
  await dialog.updateComplete;
  return dialog;
}

describe('<pm-embed-dialog>', () => {
  it('shows both snippets for the view and a preview of the iframe', async () => {
    const root = (await renderDialog()).shadowRoot!;
    const element = root.querySelector<HTMLTextAreaElement>('textarea[data-snippet=element]')!.value;
    expect(element).toContain('<script type="module" src="https://example.gov.cn/pm/embed/plan-map.js"></script>');
    expect(element).toContain('<plan-map plan="zunyi-metropolitan" layers="centres" center="106.8,27.7" zoom="9"></plan-map>');
    expect(root.querySelector<HTMLTextAreaElement>('textarea[data-snippet=iframe]')!.value).toContain('src="https://example.gov.cn/pm/embed.html?plan=zunyi-metropolitan&amp;layers=centres');
    expect(root.querySelector('iframe')!.getAttribute('src')).toBe('https://example.gov.cn/pm/embed.html?plan=zunyi-metropolitan&layers=centres&center=106.8,27.7&zoom=9');
  });

  it('fires pm-close from the close button and from Escape', async () => {
    const dialog = await renderDialog();
    let closes = 0;
    dialog.addEventListener('pm-close', () => closes++);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    dialog.shadowRoot!.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closes).toBe(2);
  });
});
