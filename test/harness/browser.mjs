// Launches Debian's chromium through the project's own playwright-core (never a downloaded browser) with a
// throwaway profile inside the run directory. The harness closes it itself on Ctrl+C, after which it stops
// the server, so Playwright's own signal handling is off.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './config.mjs';

/** Window size; E2E_VIEWPORT=1400x1300 gives README screenshots room (a hover is at most ~1/4 of the editor tall). */
export const VIEWPORT = (() => {
  const [width, height] = (process.env.E2E_VIEWPORT || '1400x900').split('x').map(Number);
  if (!(width > 0 && height > 0)) throw new Error(`E2E_VIEWPORT must look like 1400x900, not ${process.env.E2E_VIEWPORT}`);
  return { width, height };
})();

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
