import { featurePlace, manifestPlace, type PlanContext, type Rule } from '../context';
import { arrayOf, stringAt, valueAt } from '../guards';
import { problem, t, type Problem } from '../problem';

const RULE = 'unique-ids';

/** Feature ids are unique across all layers of a plan; structure ids and layer ids are unique in the manifest. */
export const uniqueIdsRule: Rule = {
  id: RULE,
  description: t('规划内要素、图层、结构的 id 唯一', 'Feature, layer and structure ids are unique within a plan'),
  check(context: PlanContext): Problem[] {
    return [...featureIds(context), ...manifestIds(context)];
  },
};

function featureIds(context: PlanContext): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of context.features) {
    const id = stringAt(entry.properties, 'id');
    if (id === undefined) continue;
    const first = seen.get(id);
    const here = `${entry.file}#${entry.index}`;
    if (first === undefined) {
      seen.set(id, here);
      continue;
    }
    out.push(problem('error', RULE, featurePlace(entry, 'properties/id'),
      t(`要素 id "${id}" 重复(已用于 ${first})。`, `Feature id "${id}" is used twice (first at ${first}).`),
      t(`给其中一个要素换一个规划内唯一的 id(如 "${id}-2"),并同步修改要素的 "id" 和导览中的引用。`,
        `Give one of them an id unique within the plan (e.g. "${id}-2"), and update the feature's "id" and any tour reference.`)));
  }
  return out;
}

function manifestIds(context: PlanContext): Problem[] {
  const out: Problem[] = [];
  const structures = arrayOf(valueAt(context.manifest, 'structures'));
  const structureIds = new Set<string>();
  structures.forEach((structure, s) => {
    const id = stringAt(structure, 'id');
    if (id === undefined) return;
    if (structureIds.has(id)) out.push(duplicate('structure', '结构', id, `structures/${s}/id`));
    structureIds.add(id);
  });
  const layerIds = new Set<string>();
  for (const layer of context.layers) {
    if (layer.id === undefined) continue;
    if (layerIds.has(layer.id)) out.push(duplicate('layer', '图层', layer.id, `${layer.path}/id`));
    layerIds.add(layer.id);
  }
  return out;
}

function duplicate(kindEn: string, kindZh: string, id: string, path: string): Problem {
  return problem('error', RULE, manifestPlace(path),
    t(`${kindZh} id "${id}" 重复。`, `The ${kindEn} id "${id}" is used twice.`),
    t(`改为清单内唯一的 id,并更新引用它的导览步骤。`, `Rename it to an id unique in the manifest, and update tour steps that refer to it.`));
}
