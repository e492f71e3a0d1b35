import { describe, expect, it } from 'vitest';
import { formatElementSnippet, formatEmbedPageUrl, formatFullMapUrl, formatIframeSnippet } from './embed-links';

const view = { plan: 'zunyi-metropolitan', layers: ['centres', 'fast-corridors'], camera: { center: [106.812345678, 27.7] as [number, number], zoom: 8.456 }, locale: 'en' as const };

describe('embed links and snippets', () => {
  it('writes the iframe address with the view, short and stable', () => {
    expect(formatEmbedPageUrl(view, 'https://example.gov.cn/pm/'))
      .toBe('https://example.gov.cn/pm/embed.html?plan=zunyi-metropolitan&layers=centres,fast-corridors&center=106.81235,27.7&zoom=8.46&lang=en');
  });

  it('writes the full app permalink', () => {
    expect(formatFullMapUrl(view)).toBe('./?plans=zunyi-metropolitan&at=106.81235,27.7,8.46&lang=en');
    expect(formatFullMapUrl({ plan: 'a' })).toBe('./?plans=a');
  });

  it('writes the element snippet with its script tag, escaping attribute values', () => {
    const snippet = formatElementSnippet({ plan: 'a', layers: ['x"><script>'] }, '/pm/embed/plan-map.js');
    expect(snippet).toBe('<script type="module" src="/pm/embed/plan-map.js"></script>\n<plan-map plan="a" layers="x&quot;&gt;&lt;script&gt;"></plan-map>');
  });

  it('writes the iframe snippet with a title', () => {
    expect(formatIframeSnippet({ plan: 'a' }, 'https://x.cn/', 'A & B')).toBe('<iframe src="https://x.cn/embed.html?plan=a" title="A &amp; B" width="100%" height="400" loading="lazy" referrerpolicy="no-referrer"></iframe>');
  });
});
