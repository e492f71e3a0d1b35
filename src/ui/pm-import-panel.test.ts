// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ImportResult, Problem } from '../data/import';
import './pm-import-panel';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function problem(file: string, message: string, extra: Partial<Problem> = {}): Problem {
  return { severity: 'error', rule: 'geometry', file, message: { zh: `中:${message}`, en: message }, fix: { zh: '修正它', en: 'Correct it' }, ...extra };
}

const result: ImportResult = {
  layers: [
    { name: 'roads', collection: { type: 'FeatureCollection', features: [] }, details: { format: 'shapefile', file: 'roads.shp', encoding: 'GBK' }, crs: undefined as never },
    {
      name: `${HOSTILE}.csv`,
      collection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { note: HOSTILE }, geometry: { type: 'Point', coordinates: [1, 2] } }] },
      details: { format: 'csv', file: 'points.csv', columns: { lon: '经度', lat: '纬度' } }, crs: undefined as never,
    },
  ],
  crs: {
    detected: { kind: 'gauss-kruger', label: { zh: '高斯-克吕格(猜测)', en: 'Gauss-Krüger (guessed)' }, source: 'coordinates' },
    appliedTransform: '+proj=tmerc',
    needsConfirmation: {
      message: { zh: '请确认坐标系', en: 'Please confirm the CRS' },
      candidates: [
        { kind: 'gauss-kruger', zoneWidth: 3, centralMeridian: 105, hasZonePrefix: true },
        { kind: 'gauss-kruger', zoneWidth: 3, centralMeridian: 108, hasZonePrefix: true },
      ],
    },
  },
  problems: [
    problem('roads.shp', 'Ring not closed', { featureIndex: 3, featureId: 'r-3' }),
    problem(`${HOSTILE}.csv`, `Bad value ${HOSTILE}`, { severity: 'warning', featureIndex: 0 }),
    problem('roads.shp', 'Duplicate points', { featureIndex: 5 }),
  ],
  fixes: [
    { id: 'close-rings', layer: 'roads', title: { zh: '闭合环', en: 'Close rings' }, description: { zh: '闭合所有环', en: 'Close every ring' }, featureIndexes: [3] },
    { id: 'swap-lat-lon', layer: `${HOSTILE}.csv`, title: { zh: '交换经纬度', en: 'Swap lat/lon' }, description: { zh: '交换', en: 'Swap' }, featureIndexes: [0] },
  ],
};

async function renderPanel(props: Record<string, unknown> = {}) {
  const panel = document.createElement('pm-import-panel');
  Object.assign(panel, { locale: 'en', limitBytes: 50 * 1024 * 1024, result, ...props });
  document.body.append(panel);
  await panel.updateComplete;
  return panel;
}

function listen(target: EventTarget, type: keyof HTMLElementEventMap): unknown[] {
  const details: unknown[] = [];
  target.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
  return details;
}

describe('<pm-import-panel>', () => {
  it('shows the picker, the size limit, progress and the imported layers', async () => {
    const root = (await renderPanel({ progress: { phase: 'reproject', fraction: 0.42 } })).shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.geojson,.json,.kml,.kmz,.zip,.shp,.dbf,.prj,.cpg,.shx,.csv');
    expect(root.querySelector('.limit')!.textContent).toContain('50 MB');
    expect(root.querySelector('progress')!.value).toBeCloseTo(0.42);
    expect(root.querySelector('.progress')!.textContent).toContain('Reprojecting');
    const layers = [...root.querySelectorAll('li.layer')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(layers[0]).toBe('roads 0 features · Shapefile · encoding GBK');
    expect(layers[1]).toContain('1 features · CSV · longitude column 经度, latitude column 纬度');
  });

  it('shows the detected CRS and, when guessed, candidates to confirm', async () => {
    const root = (await renderPanel({ locale: 'zh' })).shadowRoot!;
    expect(root.querySelector('.detected')!.textContent).toBe('高斯-克吕格(猜测)');
    expect(root.querySelector('.confirm-message')!.textContent).toBe('请确认坐标系');
    expect([...root.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      expect.stringContaining('中央经线 105°E'), expect.stringContaining('中央经线 108°E'),
    ]);
  });

  it('groups problems by file, with feature id and index, message and fix', async () => {
    const root = (await renderPanel()).shadowRoot!;
    const groups = [...root.querySelectorAll('.problem-file')];
    expect(groups.map((g) => [g.querySelector('.file')!.textContent, g.querySelectorAll('li').length])).toEqual([['roads.shp', 2], [`${HOSTILE}.csv`, 1]]);
    const first = groups[0].querySelector('li')!;
    expect(first.querySelector('.where')!.textContent).toBe('feature r-3 (#3)');
    expect(first.querySelector('.message')!.textContent).toBe('Ring not closed');
    expect(first.querySelector('.fix-text')!.textContent).toBe('Fix: Correct it');
    expect(groups[1].querySelector('li')!.classList.contains('warning')).toBe(true);
  });

  it('fires pm-import-files for chosen and for dropped files', async () => {
    const panel = await renderPanel();
    const root = panel.shadowRoot!;
    const events = listen(panel, 'pm-import-files');
    const file = new File(['{}'], 'a.geojson');
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    const drop = new Event('drop', { cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file, file] } });
    root.querySelector('.drop')!.dispatchEvent(drop);
    expect(events).toEqual([{ files: [file] }, { files: [file, file] }]);
    expect(drop.defaultPrevented).toBe(true);
  });

  it('opens the file picker from the choose-files button', async () => {
    const root = (await renderPanel()).shadowRoot!;
    let isOpened = false;
    root.querySelector('input[type=file]')!.addEventListener('click', () => { isOpened = true; });
    root.querySelector<HTMLButtonElement>('.drop button')!.click();
    expect(isOpened).toBe(true);
  });

  it('fires pm-import-crs with the chosen candidate, pm-import-fix per offer and pm-import-dismiss', async () => {
    const panel = await renderPanel();
    const root = panel.shadowRoot!;
    const crs = listen(panel, 'pm-import-crs');
    const fixes = listen(panel, 'pm-import-fix');
    const dismissals = listen(panel, 'pm-import-dismiss');
    const select = root.querySelector('select')!;
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    root.querySelector<HTMLButtonElement>('button.confirm')!.click();
    root.querySelectorAll<HTMLButtonElement>('button.fix').forEach((b) => b.click());
    root.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    expect(crs).toEqual([{ candidate: 1 }]);
    expect(fixes).toEqual([{ layer: 0, fixId: 'close-rings' }, { layer: 1, fixId: 'swap-lat-lon' }]);
    expect(dismissals).toHaveLength(1);
  });

  it('shows hostile file names and messages as text, never as markup', async () => {
    const root = (await renderPanel()).shadowRoot!;
    expect(root.querySelector('script, img')).toBeNull();
    expect(root.querySelectorAll('li.layer .name')[1].textContent).toBe(`${HOSTILE}.csv`);
    expect(root.querySelectorAll('.file')[1].textContent).toBe(`${HOSTILE}.csv`);
    expect(root.textContent).toContain(`Bad value ${HOSTILE}`);
  });

  it('shows only the drop zone when there is no result and no progress', async () => {
    const root = (await renderPanel({ result: null })).shadowRoot!;
    expect(root.querySelector('.result')).toBeNull();
    expect(root.querySelector('progress')).toBeNull();
  });
});
