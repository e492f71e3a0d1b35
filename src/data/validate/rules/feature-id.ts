import { featurePlace, type PlanContext, type Rule } from '../context';
import { stringAt, valueAt } from '../guards';
import { problem, t, type Problem } from '../problem';

const RULE = 'feature-id';

/** Every feature's own `id` mirrors `properties.id` (maplibre's feature-state and the permalinks use it). */
export const featureIdRule: Rule = {
  id: RULE,
  description: t('要素的 id 与 properties.id 一致', "A feature's id mirrors properties.id"),
  check(context: PlanContext): Problem[] {
    const out: Problem[] = [];
    for (const entry of context.features) {
      const propertyId = stringAt(entry.properties, 'id');
      if (propertyId === undefined) continue; // the schema rule reports a missing properties.id
      const ownId = valueAt(entry.feature, 'id');
      if (ownId === propertyId) continue;
      const fix = t(`把要素的 "id" 设为 "${propertyId}"(与 properties.id 相同)。`,
        `Set the feature's "id" to "${propertyId}" (the same as properties.id).`);
      out.push(ownId === undefined
        ? problem('error', RULE, featurePlace(entry, 'id'),
          t('要素缺少顶层 "id"。', 'The feature has no top-level "id".'), fix)
        : problem('error', RULE, featurePlace(entry, 'id'),
          t(`要素 id ${JSON.stringify(ownId)} 与 properties.id "${propertyId}" 不一致。`,
            `The feature id ${JSON.stringify(ownId)} differs from properties.id "${propertyId}".`), fix));
    }
    return out;
  },
};
