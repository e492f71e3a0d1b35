import type { LoadedPlan } from '../domain/plan';
import type { PlanSource } from '../data/plan-source';
import type { EmbedProblem } from './embed-params';

/** The ids of every layer of a plan, in manifest order. */
export function listLayerIds(plan: LoadedPlan): string[] {
  return plan.manifest.structures.flatMap((s) => s.layers.map((l) => l.id));
}

/** The ids in `wanted` that are not layers of `plan`; none when every layer is wanted (null). */
export function findUnknownLayers(plan: LoadedPlan, wanted: string[] | null): string[] {
  const ids = new Set(listLayerIds(plan));
  return (wanted ?? []).filter((id) => !ids.has(id));
}

/**
 * Explains why plan `planId` could not be loaded: the plan index decides between a plan that does
 * not exist (named with the list of those that do) and one whose files failed.
 */
export async function findPlanProblems(source: PlanSource, planId: string, error: Error): Promise<EmbedProblem[]> {
  let ids: string[];
  try {
    ids = (await source.listPlans()).map((p) => p.id);
  } catch (indexError) {
    return [{ key: 'planIndexMissing', values: { value: planId, detail: (indexError as Error).message } }];
  }
  if (!ids.includes(planId)) return [{ key: 'unknownPlan', values: { value: planId, list: ids.join(', ') } }];
  return [{ key: 'loadFailed', values: { detail: error.message } }];
}
