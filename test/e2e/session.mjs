// The one workbench the e2e specs share. test/harness/run-e2e.mjs starts the server (with the packaged
// extension installed), opens the workspace in chromium and sets it here before mocha loads the specs.
import { waitForWorkbench } from './ui.mjs';

let current;

/** @param {{ page: import('playwright-core').Page, url: string, workspace: string }} value */
export function setSession(value) {
  current = value;
}

/** The shared workbench: `{ page, url, workspace }`. */
export function session() {
  if (!current) throw new Error('no workbench: run the e2e specs through `npm run test:e2e`');
  return current;
}

/**
 * Opens `folder` in the same workbench (the page reloads with `?folder=`, the extension host restarts) and makes
 * it the session's workspace. The demo spec uses it for the README pictures, then goes back to the fixture.
 */
export async function openWorkspace(folder) {
  const { page, url } = session();
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await waitForWorkbench(page);
  current = { ...current, workspace: folder };
}
