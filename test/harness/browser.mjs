// Launches Debian's chromium through the project's own playwright-core (never a downloaded browser) with a
// throwaway profile inside the run directory. The harness closes it itself on Ctrl+C, after which it stops
// the server, so Playwright's own signal handling is off.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './config.mjs';

export const VIEWPORT = { width: 1400, height: 900 };

/** Returns { context, page }; the browser is closed by the run's cleanups. */
export async function launchBrowser(runDir) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no chromium at ${CHROMIUM}: run node test/harness/install-vscode.mjs (or set CHROMIUM)`);
  }
  const context = await chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: VIEWPORT,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  onCleanup(() => context.close().catch(() => {}));
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page };
}
