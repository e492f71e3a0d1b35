import { fillTemplate } from '../domain/i18n';
import type { Locale, LocalizedText } from '../domain/plan';

/** The strings of the embed, the iframe page and the embed dialog, in both languages. */
export const EMBED_STRINGS = {
  loading: { zh: '正在加载地图…', en: 'Loading the map…' },
  problemTitle: { zh: '无法显示此规划图', en: 'This plan map cannot be shown' },
  missingPlan: { zh: '缺少 plan 参数。可用的规划:{list}', en: 'The plan parameter is missing. Available plans: {list}' },
  badPlanId: { zh: 'plan 参数“{value}”不是有效的规划编号(小写字母、数字和连字符)。', en: 'The plan parameter “{value}” is not a valid plan id (lower-case letters, digits and hyphens).' },
  unknownPlan: { zh: '找不到规划“{value}”。可用的规划:{list}', en: 'There is no plan “{value}”. Available plans: {list}' },
  planIndexMissing: { zh: '找不到规划“{value}”,规划目录也无法读取({detail})。', en: 'There is no plan “{value}”, and the plan index cannot be read ({detail}).' },
  loadFailed: { zh: '规划数据无法加载:{detail}', en: 'The plan data could not be loaded: {detail}' },
  unknownLayers: { zh: '此规划没有图层:{value}。可用的图层:{list}', en: 'This plan has no layer {value}. Available layers: {list}' },
  badCenter: { zh: 'center 参数“{value}”无效:应为“经度,纬度”,位于地图范围内(东经 {west}–{east}°,北纬 {south}–{north}°)。', en: 'The center parameter “{value}” is invalid: it should be “longitude,latitude” within the map (longitude {west}–{east}°, latitude {south}–{north}°).' },
  badZoom: { zh: 'zoom 参数“{value}”无效:应为 {min} 到 {max} 之间的数字。', en: 'The zoom parameter “{value}” is invalid: it should be a number from {min} to {max}.' },
  badLang: { zh: 'lang 参数“{value}”无效:应为 zh 或 en。', en: 'The lang parameter “{value}” is invalid: it should be zh or en.' },
  badBasemap: { zh: 'basemap 参数“{value}”无效:目前只提供内置底图 embedded。', en: 'The basemap parameter “{value}” is invalid: only the built-in basemap “embedded” is available for now.' },
  badInteractive: { zh: 'interactive 参数“{value}”无效:应为 true 或 false。', en: 'The interactive parameter “{value}” is invalid: it should be true or false.' },
  badHeight: { zh: 'height 参数“{value}”无效:应为 CSS 长度,例如 400px、60vh 或 100%。', en: 'The height parameter “{value}” is invalid: it should be a CSS length such as 400px, 60vh or 100%.' },
  mapLabel: { zh: '规划图:{title}', en: 'Plan map: {title}' },
  viewFullMap: { zh: '查看完整地图', en: 'View full map' },
  dialogTitle: { zh: '嵌入此地图', en: 'Embed this map' },
  dialogIntro: { zh: '复制以下代码,粘贴到网页中。脚本与数据须部署在同一网站上(见 README)。', en: 'Copy one of these snippets into a web page. The script and the data must be hosted on the same site (see the README).' },
  elementSnippet: { zh: '网页组件 <plan-map>', en: 'Web component <plan-map>' },
  iframeSnippet: { zh: '内嵌框架 <iframe>', en: 'Inline frame <iframe>' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法复制,请手动选择文本', en: 'Could not copy: select the text by hand' },
  preview: { zh: '预览', en: 'Preview' },
  close: { zh: '关闭', en: 'Close' },
} satisfies Record<string, LocalizedText>;

/** A key of {@link EMBED_STRINGS}. */
export type EmbedStringKey = keyof typeof EMBED_STRINGS;

/**
 * The embed string `key` in `locale`, with `{name}` placeholders filled from `values`.
 * @example embedText('badLang', 'en', { value: 'fr' }) // 'The lang parameter “fr” is invalid: …'
 */
export function embedText(key: EmbedStringKey, locale: Locale, values: Record<string, string | number> = {}): string {
  return fillTemplate(EMBED_STRINGS[key][locale], values);
}
