import { manifestPlace, type PlanContext, type Rule } from '../context';
import { problem, t, type Problem } from '../problem';

const RULE = 'layer-files';

/** A safe layer file name: a plain name in the plan folder, no directories, no `..`, no URL. */
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(geojson|json)$/;

/** Every layer file the manifest names is a plain file name in the plan folder and is present. */
export const layerFilesRule: Rule = {
  id: RULE,
  description: t('清单列出的每个图层文件都存在', 'Every layer file named in the manifest exists'),
  check(context: PlanContext): Problem[] {
    const out: Problem[] = [];
    const named = new Map<string, string>();
    for (const layer of context.layers) {
      const file = layer.file;
      if (file === undefined) continue; // the schema rule reports it
      const place = manifestPlace(`${layer.path}/file`);
      if (!SAFE_FILE.test(file) || file.includes('..')) {
        out.push(problem('error', RULE, place,
          t(`图层文件名 "${file}" 不是规划文件夹内的普通文件名。`, `The layer file "${file}" is not a plain file name inside the plan folder.`),
          t('只写文件名(字母、数字、. _ -,以 .geojson 结尾),不要目录、".." 或网址。',
            'Write just the file name (letters, digits, . _ -, ending in .geojson), with no folder, ".." or URL.')));
        continue;
      }
      const first = named.get(file);
      if (first !== undefined) {
        out.push(problem('warning', RULE, place,
          t(`文件 "${file}" 已被图层 ${first} 使用。`, `The file "${file}" is already used by layer ${first}.`),
          t('每个图层用自己的文件,或删除重复的图层。', 'Give each layer its own file, or remove the duplicate layer.')));
      } else {
        named.set(file, layer.id ?? layer.path);
      }
      if (!context.input.files.has(file)) {
        out.push(problem('error', RULE, place,
          t(`清单中的图层文件 "${file}" 不存在。`, `The layer file "${file}" named in the manifest does not exist.`),
          t(`把 ${file} 放进规划文件夹,或改正清单中的文件名。`,
            `Add ${file} to the plan folder, or correct the file name in the manifest.`)));
      }
    }
    return out;
  },
};
