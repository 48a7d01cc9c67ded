/**
 * The extension's one log, written to the "ClickUp Goals" LogOutputChannel once
 * attached (silent before). Every line carries a component tag, and every line
 * passes through redactSecrets so a token can never reach the log.
 */
import type * as vscode from 'vscode';
import type { ClientLogger } from '../../core/clickup/fetchTypes';
import { redactSecrets } from './redact';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface ComponentLogger extends ClientLogger {
  trace(message: string): void;
}

export class Logger {
  private channel: vscode.LogOutputChannel | undefined;

  attach(channel: vscode.LogOutputChannel): void {
    this.channel = channel;
  }

  /** A logger that tags every line with `[component]`. */
  for(component: string): ComponentLogger {
    const write = (level: Level) => (message: string): void => this.write(level, component, message);
    return { trace: write('trace'), debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
  }

  show(): void {
    this.channel?.show(true);
  }

  private write(level: Level, component: string, message: string): void {
    this.channel?.[level](`[${component}] ${redactSecrets(message)}`);
  }
}

/** A short description of a thrown value for the log (never its full payload). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const reason = (error as { reason?: unknown }).reason;
    const status = (error as { status?: unknown }).status;
    const details = [typeof reason === 'string' ? reason : undefined, typeof status === 'number' ? `HTTP ${status}` : undefined]
      .filter((part) => part !== undefined)
      .join(', ');
    return details === '' ? error.message : `${error.message} (${details})`;
  }
  return String(error);
}
