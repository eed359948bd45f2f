// The benchmarks' probe in the real extension host (bench/editor.mjs runs it alone, with `--grep "performance
// probe"` on a generated workspace): how long `activate` took, and the memory the extension adds to the host by
// the end of a full workspace scan (the report command), dataset included. It asserts only that it could measure;
// the figures go to the JSON file named by AI_LICENSE_LENS_PERF_OUT and to the log. Timings are never asserted.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ScanResult } from '../../src/core/finding';
import type { AiLicenseLensApi } from '../../src/vscode/extension';
import { EXTENSION_ID } from './support/editor';

const OUTPUT_VARIABLE = 'AI_LICENSE_LENS_PERF_OUT';
const MiB = 2 ** 20;

/** A full collection makes the before/after figures retained memory, not garbage awaiting collection. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function usage() {
  collectGarbage();
  const { heapUsed, external, rss } = process.memoryUsage();
  return { heapAndExternal: heapUsed + external, rss };
}

describe('performance probe', () => {
  it('measures activation and the memory a workspace scan adds to the extension host', async function () {
    this.timeout(600_000);
    const extension = vscode.extensions.getExtension<AiLicenseLensApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const wasActive = extension.isActive;
    const api = await extension.activate();
    // Nothing has used the extension yet when this runs alone: the dataset is not loaded (engine() is undefined).
    const datasetLoadedBefore = api.engine() !== undefined;
    const before = usage();
    const started = performance.now();
    const results = await vscode.commands.executeCommand<ScanResult[]>('aiLicenseLens.showReport');
    const scanMs = performance.now() - started;
    assert.ok(Array.isArray(results) && results.length > 0, 'the report command returned no scan result');
    const after = usage();
    const figures = {
      activationMs: api.activationMs,
      activatedBeforeTheTest: wasActive,
      datasetLoadedBefore,
      files: results.reduce((sum, result) => sum + result.stats.filesScanned, 0),
      bytes: results.reduce((sum, result) => sum + result.stats.bytesScanned, 0),
      findings: results.reduce((sum, result) => sum + result.findings.length, 0),
      reportMs: scanMs,
      addedHeapAndExternalMiB: (after.heapAndExternal - before.heapAndExternal) / MiB,
      addedRssMiB: (after.rss - before.rss) / MiB,
    };
    console.log(`      performance probe: ${JSON.stringify(figures)}`);
    const output = process.env[OUTPUT_VARIABLE];
    if (output) writeFileSync(output, JSON.stringify(figures));
  });
});
