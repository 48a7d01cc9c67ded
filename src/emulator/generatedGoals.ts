/**
 * Many plausible goals at once, for benchmarks (2,000 to 5,000 goals). Spread
 * round-robin over the given folders (null = top level), key result types rotate.
 */
import type { GoalSpec, KeyResultSpec, StateBuilder } from './state/builder';
import type { KeyResultTypeName, WorkspaceRecord } from './state/model';

const VERBS = ['Improve', 'Grow', 'Reduce', 'Launch', 'Automate', 'Simplify', 'Scale', 'Modernise'];
const TOPICS = ['onboarding', 'checkout', 'support backlog', 'search', 'billing', 'reporting', 'partner portal', 'docs site', 'API uptime', 'trial conversion'];
const TYPES: readonly KeyResultTypeName[] = ['number', 'percentage', 'currency', 'boolean', 'automatic'];
const COLORS = ['#32a852', '#7b68ee', '#f76808', '#0ab1a8', '#e5484d', '#3e63dd'];

export function generateGoals(
  builder: StateBuilder,
  workspace: WorkspaceRecord,
  folderIds: ReadonlyArray<string | null>,
  count: number,
  keyResultsPerGoal: number,
): void {
  const { random } = builder;
  const members = workspace.memberIds.length;
  for (let index = 0; index < count; index++) {
    const keyResults: KeyResultSpec[] = [];
    for (let k = 0; k < keyResultsPerGoal; k++) keyResults.push(generatedKeyResult(builder, index, k, members));
    const spec: GoalSpec = {
      name: `${VERBS[index % VERBS.length]} ${TOPICS[(index >> 3) % TOPICS.length]} #${index + 1}`,
      folderId: folderIds[index % folderIds.length],
      description: `Generated goal ${index + 1} for load testing.`,
      color: COLORS[index % COLORS.length],
      owners: [index % members],
      createdDaysAgo: random.int(1, 120),
      startInDays: null,
      dueInDays: random.int(-30, 180),
      keyResults,
    };
    builder.addGoal(workspace.id, workspace.memberIds, spec);
  }
}

function generatedKeyResult(builder: StateBuilder, goalIndex: number, index: number, members: number): KeyResultSpec {
  const type = TYPES[(goalIndex + index) % TYPES.length];
  const owners = [(goalIndex + index) % members];
  const fraction = builder.random.next();
  switch (type) {
    case 'boolean':
      return { name: `Milestone ${index + 1} reached`, type, start: 0, end: 1, current: fraction > 0.5 ? 1 : 0, owners };
    case 'automatic': {
      const end = 4 + (goalIndex % 6);
      return { name: `Tasks for step ${index + 1}`, type, start: 0, end, current: Math.floor(fraction * end), owners };
    }
    case 'currency':
      return { name: `Revenue stream ${index + 1}`, type, unit: '€', start: 0, end: 50_000, current: Math.round(fraction * 50_000), owners, note: 'Monthly figures in.', updatedDaysAgo: 3 };
    case 'percentage':
      return { name: `Coverage ${index + 1}`, type, start: 0, end: 100, current: Math.round(fraction * 100), owners };
    default:
      return { name: `Count ${index + 1}`, type, start: 0, end: 40, current: Math.round(fraction * 40), owners, note: 'Weekly check-in.', updatedDaysAgo: 1 };
  }
}
