import '../embed/plan-map';
import type { PlanMapViewDetail } from '../embed/plan-map';

/**
 * compare.html?left=PLAN&right=PLAN[&center=lon,lat&zoom=z&lang=en]: two plans side by side in two
 * synchronised <plan-map> elements, e.g. 红花岗区's zones beside 遵义都市圈's corridors. Moving
 * either map moves the other.
 */
const params = new URLSearchParams(location.search);
const panes = document.getElementById('panes')!;
const lang = params.get('lang') === 'en' ? 'en' : 'zh';
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
const maps = (['left', 'right'] as const).map((side) => createMap(params.get(side) ?? (side === 'left' ? 'honghuagang-14th-fyp' : 'zunyi-metropolitan')));
panes.append(...maps);
syncViews(maps[0], maps[1]);
syncViews(maps[1], maps[0]);

function createMap(plan: string): HTMLElement {
  const map = document.createElement('plan-map');
  map.setAttribute('plan', plan);
  map.setAttribute('data', new URL('data/', document.baseURI).href);
  map.setAttribute('lang', lang);
  map.setAttribute('height', '100%');
  for (const key of ['center', 'zoom'] as const) {
    const value = params.get(key);
    if (value) map.setAttribute(key, value);
  }
  return map;
}

/** When `from` moves, `to` follows, unless `to` is already there (which ends the echo). */
function syncViews(from: HTMLElement, to: HTMLElement): void {
  from.addEventListener('plan-map-view', (e) => {
    const { center, zoom } = (e as CustomEvent<PlanMapViewDetail>).detail;
    const next = `${center[0].toFixed(5)},${center[1].toFixed(5)}`;
    if (to.getAttribute('center') === next && Number(to.getAttribute('zoom')).toFixed(3) === zoom.toFixed(3)) return;
    to.setAttribute('center', next);
    to.setAttribute('zoom', zoom.toFixed(3));
  });
}
