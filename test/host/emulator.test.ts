// The host can reach a per-suite emulator: the plumbing host tests rely on.
import * as assert from 'assert';
import { useEmulator } from './support/emulator';

describe('Emulator inside the extension host', () => {
  const emulator = useEmulator();

  it('points the extension environment at the running emulator', () => {
    assert.strictEqual(process.env.CLICKUP_GOALS_API_BASE_URL, emulator().url);
    assert.strictEqual(process.env.CLICKUP_GOALS_TEST_TOKEN, emulator().token);
  });

  it('answers an authorized request from the host', async () => {
    const response = await fetch(`${emulator().url}/user`, { headers: { Authorization: emulator().token } });
    assert.strictEqual(response.status, 200);
  });
});
