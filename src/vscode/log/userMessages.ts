/**
 * One short sentence per failure reason, for notifications and the view's message.
 * Callers branch on ClickUpError.reason, never on the error's text.
 */
import * as vscode from 'vscode';
import { isClickUpError } from '../../core/clickup/errors';
import { plainText } from '../../core/domain/format';

/** "Could not load goals: ClickUp could not be reached." and so on; `action` is what was being done. */
export function userMessage(action: string, error: unknown): string {
  return vscode.l10n.t('{0}: {1}', action, reasonText(error));
}

export function reasonText(error: unknown): string {
  if (!isClickUpError(error)) {
    return vscode.l10n.t('something went wrong (see the log).');
  }
  switch (error.reason) {
    case 'unauthorized':
      // OAUTH_018 is what ClickUp answers for an item that no longer exists (or this token cannot see).
      return error.ecode === 'OAUTH_018'
        ? vscode.l10n.t('ClickUp could not find it; it may have been deleted.')
        : vscode.l10n.t('ClickUp refused the request.');
    case 'forbidden':
      return vscode.l10n.t('your ClickUp account may not do this.');
    case 'notFound':
      return vscode.l10n.t('ClickUp no longer has it.');
    case 'rateLimited':
      return vscode.l10n.t('too many requests to ClickUp; try again in a minute.');
    case 'badRequest':
      return vscode.l10n.t('ClickUp did not accept the request.');
    case 'server':
      return vscode.l10n.t('ClickUp had a problem; try again later.');
    case 'network':
    case 'timeout':
      return answerLost(error.operation)
        ? vscode.l10n.t('no answer came from ClickUp, so the change may or may not have been saved.')
        : vscode.l10n.t('ClickUp could not be reached.');
    case 'invalidResponse':
      return answerLost(error.operation)
        ? vscode.l10n.t("ClickUp's answer could not be read, so the change may or may not have been saved.")
        : vscode.l10n.t('ClickUp sent an answer that could not be read.');
    case 'cancelled':
      return vscode.l10n.t('it was cancelled.');
    case 'insecureBaseUrl':
      return vscode.l10n.t('the setting clickupGoals.apiBaseUrl must use https (plain http only for this computer).');
    default:
      return vscode.l10n.t('something went wrong (see the log).');
  }
}

const WRITES = new Set(['createGoal', 'updateGoal', 'deleteGoal', 'createKeyResult', 'editKeyResult', 'deleteKeyResult']);

/** A write whose answer was lost may have been carried out: saying only "could not" would mislead. */
function answerLost(operation: string | undefined): boolean {
  return operation !== undefined && WRITES.has(operation);
}

/** API text for a notification: one line, short, and no [..](..) link syntax (notifications render links). */
export function notificationText(text: string, maxLength = 60): string {
  return plainText(text, maxLength).replace(/[[\]]/g, '');
}
