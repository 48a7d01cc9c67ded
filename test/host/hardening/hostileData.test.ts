// Matrix (extension host): hostile and odd data through the Goals tree provider. The Node matrix's
// fixture (hostile text × places, odd shapes) is fed through the real client and store into a
// GoalTreeModel and GoalTreeProvider; then hostile text made through the API reaches the real
// extension's tree and status bar. Every item renders as plain text and nothing throws.
import * as assert from 'assert';
import { GoalTreeModel } from '../../../src/vscode/tree/goalTreeModel';
import { GoalTreeProvider } from '../../../src/vscode/tree/goalTreeProvider';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { HOSTILE_TEXTS, ODD_SHAPES, PLACES } from '../../unit/hardening/support/hostileFixture';
import { load, type Scenario } from '../../unit/hardening/support/hostileWorld';
import { assertNoLiveIcons, assertSafeLine } from '../../unit/hardening/support/rendering';
import { goalPickItem } from '../../../src/vscode/commands/goalArgument';
import { goalUrl } from '../../../src/vscode/commands/openInClickUp';
import { aGoal } from '../../unit/builders/domain';
import { goalInput, keyResultInput } from '../../unit/hardening/support/world';
import { ClickUpClient } from '../../../src/core/clickup/client';
import { nodeFetch } from '../../../src/core/clickup/nodeFetch';
import { useSignedIn } from '../support/signedIn';
import { goalsExtension, waitFor } from '../tree/support/goalsExtension';
import { walkAndCheck } from './support/treeWalk';

function silentLog(errors: string[]): ConstructorParameters<typeof GoalTreeModel>[2] {
  const nothing = (): void => undefined;
  return { trace: nothing, debug: nothing, info: nothing, warn: nothing, error: (message) => void errors.push(message) };
}

describe('Hardening (host): hostile data through the tree provider', () => {
  let api: ClickUpGoalsTestApi;

  before(async () => {
    api = await goalsExtension();
  });

  async function renderFixture(input: Scenario): Promise<number> {
    const loaded = await load(input);
    const errors: string[] = [];
    const model = new GoalTreeModel(loaded.store, api.options, silentLog(errors));
    const provider = new GoalTreeProvider({ model, pinnedGoalId: () => undefined, members: () => [], log: silentLog(errors) });
    try {
      const checked = await walkAndCheck(provider);
      assert.deepStrictEqual(errors, [], 'the provider logged no failure');
      return checked;
    } finally {
      provider.dispose();
      model.dispose();
      loaded.store.dispose();
    }
  }

  describe('the fixture', () => {
    let tried = 0;
    after(() => console.log(`host hostile text × places: ${tried} cases`));
    for (const [place, build] of Object.entries(PLACES)) {
      for (const [kind, hostile] of Object.entries(HOSTILE_TEXTS)) {
        it(`${place} with ${kind}`, async () => {
          tried += 1;
          assert.ok((await renderFixture(build(hostile))) > 0);
        });
      }
    }
  });

  describe('odd shapes', () => {
    let tried = 0;
    after(() => console.log(`host odd shapes: ${tried} cases`));
    for (const shape of ODD_SHAPES) {
      it(shape.name, async () => {
        tried += 1;
        await renderFixture(shape.build());
      });
    }
  });

  describe('a goal address from the service (Open in ClickUp)', () => {
    let tried = 0;
    after(() => console.log(`host goal addresses: ${tried} cases`));
    const hostile = ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', 'http://example.com/goal', 'vscode://settings', 'https://x y', ''];
    for (const prettyUrl of hostile) {
      it(`${JSON.stringify(prettyUrl)} is not opened; ClickUp's own address is`, () => {
        tried += 1;
        const url = goalUrl(aGoal({ prettyUrl, teamId: '9001', prettyId: '7' }));
        assert.strictEqual(url, 'https://app.clickup.com/9001/goals/7');
      });
    }
    it('an https address from the service is used as given', () => {
      tried += 1;
      assert.strictEqual(goalUrl(aGoal({ prettyUrl: 'https://app.clickup.com/9001/goals/7' })), 'https://app.clickup.com/9001/goals/7');
    });
  });

  describe('made through the API, in the real extension', () => {
    const { emulator } = useSignedIn();
    let tried = 0;

    after(() => {
      console.log(`host hostile text × the real tree and status bar: ${tried} cases`);
    });

    for (const [kind, hostile] of Object.entries(HOSTILE_TEXTS)) {
      it(`a goal, key result, unit and note with ${kind} show as plain text in the tree and the status bar`, async () => {
        tried += 1;
        const side = new ClickUpClient({ baseUrl: emulator().url, fetch: nodeFetch, token: () => emulator().oauthToken });
        const goal = await side.createGoal(emulator().teamId, goalInput(hostile, { description: hostile }));
        const kr = await side.createKeyResult(goal.id, keyResultInput(hostile, { type: 'currency', unit: hostile }));
        await side.editKeyResult(kr.id, { stepsCurrent: 3, note: hostile });
        await api.store.refresh();
        await waitFor(() => api.store.findGoal(goal.id) !== undefined, 'the hostile goal in the store');
        await api.store.loadKeyResults(goal.id, { force: true });
        assert.ok((await walkAndCheck(api.treeProvider)) > 0);
        const shown = api.store.findGoal(goal.id);
        assert.ok(shown);
        const pick = goalPickItem(shown, hostile);
        assertNoLiveIcons(pick.label, 'Go to Goal label');
        assertNoLiveIcons(pick.detail ?? '', 'Go to Goal detail');
        await api.pinned.pinGoal(goal.id);
        await waitFor(() => api.statusBar.view.text.includes('%'), 'the pinned goal in the status bar');
        assertSafeLine(api.statusBar.view.text, 60, 'status bar text');
        assert.ok(!/(^|[^\\])\$\((?!target\)|sync~spin\)|warning\))/.test(api.statusBar.view.text), 'no theme icon from the API in the status bar');
        api.statusBar.view.tooltip.split('\n').forEach((line) => assertSafeLine(line, 400, 'status bar tooltip'));
      });
    }
  });
});
