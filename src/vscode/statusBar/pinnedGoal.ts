/**
 * Which goal the status bar follows. Kept per window in workspaceState (not in
 * settings), together with its Workspace so a pin never leaks across Workspaces.
 */
import * as vscode from 'vscode';
import { CONTEXT, setContext } from '../contextKeys';

export const PINNED_STATE_KEY = 'clickupGoals.pinnedGoal';

interface StoredPin {
  teamId: string;
  goalId: string;
}

function isPin(value: unknown): value is StoredPin {
  const pin = value as Partial<StoredPin> | undefined;
  return typeof pin?.teamId === 'string' && typeof pin.goalId === 'string';
}

export class PinnedGoal implements vscode.Disposable {
  private pin: StoredPin | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly teamId: () => string | undefined,
  ) {
    const stored = memento.get<unknown>(PINNED_STATE_KEY);
    this.pin = isPin(stored) ? stored : undefined;
    void setContext(CONTEXT.hasPinnedGoal, this.goalId !== undefined);
  }

  /** The pinned goal's id in the current Workspace, or undefined. */
  get goalId(): string | undefined {
    const teamId = this.teamId();
    return this.pin !== undefined && this.pin.teamId === teamId ? this.pin.goalId : undefined;
  }

  async pinGoal(goalId: string): Promise<void> {
    const teamId = this.teamId();
    if (teamId === undefined) {
      return;
    }
    await this.save({ teamId, goalId });
  }

  async unpin(): Promise<void> {
    await this.save(undefined);
  }

  /** Call when the Workspace changes: the context key follows the current Workspace's pin. */
  workspaceChanged(): void {
    void setContext(CONTEXT.hasPinnedGoal, this.goalId !== undefined);
    this.changed.fire();
  }

  private async save(pin: StoredPin | undefined): Promise<void> {
    this.pin = pin;
    await this.memento.update(PINNED_STATE_KEY, pin);
    await setContext(CONTEXT.hasPinnedGoal, this.goalId !== undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
