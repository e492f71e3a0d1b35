// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PlanFeatureProperties, Structure } from '../domain/plan';
import './pm-feature-card';

const feature: PlanFeatureProperties = {
  id: 'yzyf-renhuai', name: { zh: '仁怀市', en: 'Renhuai' }, role: 'sub-core', accuracy: 'approximate',
  accuracyNote: { zh: '县城标注点', en: 'County seat label point' }, method: 'seat-point',
  provenance: [{ document: '003', line: 271, quote: '一副,指仁怀市<img src=x onerror="window.hacked=1">' }],
  figures: [{ key: 'gdp', label: { zh: '地区生产总值', en: 'GDP' }, value: 2200, unit: '亿元', year: 2025 }],
};
const structure = { id: 's', slogan: '一主一副四支点', name: { zh: '格局', en: 'Pattern' }, category: 'spatial-pattern' } as Structure;

async function renderCard(locale: 'zh' | 'en') {
  const card = document.createElement('pm-feature-card');
  Object.assign(card, { feature, structure, documentTitle: '遵义都市圈发展规划', locale });
  document.body.append(card);
  await card.updateComplete;
  return card;
}

describe('<pm-feature-card>', () => {
  it('shows the name, role, structure, accuracy, quote with its line and the figures', async () => {
    const text = (await renderCard('zh')).shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const part of ['仁怀市', 'Renhuai', '副中心', '一主一副四支点', '近似', '县城标注点', '第 271 行', '2,200 亿元', '2025年']) expect(text).toContain(part);
  });

  it('speaks English when asked', async () => {
    const text = (await renderCard('en')).shadowRoot!.textContent!;
    expect(text).toContain('line 271');
    expect(text).toContain('Sub-centre');
  });

  it('renders markup in a quote as text, never as HTML', async () => {
    const card = await renderCard('zh');
    expect(card.shadowRoot!.querySelector('img')).toBeNull();
    expect(card.shadowRoot!.querySelector('.quote')!.textContent).toContain('<img');
  });

  it('fires pm-close and pm-zoom from its buttons', async () => {
    const card = await renderCard('zh');
    const fired: string[] = [];
    card.addEventListener('pm-close', () => fired.push('close'));
    card.addEventListener('pm-zoom', () => fired.push('zoom'));
    card.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.action')!.click();
    expect(fired).toEqual(['close', 'zoom']);
  });

  it('invites a click when nothing is selected', async () => {
    const card = document.createElement('pm-feature-card');
    document.body.append(card);
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).toContain('点击地图上的要素');
  });
});
