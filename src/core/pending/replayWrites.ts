/**
 * Sends the writes a closed window left unsent, after checking what the service already holds
 * (replayDecision.ts): one GET /goal per goal concerned (and the goal list when a goal create is
 * pending), then each write still needed, one at a time, in the order made. Every outcome is
 * reported as it comes, so the caller can mark it done in storage at once. Pure: no vscode.
 */
import type { GoalsApi, RequestOptions } from '../clickup/api';
import { errorText, isClickUpError } from '../clickup/errors';
import { allGoals } from '../domain/goalQuery';
import type { PendingWrite } from './pendingWrite';
import type { GoalFact, ReplayFacts } from './replayDecision';
import { decideReplay, goalsToCheck, needsTeamGoals } from './replayDecision';

export type ReplayResult =
  | { write: PendingWrite; result: 'sent' }
  | { write: PendingWrite; result: 'alreadyApplied' }
  | { write: PendingWrite; result: 'failed'; reason: string };

export interface ReplaySummary {
  sent: number;
  alreadyApplied: number;
  failed: number;
  results: ReplayResult[];
}

const USER: RequestOptions = { priority: 'user' };

export async function replayWrites(
  api: GoalsApi,
  teamId: string,
  writes: readonly PendingWrite[],
  onResult: (result: ReplayResult) => void,
): Promise<ReplaySummary> {
  const facts = await readFacts(api, teamId, writes);
  const decisions = decideReplay(writes, facts);
  const results: ReplayResult[] = [];
  const report = (result: ReplayResult): void => {
    results.push(result);
    onResult(result);
  };
  for (const [index, write] of writes.entries()) {
    const decision = decisions[index];
    if (decision.action === 'alreadyApplied') {
      report({ write, result: 'alreadyApplied' });
    } else if (decision.action === 'fail') {
      report({ write, result: 'failed', reason: decision.reason });
    } else {
      report(await send(api, teamId, write));
    }
  }
  return {
    sent: results.filter((result) => result.result === 'sent').length,
    alreadyApplied: results.filter((result) => result.result === 'alreadyApplied').length,
    failed: results.filter((result) => result.result === 'failed').length,
    results,
  };
}

async function readFacts(api: GoalsApi, teamId: string, writes: readonly PendingWrite[]): Promise<ReplayFacts> {
  const goals = new Map<string, GoalFact>();
  for (const goalId of goalsToCheck(writes)) {
    try {
      goals.set(goalId, { goal: await api.getGoal(goalId, USER) });
    } catch (error) {
      goals.set(goalId, isGone(error) ? { missing: true } : { error: errorText(error) });
    }
  }
  if (!needsTeamGoals(writes)) {
    return { goals };
  }
  try {
    return { goals, teamGoals: allGoals(await api.getGoals(teamId, true, USER)) };
  } catch (error) {
    return { goals, teamGoals: { error: errorText(error) } };
  }
}

async function send(api: GoalsApi, teamId: string, write: PendingWrite): Promise<ReplayResult> {
  const { op } = write;
  try {
    switch (op.kind) {
      case 'editKeyResult':
        await api.editKeyResult(op.keyResultId, op.input, USER);
        break;
      case 'createKeyResult':
        await api.createKeyResult(op.goalId, op.input, USER);
        break;
      case 'deleteKeyResult':
        await api.deleteKeyResult(op.keyResultId, USER);
        break;
      case 'createGoal':
        await api.createGoal(teamId, op.input, USER);
        break;
      case 'updateGoal':
        await api.updateGoal(op.goalId, op.input, USER);
        break;
      case 'deleteGoal':
        await api.deleteGoal(op.goalId, USER);
        break;
    }
    return { write, result: 'sent' };
  } catch (error) {
    if ((op.kind === 'deleteGoal' || op.kind === 'deleteKeyResult') && isGone(error)) {
      return { write, result: 'alreadyApplied' };
    }
    return { write, result: 'failed', reason: errorText(error) };
  }
}

/** ClickUp answers a missing object with 401 OAUTH_018 (or 404). */
function isGone(error: unknown): boolean {
  return isClickUpError(error) && (error.reason === 'notFound' || (error.reason === 'unauthorized' && error.ecode === 'OAUTH_018'));
}
