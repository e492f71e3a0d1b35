import { problem, t, type Problem } from './problem';

/** The rule id of problems found while reading files, before `validatePlan` runs. */
export const JSON_RULE = 'json';

/** A parsed file, or the problem that stopped it. */
export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Parses the text of a plan file (a byte-order mark is allowed). On a syntax error, returns a
 * problem naming the file and the parser's message.
 */
export function parseJson(file: string, text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: problem('error', JSON_RULE, { file },
        t(`不是有效的 JSON:${detail}`, `Not valid JSON: ${detail}`),
        t('用 JSON 校验工具找到出错位置(常见:多余的逗号、未转义的引号、注释)。',
          'Find the error with a JSON linter (common causes: a trailing comma, an unescaped quote, a comment).')),
    };
  }
}

/** The problem for a plan folder without `manifest.json`. */
export function missingManifestProblem(): Problem {
  return problem('error', JSON_RULE, { file: 'manifest.json' },
    t('规划文件夹中没有 manifest.json。', 'The plan folder has no manifest.json.'),
    t('添加 manifest.json(格式见 docs/plan-format.md)。', 'Add manifest.json (see docs/plan-format.md for the format).'));
}
