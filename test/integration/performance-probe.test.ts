// The benchmarks' probe in the real extension host (bench/editor.mjs runs it alone, with `--grep "performance
// probe"` on a generated workspace): how long `activate` took, the memory the extension adds to the host by the
// end of a full workspace scan (the report command), dataset included, and the diagnostics of a 5,000-line
// document through the whole editor path. It asserts only that it could measure;
// the figures go to the JSON file named by AI_LICENSE_LENS_PERF_OUT and to the log. Timings are never asserted.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ScanResult } from '../../src/core/finding';
import type { AiLicenseLensApi } from '../../src/vscode/extension';
import { pythonDocument } from '../../bench/editor-document';
import { EXTENSION_ID, openUntitled, withSettings } from './support/editor';

const OUTPUT_VARIABLE = 'AI_LICENSE_LENS_PERF_OUT';
const MiB = 2 ** 20;
const EDIT_RUNS = 21;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * The whole editor path for the benchmarks' 5,000-line document: the first check when it opens, then the median
 * re-check after a one-line edit (findings, diagnostics, `collection.set`). The debounce is pushed out so that
 * only these explicit checks run.
 */
async function timeDiagnostics(api: AiLicenseLensApi) {
  return withSettings({ 'diagnostics.debounceMs': 5000 }, async () => {
    const text = pythonDocument(5000);
    const document = await openUntitled('python', text);
    let started = performance.now();
    await api.refresh(document);
    const openMs = performance.now() - started;
    const lines = document.lineCount;
    const line = Math.floor(lines / 2);
    const samples: number[] = [];
    for (let run = 0; run < EDIT_RUNS; run++) {
      const edit = new vscode.WorkspaceEdit();
      // Alternating texts: no check finds the text of the one before.
      edit.replace(document.uri, document.lineAt(line).range, `        retries_${run % 2} = self.config.get("retries", ${run % 2})`);
      assert.ok(await vscode.workspace.applyEdit(edit));
      started = performance.now();
      await api.refresh(document);
      samples.push(performance.now() - started);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    return { documentOpenCheckMs: openMs, documentEditCheckMs: median(samples), documentLines: lines };
  });
}

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
    const editor = await timeDiagnostics(api);
    const figures = {
      ...editor,
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
