import { manifestPlace, type PlanContext, type Rule } from '../context';
import { arrayOf, valueAt } from '../guards';
import { problem, t, type Problem } from '../problem';

const RULE = 'references';

/** Tour steps name layers and features that exist in the plan. */
export const referencesRule: Rule = {
  id: RULE,
  description: t('导览引用的图层和要素存在', 'Tour steps refer to existing layers and features'),
  check(context: PlanContext): Problem[] {
    const layerIds = new Set(context.layers.flatMap((l) => (l.id === undefined ? [] : [l.id])));
    const featureIds = new Set(context.features.flatMap((e) => (e.id === undefined ? [] : [e.id])));
    // Feature references can only be judged when every layer file is there.
    const allFiles = context.layers.every((l) => l.file === undefined || context.input.files.has(l.file));
    const out: Problem[] = [];
    arrayOf(valueAt(context.manifest, 'structures')).forEach((structure, s) => {
      arrayOf(valueAt(structure, 'tour')).forEach((step, k) => {
        const base = `structures/${s}/tour/${k}`;
        arrayOf(valueAt(step, 'layers')).forEach((ref, i) => {
          if (typeof ref === 'string' && !layerIds.has(ref)) out.push(missing('layer', '图层', ref, `${base}/layers/${i}`));
        });
        if (!allFiles) return;
        arrayOf(valueAt(step, 'features')).forEach((ref, i) => {
          if (typeof ref === 'string' && !featureIds.has(ref)) out.push(missing('feature', '要素', ref, `${base}/features/${i}`));
        });
      });
    });
    return out;
  },
};

function missing(kindEn: string, kindZh: string, ref: string, path: string): Problem {
  return problem('error', RULE, manifestPlace(path),
    t(`导览引用的${kindZh} "${ref}" 不存在。`, `The tour refers to ${kindEn} "${ref}", which does not exist.`),
    t(`改为已有${kindZh}的 id,或删除该引用。`, `Use the id of an existing ${kindEn}, or remove the reference.`));
}
