/** "just now", "5 minutes ago", "3 hours ago", "2 days ago": how old a piece of data is. */
import * as vscode from 'vscode';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatAge(thenMs: number, nowMs: number): string {
  const age = Math.max(0, nowMs - thenMs);
  if (!Number.isFinite(age) || age < MINUTE) {
    return vscode.l10n.t('just now');
  }
  if (age < HOUR) {
    const minutes = Math.round(age / MINUTE);
    return minutes === 1 ? vscode.l10n.t('1 minute ago') : vscode.l10n.t('{0} minutes ago', minutes);
  }
  if (age < DAY) {
    const hours = Math.round(age / HOUR);
    return hours === 1 ? vscode.l10n.t('1 hour ago') : vscode.l10n.t('{0} hours ago', hours);
  }
  const days = Math.round(age / DAY);
  return days === 1 ? vscode.l10n.t('1 day ago') : vscode.l10n.t('{0} days ago', days);
}
