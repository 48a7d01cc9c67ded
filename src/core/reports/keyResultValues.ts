/**
 * A key result's value and target in its type's terms, for a report:
 * "€250,000" of "€1,000,000", "45%" of "80%", "30 users" of "50 users",
 * "Not done" of "Done", "12 tasks" of "20 tasks".
 */
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

function tasks(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'task' : 'tasks'}`;
}

export function keyResultValueAndTarget(kr: KeyResult): ValueAndTarget {
  switch (kr.type) {
    case 'number':
      return { value: withUnit(formatNumber(kr.stepsCurrent), kr.unit), target: withUnit(formatNumber(kr.stepsEnd), kr.unit) };
    case 'currency':
    case 'percentage':
      return { value: formatValue(kr, kr.stepsCurrent), target: formatValue(kr, kr.stepsEnd) };
    case 'boolean':
      return { value: keyResultProgress(kr) >= 1 ? 'Done' : 'Not done', target: 'Done' };
    case 'automatic':
      return Number.isFinite(kr.stepsEnd) && kr.stepsEnd > 0
        ? { value: `${tasks(kr.stepsCurrent)} done`, target: tasks(kr.stepsEnd) }
        : { value: 'No tasks linked', target: '—' };
    default:
      return { value: formatPercent(keyResultProgress(kr)), target: '100%' };
  }
}
