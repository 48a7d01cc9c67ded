import * as assert from 'node:assert/strict';
import type { GoalPageTexts } from '../../../src/core/goalPage/viewModel';
import { buildGoalPage, initialsOf, safeColor } from '../../../src/core/goalPage/viewModel';
import { HOUR_MS } from '../../../src/core/history/progressHistory';
import type { Goal, KeyResult } from '../../../src/core/domain/types';
import { aGoal, aKeyResult, aProgressAction, aUser, FIXED_NOW } from '../builders/domain';

const DAY = 24 * HOUR_MS;
const texts: GoalPageTexts = {
  pace: (state, percent, expected) => `${state} ${percent} ${expected ?? '-'}`,
  age: (ms) => `${Math.round((FIXED_NOW - ms) / DAY)} days ago`,
  someone: 'someone',
  locale: 'en',
};

function page(goal: Goal, keyResults: readonly KeyResult[] | undefined, extra: { folderName?: string | null; members?: ReturnType<typeof aUser>[] } = {}): ReturnType<typeof buildGoalPage> {
  return buildGoalPage({ goal, folderName: extra.folderName ?? null, keyResults, recorded: [], members: extra.members ?? [], nowMs: FIXED_NOW }, texts);
}

describe('goal page: view model', () => {
  it('puts the pace in words and the marker where progress should be today', () => {
    const goal = aGoal({ startDate: FIXED_NOW - 60 * DAY, dueDate: FIXED_NOW + 40 * DAY });
    const behind = page(goal, [aKeyResult({ stepsEnd: 10, stepsCurrent: 3 })]);
    assert.equal(behind.percent, 30);
    assert.equal(behind.expectedPercent, 60);
    assert.equal(behind.state, 'atRisk');
    assert.equal(behind.paceText, 'atRisk 30 60');
    const ahead = page(goal, [aKeyResult({ stepsEnd: 10, stepsCurrent: 7 })]);
    assert.equal(ahead.state, 'onTrack');
    const late = page(aGoal({ startDate: FIXED_NOW - 60 * DAY, dueDate: FIXED_NOW - DAY }), [aKeyResult({ stepsEnd: 10, stepsCurrent: 7 })]);
    assert.equal(late.state, 'overdue');
    assert.equal(late.overdue, true);
    assert.equal(late.expectedPercent, 100);
    assert.equal(page(aGoal({ dueDate: null }), undefined).expectedPercent, null);
  });

  it('shows every key-result type by what it means', () => {
    const krs = [
      aKeyResult({ id: 'n', type: 'number', stepsEnd: 50, stepsCurrent: 30, unit: 'users' }),
      aKeyResult({ id: 'c', type: 'currency', stepsEnd: 1_000_000, stepsCurrent: 250_000, unit: '€' }),
      aKeyResult({ id: 'p', type: 'percentage', stepsEnd: 80, stepsCurrent: 45 }),
      aKeyResult({ id: 'b', type: 'boolean', stepsEnd: 1, stepsCurrent: 1 }),
      aKeyResult({ id: 'a', type: 'automatic', stepsEnd: 20, stepsCurrent: 12 }),
      aKeyResult({ id: 'd', type: 'number', stepsStart: 480, stepsEnd: 200, stepsCurrent: 310, unit: 'ms' }),
      aKeyResult({ id: 'u', type: 'unknown', rawType: 'okr-v3', reportedPercent: 25 }),
    ];
    const rows = page(aGoal(), krs).keyResults ?? [];
    assert.deepEqual(
      rows.map((row) => [row.id, row.progressText, row.percent, row.done, row.canIncrement, row.canToggle, row.canUpdate]),
      [
        ['n', '30 / 50 users', 60, false, true, false, true],
        ['c', '€250,000 / €1,000,000', 25, false, false, false, true],
        ['p', '45% / 80%', 56.3, false, false, false, true],
        ['b', 'Done', 100, true, false, true, true],
        ['a', '12 / 20 tasks', 60, false, false, false, false],
        ['d', '310 / 200 ms', 60.7, false, true, false, true],
        ['u', '25%', 25, false, false, false, false],
      ],
    );
  });

  it('says the key results are loading until they are, and an empty list is an empty list', () => {
    assert.equal(page(aGoal(), undefined).keyResults, null);
    assert.deepEqual(page(aGoal(), []).keyResults, []);
  });

  it('names who wrote the latest note and when, from the Workspace members or the owners', () => {
    const hannah = aUser({ id: 7, username: 'Hannah Becker' });
    const older = aKeyResult({ name: 'Older', lastAction: aProgressAction({ userId: 7, note: 'first', dateModified: FIXED_NOW - 5 * DAY }) });
    const newer = aKeyResult({ name: 'Newer', lastAction: aProgressAction({ userId: 99, note: 'second', dateModified: FIXED_NOW - 2 * DAY }) });
    const model = page(aGoal(), [older, newer], { members: [hannah] });
    assert.deepEqual(model.latest, { note: 'second', who: 'someone', when: '2 days ago', keyResult: 'Newer' });
    assert.deepEqual(model.keyResults?.[0].latest, { note: 'first', who: 'Hannah Becker', when: '5 days ago', keyResult: 'Older' });
  });

  it('keeps hostile text as plain text: markup stays characters, controls and bidi overrides go, lengths are capped', () => {
    const hostile = '<img src=x onerror=alert(1)> **b** [x](command:workbench.action.quit) $(alert)';
    const goal = aGoal({
      name: `${hostile}\u202Eevil\u0007`,
      color: 'red;background:url(https://evil.example)',
      description: '<script>alert(1)</script>',
      owners: [aUser({ username: '<b>Eve</b>', initials: '<s', color: 'javascript:alert(1)' })],
    });
    const kr = aKeyResult({ name: 'x'.repeat(5000), unit: '<i>u</i>', lastAction: aProgressAction({ note: `<iframe src=x>\u0000`, dateModified: FIXED_NOW }) });
    const model = page(goal, [kr], { folderName: '<h1>Folder</h1>' });
    assert.equal(model.name, `${hostile}evil`);
    assert.equal(model.color, '');
    assert.equal(model.folder, '<h1>Folder</h1>');
    assert.deepEqual(model.owners, [{ name: '<b>Eve</b>', initials: '<S', color: '' }]);
    assert.deepEqual(model.description, [{ kind: 'paragraph', inlines: [{ kind: 'text', text: '<script>alert(1)</script>' }] }]);
    assert.equal(Array.from(model.keyResults?.[0].name ?? '').length, 200);
    assert.equal(model.keyResults?.[0].latest?.note, '<iframe src=x>');
    assert.ok(!JSON.stringify(model).includes('\u202E'));
  });

  it('copies nothing it was not asked to, so no editor_token can ride along', () => {
    const leaky = { ...aGoal(), editor_token: 'secret-editor-token' } as Goal;
    assert.ok(!JSON.stringify(page(leaky, [])).includes('secret-editor-token'));
  });

  it('accepts only #hex colours and makes initials from what it has', () => {
    assert.equal(safeColor('#32a852'), '#32a852');
    assert.equal(safeColor('#abc'), '#abc');
    assert.equal(safeColor('32a852'), '');
    assert.equal(safeColor('#32a852;x'), '');
    assert.equal(initialsOf({ initials: 'hb', username: 'Hannah Becker', email: '' }), 'HB');
    assert.equal(initialsOf({ initials: '', username: 'Hannah Becker', email: '' }), 'HB');
    assert.equal(initialsOf({ initials: '', username: '', email: '' }), '?');
    assert.equal(initialsOf({ initials: '👩‍👩‍👧x', username: '', email: '' }).length > 0, true);
  });
});
