// Scenario 8: the goal page's webview. Its size as users download it (the minified script, its
// stylesheet and the codicon font, as build:prod writes them to dist/goalPage/), and the time to
// its first render with 20 key results: the view model built in Node (as the extension does), then
// the production script drawing it in Debian's chromium (the engine of a webview), from the message
// to the page laid out. No naive counterpart: there was no page before.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { gzipSync } from 'zlib';
import { PAGE_LABEL_KEYS } from '../../src/core/goalPage/pageMessages';
import type { HostMessage, PageLabels } from '../../src/core/goalPage/pageMessages';
import { buildGoalPage } from '../../src/core/goalPage/viewModel';
import type { Goal, KeyResult, KeyResultType } from '../../src/core/domain/types';
import { launchBrowser } from '../harness/browser';
import { runBuild } from './extensionBundle';
import { formatBytes, formatMs } from './measure';
import type { BenchRow } from './table';

const section = '9. Goal page';
const DAY = 86_400_000;
const TYPES: KeyResultType[] = ['number', 'currency', 'percentage', 'boolean', 'automatic'];

function sampleGoal(keyResultCount: number, nowMs: number): { goal: Goal; keyResults: KeyResult[] } {
  const owner = { id: 1, username: 'Hannah Becker', email: 'h@example.com', color: '#32a852', initials: 'HB', profilePicture: null };
  const keyResults = Array.from({ length: keyResultCount }, (_, index): KeyResult => {
    const type = TYPES[index % TYPES.length];
    const end = type === 'boolean' ? 1 : 100;
    return {
      id: `kr-${index}`, goalId: 'g', name: `Key result number ${index + 1} with a realistic name`, type, rawType: type, creator: 1, dateCreated: nowMs - 60 * DAY,
      stepsStart: 0, stepsEnd: end, stepsCurrent: type === 'boolean' ? index % 2 : (index * 7) % 100, unit: type === 'currency' ? '€' : '',
      reportedPercent: null, completed: false, taskIds: [], listIds: [], owners: [owner],
      lastAction: { id: `a-${index}`, userId: 1, note: `Weekly update ${index}: numbers from the review.`, dateModified: nowMs - (index + 1) * DAY, stepsBefore: 0, stepsTaken: 1, stepsCurrent: null },
    };
  });
  const goal: Goal = {
    id: 'g', prettyId: '1', name: 'Launch Northwind in the DACH market', teamId: '1', dateCreated: nowMs - 60 * DAY, startDate: nowMs - 60 * DAY, dueDate: nowMs + 30 * DAY,
    description: 'Localised product, **two reseller partners** and a launch event.\n\n- one\n- two', private: false, archived: false, pinned: false, creator: 1,
    color: '#e5484d', multipleOwners: false, folderId: null, owners: [owner], members: [owner], percentCompleted: 40, keyResultCount, keyResults: null, prettyUrl: null, dateUpdated: null,
  };
  return { goal, keyResults };
}

function message(keyResultCount: number): { message: HostMessage; buildMs: number } {
  const nowMs = Date.now();
  const { goal, keyResults } = sampleGoal(keyResultCount, nowMs);
  const recorded = Array.from({ length: 50 }, (_, index) => ({ at: nowMs - (50 - index) * DAY, percent: index }));
  const labels = Object.fromEntries(PAGE_LABEL_KEYS.map((key) => [key, key])) as PageLabels;
  const texts = { pace: (): string => 'On track.', age: (): string => '2 days ago', someone: 'someone', locale: 'en' };
  const build = (): HostMessage => ({
    type: 'show',
    model: buildGoalPage({ goal, folderName: 'Company OKRs', keyResults, recorded, members: goal.members, nowMs }, texts),
    labels,
    chartNote: '',
    chartSummary: 'Progress over time',
  });
  build(); // warm up
  const runs: number[] = [];
  let built = build();
  for (let run = 0; run < 20; run++) {
    const started = performance.now();
    built = build();
    runs.push(performance.now() - started);
  }
  return { message: built, buildMs: median(runs) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Renders in chromium: the first render of a fresh page (median of 5 pages), and redraws (a live update, median of 10). */
async function renderTimes(assets: string, shown: HostMessage): Promise<{ firstMs: number; redrawMs: number }> {
  // A string, evaluated in the page (this file is compiled without DOM types).
  const script = `(async () => {
    const before = Number(document.body.dataset.rendered ?? '0');
    const started = performance.now();
    window.postMessage(${JSON.stringify(shown)}, '*');
    while (Number(document.body.dataset.rendered ?? '0') === before) {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    void document.body.offsetHeight;
    return performance.now() - started;
  })()`;
  const browser = await launchBrowser();
  try {
    const firsts: number[] = [];
    const redraws: number[] = [];
    for (let pageRun = 0; pageRun < 5; pageRun++) {
      const page = await browser.newPage();
      await page.setContent('<!DOCTYPE html><html><head></head><body><div id="root"></div></body></html>');
      await page.addStyleTag({ content: fs.readFileSync(path.join(assets, 'goalPage.css'), 'utf8') });
      await page.addScriptTag({ content: 'window.acquireVsCodeApi = () => ({ postMessage() {}, setState() {} });' });
      await page.addScriptTag({ content: fs.readFileSync(path.join(assets, 'goalPage.js'), 'utf8') });
      firsts.push(await page.evaluate<number>(script));
      if (pageRun === 0) {
        for (let run = 0; run < 10; run++) redraws.push(await page.evaluate<number>(script));
      }
      await page.close();
    }
    return { firstMs: median(firsts), redrawMs: median(redraws) };
  } finally {
    await browser.close();
  }
}

export async function benchGoalPage(repoRoot: string, options: { keyResults: number }): Promise<BenchRow[]> {
  await runBuild(repoRoot, 'production');
  const assets = path.join(repoRoot, 'dist', 'goalPage');
  const size = (name: string): number => fs.statSync(path.join(assets, name)).size;
  const script = size('goalPage.js');
  const scriptGzip = gzipSync(fs.readFileSync(path.join(assets, 'goalPage.js'))).length;
  const styles = size('goalPage.css');
  const font = size('codicon.css') + size('codicon.ttf');
  const { message: shown, buildMs } = message(options.keyResults);
  const { firstMs, redrawMs } = await renderTimes(assets, shown);
  const bytes = (value: number): string => `${value} B (${formatBytes(value)})`;
  return [
    { section, metric: 'dist/goalPage/goalPage.js', ours: bytes(script), naive: '-', ratio: '-', note: `measured; build:prod (minified, ${formatBytes(scriptGzip)} gzipped), no library` },
    { section, metric: 'goalPage.css + codicon.css/ttf', ours: `${bytes(styles)} + ${bytes(font)}`, naive: '-', ratio: '-', note: 'measured; the codicon font is most of it (the only way to show codicons in a webview)' },
    { section, metric: `${options.keyResults} key results: view model`, ours: formatMs(buildMs), naive: '-', ratio: '-', note: 'measured in Node, median of 20: buildGoalPage with 50 recorded points' },
    { section, metric: `${options.keyResults} key results: first render`, ours: formatMs(firstMs), naive: '-', ratio: '-', note: 'measured in chromium, median of 5 fresh pages: message posted to the page drawn and laid out (production script)' },
    { section, metric: `${options.keyResults} key results: redraw (live update)`, ours: formatMs(redrawMs), naive: '-', ratio: '-', note: 'measured in chromium, median of 10' },
  ];
}
