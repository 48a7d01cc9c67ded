// "Check In…" in the real extension host against the emulator: a pass over a folder's key results with
// a change, a keep, a skip, a failure and Finish, checked against what the emulator received, then
// Retry; Back to the previous key result; the signed-in user's goals from the palette; key results
// loaded for the pass; nothing sent when Escape is pressed before any change.
import * as assert from 'assert';
import { waitFor } from '../tree/support/goalsExtension';
import { findKeyResult, requestsTo, runScripted, writes } from '../commands/support/editSession';
import { accept, action, back, choose, escape, type } from '../commands/support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';
import { folderRow } from './support/reportSession';

const CHECK_IN = 'clickupGoals.checkIn';
const SKIP = 'checkIn.skip';
const FINISH = 'checkIn.finish';
const REVENUE = 'Reach €1M in annual recurring revenue';
const LAUNCH = 'Launch Northwind in the DACH market';

describe('Check In', () => {
  const { emulator, api } = useSignedIn();

  it('walks a folder: a change, a keep, a skip, a failure and Finish; Retry sends the failed one again', async () => {
    const company = await folderRow(api(), 'Company OKRs');
    const arr = await findKeyResult(api(), REVENUE, 'Annual recurring revenue');
    const german = await findKeyResult(api(), LAUNCH, 'German localisation shipped');
    emulator().clearRequests();
    emulator().injectFault({ route: 'editKeyResult', status: 500, ecode: 'SERVER_500', times: 1 });

    const script = await runScripted(
      api(),
      CHECK_IN,
      [
        type('300000'), type('Two Munich deals'), // Annual recurring revenue: a change (the first edit: it meets the fault)
        accept(), // New enterprise customers: Enter keeps 30
        action(SKIP), // Net revenue retention
        choose('Done'), accept(), // German localisation shipped: a change, no note
        action(FINISH), // Signed reseller partners: the pass ends here
      ],
      { arg: company.node, errorChoice: 'Retry' },
    );
    script.assertDone();

    // What the user saw: a step counter over the folder's 7 key results set by hand, the goal in the title,
    // the value prefilled, target and pace under it, Skip and Finish on every step.
    const first = script.asked[0];
    assert.deepStrictEqual([first.frame?.step, first.frame?.totalSteps, first.frame?.title], [1, 7, `Check In: “${REVENUE}”`]);
    assert.strictEqual(first.value, '250000');
    assert.match(first.prompt ?? '', /^Annual recurring revenue: now €250,000, target €1,000,000 · Goal \d+% done, \d+% of its time gone \((on track|at risk)\) · Enter keeps it$/);
    assert.deepStrictEqual(first.actions, [SKIP, FINISH]);
    assert.deepStrictEqual(script.asked.map((asked) => asked.frame?.step), [1, 1, 2, 3, 4, 4, 5]);
    assert.deepStrictEqual(script.asked[5].frame?.canGoBack, true);

    // What the emulator received: the two changes (the first refused), then the retry; nothing for the keep or the skip.
    const edits = requestsTo(emulator(), 'editKeyResult');
    assert.deepStrictEqual(
      edits.map((request) => [request.path, request.body]),
      [
        [`/key_result/${arr.id}`, { steps_current: 300000, note: 'Two Munich deals' }],
        [`/key_result/${german.id}`, { steps_current: 1 }],
        [`/key_result/${arr.id}`, { steps_current: 300000, note: 'Two Munich deals' }],
      ],
    );
    assert.deepStrictEqual(writes(emulator()).length, 3);

    // One summary with the failure and Retry, then one without.
    assert.deepStrictEqual(script.errors.map((error) => error.actions), [['Retry', 'Show Log']]);
    assert.match(script.errors[0].message, /^Check-in done: 1 updated, 1 kept, 4 skipped, 1 failed\. Not saved: “Annual recurring revenue”: /);
    assert.deepStrictEqual(script.infos, ['Check-in done: 2 updated, 1 kept, 4 skipped, 0 failed.']);
    await waitFor(() => api().store.findKeyResult(arr.id)?.keyResult.stepsCurrent === 300000, 'the retried value in the store');
    assert.strictEqual(api().store.findKeyResult(german.id)?.keyResult.stepsCurrent, 1);
  });

  it('goes Back to the previous key result with the answer kept, and sends a value changed again', async () => {
    const launch = api().store.state.folders.flatMap((folder) => folder.goals).find((goal) => goal.name === LAUNCH);
    assert.ok(launch);
    const partners = await findKeyResult(api(), LAUNCH, 'Signed reseller partners');
    const script = await runScripted(
      api(),
      CHECK_IN,
      [
        accept(), // German localisation shipped (done by now): keep
        type('4'), back(), // Signed reseller partners: a value, then Back from the note to the value
        back(), // and Back again to the previous key result
        accept(), // German localisation: keep
        type('4'), type('Alpenwerk renewed'), // Signed reseller partners: 4, with a note
      ],
      { arg: launch.id },
    );
    script.assertDone();
    assert.deepStrictEqual(script.asked.map((asked) => asked.frame?.step), [1, 2, 2, 2, 1, 2, 2]);
    assert.strictEqual(script.asked[3].value, '4', 'Back from the note shows the value typed');
    assert.strictEqual(script.asked[5].value, '3', 'coming back from the previous key result shows the current value (nothing was accepted)');
    assert.deepStrictEqual(
      requestsTo(emulator(), 'editKeyResult').map((request) => [request.path, request.body]),
      [[`/key_result/${partners.id}`, { steps_current: 4, note: 'Alpenwerk renewed' }]],
    );
    assert.deepStrictEqual(script.infos, ['Check-in done: 1 updated, 1 kept, 0 skipped, 0 failed.']);
  });

  it('Finish at the note sends the value typed, without a note, and ends the pass', async () => {
    const hire = api().store.state.folders.flatMap((folder) => folder.goals).find((goal) => goal.name === 'Hire a world-class team');
    assert.ok(hire);
    const engineers = await findKeyResult(api(), hire.name, 'Engineers hired');
    const script = await runScripted(api(), CHECK_IN, [type(String(engineers.stepsCurrent + 1)), action(FINISH)], { arg: hire.id });
    script.assertDone();
    assert.deepStrictEqual(
      requestsTo(emulator(), 'editKeyResult').map((request) => [request.path, request.body]),
      [[`/key_result/${engineers.id}`, { steps_current: engineers.stepsCurrent + 1 }]],
    );
    assert.deepStrictEqual(script.infos, ['Check-in done: 1 updated, 0 kept, 1 skipped, 0 failed.']);
  });

  it('from the palette walks the signed-in user\'s open goals, loading the key results it needs', async () => {
    const script = await runScripted(api(), CHECK_IN, [action(FINISH)]);
    script.assertDone();
    const steps = script.asked[0].frame?.totalSteps ?? 0;
    assert.ok(steps > 5, `Maya's key results: ${steps}`);
    const loads = requestsTo(emulator(), 'getGoal');
    assert.ok(loads.length > 0, 'the key results of goals not expanded yet were loaded');
    assert.deepStrictEqual(writes(emulator()), []);
    assert.deepStrictEqual(script.infos, [`Check-in done: 0 updated, 0 kept, ${steps} skipped, 0 failed.`]);
  });

  it('sends nothing and says nothing when Escape is pressed at the note of the first change', async () => {
    const launch = api().store.state.folders.flatMap((folder) => folder.goals).find((goal) => goal.name === LAUNCH);
    const german = await findKeyResult(api(), LAUNCH, 'German localisation shipped');
    const change = german.stepsCurrent >= 1 ? 'Not done' : 'Done';
    const script = await runScripted(api(), CHECK_IN, [choose(change), escape()], { arg: launch?.id });
    assert.strictEqual(script.asked[1].prompt, 'A note for this update (optional; press Enter to skip)');
    assert.deepStrictEqual(writes(emulator()), []);
    assert.deepStrictEqual([script.infos, script.errors], [[], []]);
  });
});
