import { fillTemplate } from '../domain/i18n';
import type { Locale, LocalizedText } from '../domain/plan';

/** The presentation's parameters: `present.html?plan=…[&step=n][&autoplay=seconds][&lang=en]`. */
export interface PresentParams {
  plan: string;
  /** The 0-based stop to start at (`step` counts from 1). */
  stop: number;
  /** Seconds per stop when playing by itself; null waits for the presenter. */
  autoplaySeconds: number | null;
  locale: Locale;
}

/** The strings of the presentation, in both languages. */
export const PRESENT_STRINGS = {
  loading: { zh: '正在加载…', en: 'Loading…' },
  missingPlan: { zh: '请在地址中指定规划,例如 present.html?plan=zunyi-metropolitan', en: 'Name a plan in the address, e.g. present.html?plan=zunyi-metropolitan' },
  loadError: { zh: '无法加载规划“{plan}”:{detail}', en: 'Could not load the plan “{plan}”: {detail}' },
  emptyTour: { zh: '此规划没有演示步骤。', en: 'This plan has no tour steps.' },
  stepOf: { zh: '第 {n} / {total} 步', en: 'Step {n} of {total}' },
  help: { zh: '翻页键、方向键或空格切换 · 数字加回车跳转 · F 全屏 · Esc 退出', en: 'Page keys, arrows or Space to move · digits and Enter to jump · F full screen · Esc to leave' },
  mapLabel: { zh: '规划演示地图', en: 'Plan presentation map' },
} satisfies Record<string, LocalizedText>;

/** The presentation string `key` in `locale`, with `{name}` placeholders filled from `values`. */
export function presentText(key: keyof typeof PRESENT_STRINGS, locale: Locale, values: Record<string, string | number> = {}): string {
  return fillTemplate(PRESENT_STRINGS[key][locale], values);
}

/**
 * Reads the presentation's parameters, dropping malformed ones: a bad `step` starts at the first
 * stop, a bad `autoplay` (under 2 s or over an hour) waits for the presenter.
 * @example parsePresentParams('?plan=a&step=3&autoplay=12').stop // 2
 */
export function parsePresentParams(search: string): PresentParams {
  const query = new URLSearchParams(search);
  const plan = query.get('plan') ?? '';
  const step = Number(query.get('step'));
  const seconds = Number(query.get('autoplay'));
  return {
    plan: /^[a-z0-9][a-z0-9-]*$/.test(plan) ? plan : '',
    stop: Number.isInteger(step) && step >= 1 ? step - 1 : 0,
    autoplaySeconds: seconds >= 2 && seconds <= 3600 ? seconds : null,
    locale: query.get('lang') === 'en' ? 'en' : 'zh',
  };
}
