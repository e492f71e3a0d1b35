import type { LoadedPlan, LocalizedText } from '../domain/plan';
import type { QuestionTarget } from '../ui/pm-layer-questions';

/** A layer's title with its plan's region, e.g. “遵义都市圈 · 蓝色生态廊道”. */
export function layerTitle(plan: LoadedPlan, layerId: string): LocalizedText {
  const layer = plan.manifest.structures.flatMap((s) => s.layers).find((l) => l.id === layerId);
  const title = layer?.title ?? { zh: layerId, en: layerId };
  return { zh: `${plan.manifest.region.name.zh} · ${title.zh}`, en: `${plan.manifest.region.name.en} · ${title.en || title.zh}` };
}

/**
 * The structures and layers of the loaded plans as the question form lists them.
 *
 * @example
 * listQuestionTargets(plans).layers.filter((l) => l.hasZones);
 */
export function listQuestionTargets(plans: readonly LoadedPlan[]): { structures: QuestionTarget[]; layers: QuestionTarget[] } {
  const structures = plans.flatMap((plan) => plan.manifest.structures.filter((s) => s.layers.length > 0).map((s) => ({
    key: `${plan.manifest.id}/${s.id}`,
    label: { zh: `${plan.manifest.region.name.zh} · ${s.slogan}`, en: `${plan.manifest.region.name.en} · ${s.name.en || s.slogan}` },
  })));
  const layers = plans.flatMap((plan) => plan.manifest.structures.flatMap((s) => s.layers).map((layer) => {
    const types = new Set((plan.layers.get(layer.id)?.features ?? []).map((f) => f.geometry?.type));
    return {
      key: `${plan.manifest.id}/${layer.id}`, label: layerTitle(plan, layer.id),
      hasZones: types.has('Polygon') || types.has('MultiPolygon'), hasNodes: types.has('Point'),
    };
  }));
  return { structures, layers };
}
