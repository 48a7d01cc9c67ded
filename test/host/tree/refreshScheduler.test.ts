// Periodic refresh runs only while the Goals view is visible, at the interval the setting gives
// (0 off, never below 60 s), and catches up at once when the view comes back with old data.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { GoalStore } from '../../../src/core/model/storeTypes';
import { RefreshScheduler, type Timers } from '../../../src/vscode/tree/refreshScheduler';
import { setSetting, waitFor } from './support/goalsExtension';

class FakeView {
  visible = false;
  private readonly emitter = new vscode.EventEmitter<vscode.TreeViewVisibilityChangeEvent>();
  readonly onDidChangeVisibility = this.emitter.event;

  show(visible: boolean): void {
    this.visible = visible;
    this.emitter.fire({ visible });
  }
}

class FakeTimers implements Timers {
  readonly running = new Map<number, { callback: () => void; ms: number }>();
  private next = 1;

  setInterval(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.running.set(id, { callback, ms });
    return id;
  }

  clearInterval(handle: unknown): void {
    this.running.delete(handle as number);
  }

  only(): { callback: () => void; ms: number } | undefined {
    return this.running.size === 1 ? [...this.running.values()][0] : undefined;
  }
}

function fakeStore(fetchedAgoMs: number): { store: GoalStore; refreshes: () => number; status: { value: string } } {
  let count = 0;
  const status = { value: 'ready' };
  const store = {
    get state() {
      return { status: status.value, fetchedAt: Date.now() - fetchedAgoMs };
    },
    refresh: () => {
      count += 1;
      return Promise.resolve();
    },
  } as unknown as GoalStore;
  return { store, refreshes: () => count, status };
}

const log = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('Periodic refresh', () => {
  const made: RefreshScheduler[] = [];

  function schedule(view: FakeView, store: GoalStore, timers: FakeTimers): RefreshScheduler {
    const scheduler = new RefreshScheduler(view, { store, canRefresh: () => true, log, timers });
    made.push(scheduler);
    return scheduler;
  }

  afterEach(async () => {
    made.splice(0).forEach((scheduler) => scheduler.dispose());
    await setSetting('refreshIntervalSeconds', undefined);
  });

  it('runs every 300 s by default, only while the view is visible', () => {
    const view = new FakeView();
    const timers = new FakeTimers();
    const { store, refreshes } = fakeStore(0);
    schedule(view, store, timers);
    assert.strictEqual(timers.running.size, 0, 'nothing while hidden');
    view.show(true);
    assert.strictEqual(timers.only()?.ms, 300_000);
    timers.only()?.callback();
    assert.strictEqual(refreshes(), 1);
    view.show(false);
    assert.strictEqual(timers.running.size, 0, 'stopped when hidden');
  });

  it('refreshes at once when the view comes back after the interval has passed', () => {
    const view = new FakeView();
    const timers = new FakeTimers();
    const { store, refreshes } = fakeStore(10 * 60_000);
    schedule(view, store, timers);
    view.show(true);
    assert.strictEqual(refreshes(), 1);
  });

  it('does not refresh at once when the data is fresh', () => {
    const view = new FakeView();
    const timers = new FakeTimers();
    const { store, refreshes } = fakeStore(1000);
    schedule(view, store, timers);
    view.show(true);
    assert.strictEqual(refreshes(), 0);
  });

  it('skips a tick while a refresh is already running', () => {
    const view = new FakeView();
    const timers = new FakeTimers();
    const { store, refreshes, status } = fakeStore(0);
    schedule(view, store, timers);
    view.show(true);
    status.value = 'loading';
    timers.only()?.callback();
    assert.strictEqual(refreshes(), 0);
  });

  it('is off with 0 and never runs more often than once a minute', async () => {
    const view = new FakeView();
    const timers = new FakeTimers();
    schedule(view, fakeStore(0).store, timers);
    view.show(true);
    await setSetting('refreshIntervalSeconds', 0);
    await waitFor(() => timers.running.size === 0, 'the timer to stop');
    await setSetting('refreshIntervalSeconds', 5);
    await waitFor(() => timers.only()?.ms === 60_000, 'a one-minute interval');
  });
});
