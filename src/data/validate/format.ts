import type { Locale } from '../../domain/plan';
import type { Problem } from './problem';

/** Counts of errors and warnings. */
export interface Tally {
  errors: number;
  warnings: number;
}

/** Counts the errors and warnings of a list of problems. */
export function tally(problems: readonly Problem[]): Tally {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

const LABELS = {
  zh: { error: '错误', warning: '警告', feature: '要素', fix: '修改' },
  en: { error: 'error', warning: 'warning', feature: 'feature', fix: 'fix' },
} as const;

/**
 * One problem as text for a terminal or a log, in one language:
 * `file › feature id (#index) › path` / `error [rule] message` / `fix: …`.
 */
export function formatProblem(p: Problem, locale: Locale = 'en'): string {
  const label = LABELS[locale];
  const where = [p.file];
  if (p.featureId !== undefined || p.featureIndex !== undefined) {
    const index = p.featureIndex === undefined ? '' : ` (#${p.featureIndex})`;
    where.push(`${label.feature} ${p.featureId ?? ''}${index}`.replace(/\s+/g, ' ').trim());
  }
  if (p.path !== undefined) where.push(p.path);
  return `${where.join(' › ')}\n  ${label[p.severity]} [${p.rule}] ${p.message[locale]}\n  ${label.fix}: ${p.fix[locale]}`;
}
