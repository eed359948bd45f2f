// The one workbench the e2e specs share. test/harness/run-e2e.mjs starts the server (with the packaged
// extension installed), opens the workspace in chromium and sets it here before mocha loads the specs.
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
