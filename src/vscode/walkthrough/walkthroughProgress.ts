/**
 * Ticks off the walkthrough's steps whose completion event is a context key, when that key turns
 * true. The workbench does so by itself only while its walkthrough service is running, and that
 * service starts lazily (when a walkthrough or the Welcome page first opens). A key that is
 * already true when the service starts never ticks its step in that window: the service notes
 * the event as seen without marking the step. So the extension marks the step itself, through
 * the workbench's `welcome.markStepComplete` command, which starts the service and records the
 * step as done for the profile whether or not the walkthrough is open (or ever opened).
 *
 * Which key completes which step is read from the manifest (contributes.walkthroughs), so the
 * two cannot drift apart. Command and view completion events are left to the workbench: the
 * service is running by then (the first mark starts it).
 */
import * as vscode from 'vscode';
import { onDidSetContext } from '../contextKeys';
import { WALKTHROUGH } from './getStarted';

interface ManifestStep {
  id: string;
  completionEvents?: string[];
}

interface ManifestWalkthrough {
  id: string;
  steps: ManifestStep[];
}

/** The steps completed by each context key ("clickupGoals.signedIn" -> ["signIn"]). */
export function stepsByContextKey(packageJSON: unknown): Map<string, string[]> {
  const walkthroughs = (packageJSON as { contributes?: { walkthroughs?: ManifestWalkthrough[] } }).contributes?.walkthroughs ?? [];
  const steps = walkthroughs.find((walkthrough) => walkthrough.id === WALKTHROUGH)?.steps ?? [];
  const byKey = new Map<string, string[]>();
  for (const step of steps) {
    for (const event of step.completionEvents ?? []) {
      const key = /^onContext:([\w.]+)$/.exec(event)?.[1];
      if (key !== undefined) {
        byKey.set(key, [...(byKey.get(key) ?? []), step.id]);
      }
    }
  }
  return byKey;
}

export interface WalkthroughProgressDeps {
  /** This extension's id and manifest (context.extension). */
  extension: { id: string; packageJSON: unknown };
  /** Marks a step done by its full id ("<extension id>#getStarted#signIn"). */
  markDone(stepId: string): Thenable<unknown>;
  log: { info(message: string): void };
}

/** The workbench's own command (the Welcome page's "Mark Done"). */
export function markStepComplete(stepId: string): Thenable<unknown> {
  return vscode.commands.executeCommand('welcome.markStepComplete', stepId);
}

export class WalkthroughProgress implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(private readonly deps: WalkthroughProgressDeps) {
    const byKey = stepsByContextKey(deps.extension.packageJSON);
    this.subscription = onDidSetContext(({ key, value }) => {
      if (value === true) {
        for (const step of byKey.get(key) ?? []) {
          this.mark(step);
        }
      }
    });
  }

  private mark(step: string): void {
    const id = `${this.deps.extension.id}#${WALKTHROUGH}#${step}`;
    Promise.resolve(this.deps.markDone(id)).catch((error: unknown) => {
      // The command records the step before it looks the walkthrough up, so a workbench that has
      // not listed this extension's walkthrough yet still keeps the tick; it only reports an error.
      this.deps.log.info(`Marking the walkthrough step ${step} done: ${String(error)}`);
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
