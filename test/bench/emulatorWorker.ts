// Runs the emulator in a worker thread, so its CPU time (routing, serialising thousands of goals)
// is spent on another core and does not count against the strategy being measured, as with the
// real service. The bench talks to it through benchEmulator.ts; this side only obeys commands.
import { parentPort, workerData } from 'worker_threads';
import { startEmulator } from '../../src/emulator/server';
import type { EmulatorOptions } from '../../src/emulator/types';
import type { WorkerCommand, WorkerReply } from './workerProtocol';

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('emulatorWorker must run as a worker thread');
  const emulator = await startEmulator(workerData as EmulatorOptions);
  port.postMessage({ id: 0, value: { url: emulator.url, token: emulator.token, teamId: emulator.teamId } } satisfies WorkerReply);
  port.on('message', (command: WorkerCommand) => {
    const reply = (value: unknown): void => port.postMessage({ id: command.id, value } satisfies WorkerReply);
    switch (command.kind) {
      case 'count':
        reply(command.routes ? emulator.requests.filter((request) => command.routes?.includes(request.route)).length : emulator.requests.length);
        break;
      case 'clearRequests':
        reply(emulator.clearRequests());
        break;
      case 'injectFault':
        reply(emulator.injectFault(command.fault));
        break;
      case 'setRateLimit':
        reply(emulator.setRateLimit(command.perWindow));
        break;
      case 'resetRateLimit':
        reply(emulator.resetRateLimit());
        break;
      case 'spendRateLimit':
        reply(emulator.spendRateLimit(command.count));
        break;
      case 'close':
        void emulator.close().then(() => {
          reply(undefined);
          port.close();
        });
        break;
    }
  });
}

serve().catch((error: unknown) => {
  parentPort?.postMessage({ id: 0, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
});
