import { strict as assert } from 'node:assert';
import { parseGoalResponse } from '../../../src/core/clickup/parse/goal';
import { parseGoalList } from '../../../src/core/clickup/parse/goalList';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { wireFolder, wireGoal, wireGoalList, wireKeyResult } from '../builders/wire';

function assertInvalidResponse(run: () => unknown): void {
  assert.throws(run, (error: unknown) => isClickUpError(error) && error.reason === 'invalidResponse');
}

describe('parsing goals', () => {
  it('reads millisecond date strings as numbers', () => {
    const goal = parseGoalResponse({ goal: wireGoal({ due_date: '1748736000000', date_created: '1738368000000' }) });
    assert.equal(goal.dueDate, 1748736000000);
    assert.equal(goal.dateCreated, 1738368000000);
  });

  it('treats a "0" due date and a null start date as no date', () => {
    const goal = parseGoalResponse({ goal: wireGoal({ due_date: '0', start_date: null }) });
    assert.equal(goal.dueDate, null);
    assert.equal(goal.startDate, null);
  });

  it('turns the "\\n" ClickUp sends for an empty description into ""', () => {
    assert.equal(parseGoalResponse({ goal: wireGoal({ description: '\n' }) }).description, '');
  });

  it('keeps a real description as written', () => {
    assert.equal(parseGoalResponse({ goal: wireGoal({ description: 'Line one\nline two' }) }).description, 'Line one\nline two');
  });

  it('never keeps the editor_token', () => {
    const goal = parseGoalResponse({ goal: wireGoal({ editor_token: 'editor_secret_123' }) });
    assert.ok(!JSON.stringify(goal).includes('editor_secret_123'));
  });

  it('accepts numbers sent as numeric strings', () => {
    const goal = parseGoalResponse({ goal: wireGoal({ creator: '183', percent_completed: '55', key_result_count: '3' }) });
    assert.equal(goal.creator, 183);
    assert.equal(goal.percentCompleted, 55);
    assert.equal(goal.keyResultCount, 3);
  });

  it('survives nulls and missing fields with neutral values', () => {
    const goal = parseGoalResponse({ goal: { id: 'g', name: null, owners: null, percent_completed: null } });
    assert.equal(goal.name, '');
    assert.deepEqual(goal.owners, []);
    assert.equal(goal.percentCompleted, 0);
    assert.equal(goal.color, '');
    assert.equal(goal.keyResults, null);
  });

  it('keeps percent_completed within 0..100', () => {
    assert.equal(parseGoalResponse({ goal: wireGoal({ percent_completed: 140 }) }).percentCompleted, 100);
  });

  it('parses key results when GET /goal includes them', () => {
    const goal = parseGoalResponse({ goal: wireGoal({ key_results: [wireKeyResult({ id: 'kr-9' })] }) });
    assert.deepEqual(
      goal.keyResults?.map((kr) => kr.id),
      ['kr-9'],
    );
  });

  it('reads pretty_url and owners', () => {
    const goal = parseGoalResponse({ goal: wireGoal({ pretty_url: 'https://app.clickup.com/9001/goals/7' }) });
    assert.equal(goal.prettyUrl, 'https://app.clickup.com/9001/goals/7');
    assert.equal(goal.owners[0]?.username, 'Ada Lovelace');
  });

  it('refuses a body without a goal', () => {
    assertInvalidResponse(() => parseGoalResponse({ goals: [] }));
    assertInvalidResponse(() => parseGoalResponse('<html>'));
    assertInvalidResponse(() => parseGoalResponse({ goal: { name: 'no id' } }));
  });
});

describe('parsing the goal list', () => {
  it('separates goals in no folder from folders with their goals', () => {
    const list = parseGoalList(wireGoalList(), '9001');
    assert.deepEqual(
      list.goals.map((goal) => goal.id),
      ['goal-1'],
    );
    assert.equal(list.folders[0]?.name, 'Sales');
    assert.deepEqual(
      list.folders[0]?.goals.map((goal) => goal.folderId),
      ['folder-1'],
    );
  });

  it('gives folder goals their folder id when the service leaves it out', () => {
    const list = parseGoalList(wireGoalList({ folders: [wireFolder({ id: 'f-2', goals: [wireGoal({ folder_id: null })] })] }), '9001');
    assert.equal(list.folders[0]?.goals[0]?.folderId, 'f-2');
  });

  it('treats a missing folders list as empty', () => {
    assert.deepEqual(parseGoalList({ goals: [] }, '9001'), { goals: [], folders: [] });
  });

  it('skips entries that are not goals instead of failing', () => {
    const list = parseGoalList({ goals: [null, 42, { name: 'no id' }, wireGoal({ id: 'ok' })], folders: [] }, '9001');
    assert.deepEqual(
      list.goals.map((goal) => goal.id),
      ['ok'],
    );
  });

  it('fills the Workspace id from the request when goals omit it', () => {
    const list = parseGoalList({ goals: [wireGoal({ team_id: undefined })] }, '555');
    assert.equal(list.goals[0]?.teamId, '555');
  });

  it('refuses a body whose goals are not a list', () => {
    assertInvalidResponse(() => parseGoalList({ goals: {} }, '9001'));
    assertInvalidResponse(() => parseGoalList({ goals: [], folders: 'x' }, '9001'));
    assertInvalidResponse(() => parseGoalList(null, '9001'));
  });
});
