import { featurePlace, manifestPlace, type PlanContext, type Rule } from '../context';
import { valueAt } from '../guards';
import { problem, t, type Place, type Problem } from '../problem';
import { runtimeValidators, type SchemaError } from '../schemas';
import { POLLUTION_KEYS } from './prototype-keys';

const RULE = 'schema';

/**
 * The manifest matches `schema/plan-manifest.schema.json` and every feature's properties match
 * `schema/plan-feature.schema.json` (ajv). Unknown keys are warnings; provenance, prototype
 * keys and layer file names are left to their own rules so that nothing is reported twice.
 */
export const schemaRule: Rule = {
  id: RULE,
  description: t('清单与要素属性符合 JSON Schema', 'Manifest and feature properties match the JSON Schemas'),
  check(context: PlanContext): Problem[] {
    const schemas = context.input.schemas ?? runtimeValidators();
    const out = schemas.manifest(context.input.manifest)
      .filter(owned)
      .map((e) => toProblem(e, manifestPlace(trimPath(e.path))));
    for (const entry of context.features) {
      const properties = valueAt(entry.feature, 'properties');
      if (properties === undefined) continue; // the geojson rule reports it
      for (const e of schemas.feature(properties).filter(owned)) {
        out.push(toProblem(e, featurePlace(entry, joinPath('properties', trimPath(e.path)))));
      }
    }
    return out;
  },
};

/** False for errors another rule reports better: anything about provenance, and pollution keys. */
function owned(e: SchemaError): boolean {
  if (/(^|\/)provenance(\/|$)/.test(e.path)) return false;
  if (e.keyword === 'required' && e.params.missingProperty === 'provenance') return false;
  if (e.keyword === 'pattern' && /\/layers\/\d+\/file$/.test(e.path)) return false; // layer-files rule
  if (e.keyword === 'additionalProperties' && POLLUTION_KEYS.has(String(e.params.additionalProperty))) return false;
  return !e.path.split('/').some((segment) => POLLUTION_KEYS.has(segment));
}

function trimPath(path: string): string {
  return path.replace(/^\//, '');
}

function joinPath(a: string, b: string): string {
  return b === '' ? a : `${a}/${b}`;
}

function toProblem(e: SchemaError, place: Place): Problem {
  const where = place.path !== undefined && place.path !== '' ? place.path : '(root)';
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return problem('error', RULE, place,
        t(`${where} 缺少必填字段 "${String(p.missingProperty)}"。`, `${where} lacks the required key "${String(p.missingProperty)}".`),
        t(`添加 "${String(p.missingProperty)}"(见 docs/plan-format.md)。`, `Add "${String(p.missingProperty)}" (see docs/plan-format.md).`));
    case 'additionalProperties':
      return problem('warning', RULE, place,
        t(`${where} 有格式未定义的字段 "${String(p.additionalProperty)}",查看器会忽略它。`,
          `${where} has the key "${String(p.additionalProperty)}", which the format does not define; the viewer ignores it.`),
        t('检查拼写,或删除该字段。', 'Check its spelling, or remove it.'));
    case 'enum': {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues.map(String).join(', ') : '';
      return problem('error', RULE, place,
        t(`${where} 的取值不在允许范围内。`, `${where} has a value that is not allowed.`),
        t(`改为以下之一:${allowed}。`, `Use one of: ${allowed}.`));
    }
    case 'type':
      return problem('error', RULE, place,
        t(`${where} 的类型应为 ${String(p.type)}。`, `${where} must be of type ${String(p.type)}.`),
        t(`把它写成 ${String(p.type)}。`, `Write it as ${String(p.type)}.`));
    case 'pattern':
      return patternProblem(place, where, String(p.pattern));
    default:
      return problem('error', RULE, place,
        t(`${where}:${e.message}`, `${where}: ${e.message}`),
        t('按 docs/plan-format.md 改正。', 'Correct it as docs/plan-format.md describes.'));
  }
}

function patternProblem(place: Place, where: string, pattern: string): Problem {
  const [zh, en, fixZh, fixEn] = PATTERNS[pattern] ?? [
    `${where} 的格式不符合 ${pattern}。`, `${where} does not match ${pattern}.`,
    '按 docs/plan-format.md 改正格式。', 'Fix its format as docs/plan-format.md describes.',
  ];
  return problem('error', RULE, place, t(`${where}:${zh}`, `${where}: ${en}`), t(fixZh, fixEn));
}

/** Readable messages for the schema's patterns: [zh, en, fix zh, fix en]. */
const PATTERNS: Record<string, [string, string, string, string]> = {
  '\\S': ['不能为空。', 'must not be empty.', '填写内容。', 'Fill it in.'],
  '^[a-z0-9]+(-[a-z0-9]+)*$': [
    'id 必须是小写 ASCII 短横线格式。', 'an id must be kebab-case ASCII.',
    '只用小写字母、数字和单个短横线,如 "zunyi-renhuai"。', 'Use lower-case letters, digits and single hyphens, e.g. "zunyi-renhuai".',
  ],
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$': [
    '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD。', 'a date must be YYYY, YYYY-MM or YYYY-MM-DD.',
    '按印发日期写,如 "2022-05-10"。', 'Write the issue date, e.g. "2022-05-10".',
  ],
  '^[1-9][0-9]{5}$': [
    '县级代码必须是 6 位 GB/T 2260 代码。', 'a county code must be a six-digit GB/T 2260 code.',
    '写 6 位代码字符串,如 "520302"。', 'Write the six-digit code as a string, e.g. "520302".',
  ],
};
