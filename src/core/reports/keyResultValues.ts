/**
 * A key result's value and target in its type's terms, for a report:
 * "€250,000" of "€1,000,000", "45%" of "80%", "30 users" of "50 users",
 * "Not done" of "Done", "12 tasks" of "20 tasks".
 */
import * as l10n from '@vscode/l10n';
import { formatNumber, formatPercent, plainText } from '../domain/format';
import { keyResultProgress } from '../domain/progress';
import type { KeyResult } from '../domain/types';
import { formatValue } from '../forms/progressForm';

export interface ValueAndTarget {
  value: string;
  target: string;
}

function withUnit(text: string, unit: string): string {
  const clean = plainText(unit ?? '', 20);
  return clean === '' ? text : `${text} ${clean}`;
}

function tasks(count: number, locale: string | undefined): string {
  return count === 1 ? l10n.t('{0} task', formatNumber(count, locale)) : l10n.t('{0} tasks', formatNumber(count, locale));
}

/** In the display language `locale` ("en", "de"; English when not given). */
export function keyResultValueAndTarget(kr: KeyResult, locale?: string): ValueAndTarget {
  switch (kr.type) {
    case 'number':
      return { value: withUnit(formatNumber(kr.stepsCurrent, locale), kr.unit), target: withUnit(formatNumber(kr.stepsEnd, locale), kr.unit) };
    case 'currency':
    case 'percentage':
      return { value: formatValue(kr, kr.stepsCurrent, locale), target: formatValue(kr, kr.stepsEnd, locale) };
    case 'boolean':
      return { value: keyResultProgress(kr) >= 1 ? l10n.t('Done') : l10n.t('Not done'), target: l10n.t('Done') };
    case 'automatic':
      return Number.isFinite(kr.stepsEnd) && kr.stepsEnd > 0
        ? { value: l10n.t('{0} done', tasks(kr.stepsCurrent, locale)), target: tasks(kr.stepsEnd, locale) }
        : { value: l10n.t('No tasks linked'), target: '—' };
    default:
      return { value: formatPercent(keyResultProgress(kr), locale), target: formatPercent(1, locale) };
  }
}
