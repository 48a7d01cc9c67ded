// The extension loads and activates in a real VS Code extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'clickup-goals-team.clickup-goals';

describe('Extension host', () => {
  it('has the extension installed from the development folder', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    assert.strictEqual((extension.packageJSON as { name?: string }).name, 'clickup-goals');
  });

  it('activates the extension', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    await extension?.activate();
    assert.strictEqual(extension?.isActive, true);
  });

  it('runs remotely under code-server, locally under Electron', () => {
    // The drivers say which host they started (CLICKUP_GOALS_TEST_HOST).
    if (process.env.CLICKUP_GOALS_TEST_HOST === 'code-server') {
      assert.ok(vscode.env.remoteName, 'expected a remote extension host');
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
      assert.strictEqual(vscode.extensions.getExtension(extensionId)?.extensionKind, vscode.ExtensionKind.Workspace);
    } else {
      assert.strictEqual(vscode.env.remoteName, undefined);
    }
  });
});
