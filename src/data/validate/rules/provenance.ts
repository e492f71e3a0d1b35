import { featurePlace, manifestPlace, type PlanContext, type Rule } from '../context';
import { arrayOf, isRecord, valueAt } from '../guards';
import { problem, t, type Place, type Problem } from '../problem';

const RULE = 'provenance';

/**
 * Every structure, undrawn part and feature cites its source: a non-empty provenance list whose
 * items have a document id, a 1-based line and a non-empty verbatim quote. (The schema rule leaves
 * provenance to this rule, so each such problem is reported once.)
 */
export const provenanceRule: Rule = {
  id: RULE,
  description: t('出处齐全:每条有文件、行号和非空原文引文', 'Provenance present: each item has a document, a line and a non-empty quote'),
  check(context: PlanContext): Problem[] {
    const out: Problem[] = [];
    arrayOf(valueAt(context.manifest, 'structures')).forEach((structure, s) => {
      out.push(...checkList(valueAt(structure, 'provenance'), manifestPlace(`structures/${s}/provenance`)));
      arrayOf(valueAt(structure, 'notDrawn')).forEach((part, n) => {
        out.push(...checkList(valueAt(part, 'provenance'), manifestPlace(`structures/${s}/notDrawn/${n}/provenance`)));
      });
    });
    for (const entry of context.features) {
      if (!entry.properties) continue; // geojson/schema rules report a feature without properties
      out.push(...checkList(entry.properties.provenance, featurePlace(entry, 'properties/provenance')));
    }
    return out;
  },
};

const FIX_QUOTE = t(
  '从原文该行逐字摘录一句(10–120 字)填入 quote,并写明 document(文件编号)和 line(从 1 起的行号)。',
  'Copy a sentence or clause (10–120 characters) verbatim from that line of the source into quote, with its document id and 1-based line.',
);

/** Checks one provenance list at `place`. */
export function checkList(list: unknown, place: Place): Problem[] {
  if (!Array.isArray(list) || list.length === 0) {
    return [problem('error', RULE, place,
      list === undefined
        ? t('缺少出处(provenance)。', 'Provenance is missing.')
        : t('出处(provenance)必须是非空数组。', 'Provenance must be a non-empty array.'),
      FIX_QUOTE)];
  }
  return list.flatMap((item, i) => checkItem(item, { ...place, path: `${place.path ?? ''}/${i}` }));
}

function checkItem(item: unknown, place: Place): Problem[] {
  if (!isRecord(item)) {
    return [problem('error', RULE, place, t('出处条目必须是 {document, line, quote} 对象。',
      'A provenance item must be an object {document, line, quote}.'), FIX_QUOTE)];
  }
  const out: Problem[] = [];
  const quote = item.quote;
  if (typeof quote !== 'string' || quote.trim() === '') {
    out.push(problem('error', RULE, { ...place, path: `${place.path ?? ''}/quote` },
      quote === undefined
        ? t('出处缺少原文引文(quote)。', 'The provenance has no quote.')
        : t('原文引文(quote)为空或不是字符串。', 'The quote is empty or not a string.'),
      FIX_QUOTE));
  }
  const document = item.document;
  if (typeof document !== 'string' || document.trim() === '') {
    out.push(problem('error', RULE, { ...place, path: `${place.path ?? ''}/document` },
      t('出处缺少文件编号(document)。', 'The provenance has no document id.'),
      t('写明来源文件的编号,如 "003"。', 'Give the source document id, e.g. "003".')));
  }
  const line = item.line;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
    out.push(problem('error', RULE, { ...place, path: `${place.path ?? ''}/line` },
      t(`行号 ${JSON.stringify(line)} 不是从 1 起的整数。`, `The line ${JSON.stringify(line)} is not a 1-based integer.`),
      t('写出引文所在行的行号(从 1 起的整数)。', 'Give the 1-based line number the quote is on, as an integer.')));
  }
  return out;
}
