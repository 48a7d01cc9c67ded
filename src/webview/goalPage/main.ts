/**
 * The goal page's script in the webview: it draws what the extension sends and
 * posts back intents. It never calls an API and never sees a token. It keeps
 * only the goal id as its state, so the panel can be restored after a reload.
 */
import type { GoalPageIntent } from '../../core/goalPage/intents';
import type { GoalPageState, HostMessage } from '../../core/goalPage/pageMessages';
import { renderGone, renderPage } from './render';

interface VsCodeApi {
  postMessage(message: GoalPageIntent): void;
  setState(state: GoalPageState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root');

function show(message: HostMessage): void {
  if (root === null) {
    return;
  }
  // Keep keyboard focus on the same control across a redraw (live updates).
  const focused = document.activeElement;
  const focusKey = focused instanceof HTMLElement ? (focused.getAttribute('aria-label') ?? focused.getAttribute('title')) : null;
  if (message.type === 'gone') {
    root.replaceChildren(renderGone(message.title, message.text));
    document.title = message.title;
    return;
  }
  vscode.setState({ goalId: message.model.goalId });
  root.replaceChildren(renderPage(message.model, message.labels, { note: message.chartNote, summary: message.chartSummary }, (intent) => vscode.postMessage(intent)));
  document.title = message.model.name;
  if (focusKey !== null) {
    const again = [...root.querySelectorAll<HTMLElement>('button, input')].find(
      (candidate) => (candidate.getAttribute('aria-label') ?? candidate.getAttribute('title')) === focusKey,
    );
    again?.focus();
  }
  document.body.dataset.rendered = String(Number(document.body.dataset.rendered ?? '0') + 1);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message?.type === 'show' || message?.type === 'gone') {
    show(message);
  }
});

vscode.postMessage({ type: 'ready' });
