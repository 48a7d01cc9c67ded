// Launches Debian's chromium through playwright-core (which ships no browser of its own).
import * as fs from 'fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './paths';

const flags = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No chromium at ${executablePath}. Run \`npm run host:setup\` (or set CLICKUP_GOALS_CHROMIUM).`);
  }
  return chromium.launch({ executablePath, args: flags, headless: true });
}
