// Messages between the bench and the emulator's worker thread (see emulatorWorker.ts).
import type { FaultSpec, RouteName } from '../../src/emulator/types';

export type WorkerCommand = { id: number } & (
  | { kind: 'count'; routes?: readonly (RouteName | 'unknown')[] }
  | { kind: 'clearRequests' }
  | { kind: 'injectFault'; fault: FaultSpec }
  | { kind: 'setRateLimit'; perWindow: number }
  | { kind: 'resetRateLimit' }
  | { kind: 'spendRateLimit'; count: number }
  | { kind: 'close' }
);

/** id 0 is the start-up answer: the emulator's address and token, or why it failed. */
export interface WorkerReply {
  id: number;
  value?: unknown;
  error?: string;
}

export interface EmulatorAddress {
  url: string;
  token: string;
  teamId: string;
}
