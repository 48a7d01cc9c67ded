// A run in German (`npm run test:host -- --locale de --grep German`): what the user types is read the
// German way through the real commands: "32,5" as a progress value (and "1.5" refused with the German
// way to write it), the prefilled value read back on Enter, and a due date typed as a German phrase.
// Skipped in an English run.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { findGoal, keyResultRow, onlyBody, runScripted, writes } from '../commands/support/editSession';
import { accept, choose, escape, type } from '../commands/support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';

const UPDATE = 'clickupGoals.updateProgress';
const REVENUE = 'Reach €1M in annual recurring revenue';
const inGerman = vscode.env.language === 'de';

(inGerman ? describe : describe.skip)('In German: typed numbers and dates', () => {
  const { api, emulator } = useSignedIn({ waitForMembers: true });

  it('refuses "1.5" with the German way to write it, and sends nothing', async () => {
    const row = await keyResultRow(api(), REVENUE, 'New enterprise customers');
    const script = await runScripted(api(), UPDATE, [type('1.5'), escape()], { arg: row.node });
    assert.strictEqual(script.asked[0].feedback?.severity, 'error');
    assert.match(script.asked[0].feedback?.message ?? '', /^Schreiben Sie 1,5: „,“ trennt die Dezimalstellen, „\.“ nur Dreiergruppen/);
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('updates progress with "32,5", then prefills "32,5" and Enter sends the same number', async () => {
    const row = await keyResultRow(api(), REVENUE, 'New enterprise customers');
    const first = await runScripted(api(), UPDATE, [type('32,5'), accept()], { arg: row.node });
    first.assertDone();
    assert.strictEqual(first.asked[0].value, '30');
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 32.5 });
    emulator().clearRequests();
    const again = await runScripted(api(), UPDATE, [accept(), accept()], { arg: (await keyResultRow(api(), REVENUE, 'New enterprise customers')).node });
    again.assertDone();
    assert.strictEqual(again.asked[0].value, '32,5');
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 32.5 });
  });

  it('reads a German amount with grouping points and the euro sign', async () => {
    const row = await keyResultRow(api(), REVENUE, 'Annual recurring revenue');
    const script = await runScripted(api(), UPDATE, [type('312.500,5 €'), accept()], { arg: row.node });
    script.assertDone();
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 312500.5 });
  });

  it('sets a due date typed as a German phrase, with German examples in the prompt', async () => {
    const goal = findGoal(api(), 'Read 12 books this year');
    const script = await runScripted(api(), 'clickupGoals.editGoal', [choose('Fälligkeitsdatum'), type('nächsten Freitag'), choose('Speichern')], {
      arg: { kind: 'goal', goalId: goal.id },
    });
    script.assertDone();
    assert.match(script.asked[1].prompt ?? '', /31\.03\.2027 .*„Ende des Quartals“ .*„in 6 Wochen“/);
    assert.strictEqual(script.asked[1].placeholder, 'Ende des Quartals');
    const now = new Date();
    const ahead = (5 - now.getDay() + 7) % 7 || 7;
    const friday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, 23, 59, 59, 999);
    assert.match(script.asked[1].feedback?.message ?? '', new RegExp(`^Fällig Fr\\., ${friday.getDate()}\\. `), script.asked[1].feedback?.message);
    assert.strictEqual(onlyBody(emulator(), 'updateGoal').due_date, friday.getTime());
  });
});
