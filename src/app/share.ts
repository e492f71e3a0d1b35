import type { LoadedPlan, Locale } from '../domain/plan';
import { t } from '../domain/i18n';
import { CATEGORY_COLORS } from '../domain/symbology';
import type { MapController } from '../map/map-controller';
import type { FoundFeature } from './plan-lookup';
import type { LegendRow } from './map-image';
import { downloadText } from './app-helpers';

/** What sharing a view (embed, presentation, comparison, picture) needs to know of the app. */
export interface SharedView {
  plans: LoadedPlan[];
  hiddenPlans: Set<string>;
  hiddenLayers: Set<string>;
  selected: FoundFeature | null;
  locale: Locale;
  basemap: string;
}

/** The plan an embed or a presentation shows: the selected feature's, else the first one shown. */
export function findSharedPlan(view: SharedView): LoadedPlan | undefined {
  const selected = view.selected?.plan;
  return selected && selected.manifest.id !== 'my-layers' ? selected : view.plans.find((p) => !view.hiddenPlans.has(p.manifest.id));
}

/** The ids of a plan's layers that are not hidden. */
export function findVisibleLayerIds(plan: LoadedPlan | undefined, hiddenLayers: Set<string>): string[] {
  if (!plan) return [];
  return plan.manifest.structures.flatMap((s) => s.layers.map((l) => l.id)).filter((l) => !hiddenLayers.has(`${plan.manifest.id}/${l}`));
}

/** The presentation of the shared plan. */
export function buildPresentUrl(view: SharedView): string {
  return `present.html?plan=${encodeURIComponent(findSharedPlan(view)?.manifest.id ?? 'zunyi-metropolitan')}${view.locale === 'en' ? '&lang=en' : ''}`;
}

/** Side by side: the first two plans shown, or 红花岗区 beside 遵义都市圈. */
export function buildCompareUrl(view: SharedView): string {
  const shown = view.plans.filter((p) => !view.hiddenPlans.has(p.manifest.id)).map((p) => p.manifest.id);
  const [left, right] = shown.length >= 2 ? shown : ['honghuagang-14th-fyp', 'zunyi-metropolitan'];
  return `compare.html?left=${left}&right=${right}${view.locale === 'en' ? '&lang=en' : ''}`;
}

/** One legend row per visible layer of the shown plans. */
export function buildLegendRows(view: SharedView): LegendRow[] {
  return view.plans.filter((p) => !view.hiddenPlans.has(p.manifest.id)).flatMap((p) => p.manifest.structures.flatMap((s) =>
    s.layers.filter((l) => !view.hiddenLayers.has(`${p.manifest.id}/${l.id}`))
      .map((l) => ({ label: `${s.slogan} · ${l.title[view.locale]}`, color: l.style?.color ?? CATEGORY_COLORS[s.category] }))));
}

/** Downloads the map as a PNG with title, legend, scale bar, north arrow, attribution and accuracy note. */
export async function downloadMapImage(controller: MapController, view: SharedView, isForPrint: boolean): Promise<void> {
  const { composeMapImage, printPixelRatio } = await import('./map-image');
  const ratio = isForPrint ? printPixelRatio(controller.map.getCanvas().clientWidth) : undefined;
  const blob = await composeMapImage(await controller.captureImage(ratio), {
    title: findSharedPlan(view)?.manifest.title[view.locale] ?? t('appTitle', view.locale), legend: buildLegendRows(view), locale: view.locale,
    attribution: t(view.basemap === 'embedded' ? 'attribution' : 'attributionPlansOnly', view.locale),
    note: t('imageNote', view.locale, { date: new Date().toISOString().slice(0, 10) }),
  });
  downloadText(new Uint8Array(await blob.arrayBuffer()), isForPrint ? 'planmap-print.png' : 'planmap.png', 'image/png');
}
