/** `ai-license-lens scan <dir>`: the same engine and scan as the editor, for CI. Returns the exit code. */
import { existsSync, promises as fs, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parsePolicyFile, POLICY_FILE_NAME } from '../core/assess/policy-file';
import { DEFAULT_POLICY, type Policy } from '../core/assess/policy';
import { severityRank } from '../core/assess/verdict';
import { DatasetError } from '../core/dataset/load';
import { loadDatasetFile } from '../core/dataset/load-file';
import { createEngine, type Engine } from '../core/engine';
import type { ScanResult } from '../core/finding';
import { createBaseline, filterByBaseline, parseBaseline, serializeBaseline } from '../core/report/baseline';
import { renderReport } from '../core/report';
import { createHubLookup, defaultCacheDir, enrichWithOnlineLookup } from '../core/online';
import { scanFolder } from '../core/scan/scan';
import { createFileAnalyzers } from '../core/analyzers';
import { VERSION } from '../core/version';
import { parseCliArgs, UsageError, USAGE, type FailLevel, type ScanCommand } from './args';
import { replaceRefusal } from './replace-guard';
import { summaryLine } from './summary';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Path of dataset.json; the CLI bundle ships it beside itself. */
  datasetPath: string;
  signal?: AbortSignal;
  /** Environment for `--online` (HF_TOKEN, HF_ENDPOINT, XDG_CACHE_HOME); process.env when absent. */
  env?: Record<string, string | undefined>;
}

class InputError extends Error {}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv);
    if (command.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    return await runScan(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ai-license-lens: ${error.message} (see --help)\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof DatasetError) {
      io.stderr(`ai-license-lens: ${error.message}\n`);
      return 2;
    }
    io.stderr(`ai-license-lens: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, command.root);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat) throw new InputError(`cannot read ${command.root}: no such folder`);
  if (!stat.isDirectory()) throw new InputError(`${command.root} is not a folder`);
  // Before the scan, so that a refused path costs nothing.
  for (const path of [command.output, command.writeBaseline]) {
    const refusal = path && (await replaceRefusal(resolve(io.cwd, path), path, command.force));
    if (refusal) throw new InputError(refusal);
  }

  const policy = await readPolicy(command, root, io.cwd);
  const { view } = loadDatasetFile(io.datasetPath);
  const engine = createEngine({ dataset: view, policy });
  let result = await scanFolder(root, engine, {
    // License texts, model cards, Modelfile LICENSE blocks and model-file headers, beside the model references.
    fileAnalyzers: createFileAnalyzers(engine),
    // A large tree is scanned on worker threads, each with its own engine over the same dataset and policy, and
    // on this thread too (it would only wait).
    workers: { datasetPath: io.datasetPath, fileAnalyzers: 'standard', callerThread: 'throughout' },
    // Nothing else runs on this thread: a blocking read saves the idle wait of an awaited one (~3 ms per file).
    readFile: readFileSync,
    maxFileBytes: command.maxFileBytes,
    useGitignore: command.gitignore,
    signal: io.signal,
    toolVersion: VERSION,
    displayRoot: command.root,
    // A report or baseline written into the scanned folder by an earlier run must not become a finding.
    skipPaths: [command.output, command.writeBaseline, command.baseline].flatMap((path) =>
      path ? [realpathOrSelf(resolve(io.cwd, path))] : [],
    ),
  });

  let reportView = view;
  if (command.online !== 'off') {
    const online = await lookUpUnknownModels(command, result, engine, root, io);
    result = online.result;
    reportView = online.engine.dataset;
  }

  if (command.writeBaseline) {
    await writeOutput(resolve(io.cwd, command.writeBaseline), serializeBaseline(createBaseline(result)));
  }
  if (command.baseline) {
    const text = await fs.readFile(resolve(io.cwd, command.baseline), 'utf8').catch(() => {
      throw new InputError(`cannot read the baseline ${command.baseline}`);
    });
    let baseline;
    try {
      baseline = parseBaseline(text);
    } catch (error) {
      throw new InputError(`${command.baseline}: ${(error as Error).message}`);
    }
    result = filterByBaseline(result, baseline);
  }

  const report = renderReport(command.format, result, reportView);
  if (command.output) await writeOutput(resolve(io.cwd, command.output), report);
  else io.stdout(report.endsWith('\n') ? report : `${report}\n`);

  const failOn = command.failOn ?? policy.failOn;
  const failing = countFailing(result, failOn);
  if (!command.quiet) io.stderr(`${summaryLine(result, failOn, failing)}\n`);
  return failing > 0 ? 1 : 0;
}

/** `--online` / `--offline`: unknown Hub ids of the result looked up (or read from the cache) and re-assessed. */
async function lookUpUnknownModels(command: ScanCommand, result: ScanResult, engine: Engine, root: string, io: CliIo) {
  const env = io.env ?? process.env;
  const cacheDir = command.cacheDir ? resolve(io.cwd, command.cacheDir) : defaultCacheDir(env, homedir());
  const warn = (message: string) => io.stderr(`ai-license-lens: ${message}\n`);
  const lookup = createHubLookup({
    cacheDir,
    offline: command.online === 'cache-only',
    env,
    warn,
  });
  const enriched = await enrichWithOnlineLookup(result, engine, lookup, {
    signal: io.signal,
    readText: (file) => fs.readFile(join(root, file), 'utf8'),
  });
  if (!command.quiet && enriched.looked > 0) {
    const outcomes = [...enriched.live.outcomes.values()];
    const fromCache = outcomes.filter((outcome) => outcome.from === 'cache').length;
    const failed = outcomes.filter((outcome) => !outcome.answer.ok).length;
    const where = command.online === 'cache-only' ? 'the Hub cache (offline)' : 'the Hugging Face Hub';
    warn(`${enriched.looked} unknown model id(s) looked up on ${where}: ${outcomes.length - failed} answered (${fromCache} from the cache), ${failed} without facts`);
  }
  return enriched;
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

async function readPolicy(command: ScanCommand, root: string, cwd: string): Promise<Policy> {
  const path = command.policy ? resolve(cwd, command.policy) : join(root, POLICY_FILE_NAME);
  if (!command.policy && !existsSync(path)) return DEFAULT_POLICY;
  const text = await fs.readFile(path, 'utf8').catch(() => {
    throw new InputError(`cannot read the policy file ${command.policy ?? path}`);
  });
  const parsed = parsePolicyFile(text);
  if (!parsed.ok) throw new InputError(parsed.error);
  return parsed.policy;
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await fs.writeFile(path, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function countFailing(result: ScanResult, failOn: FailLevel): number {
  if (failOn === 'never') return 0;
  const threshold = severityRank(failOn);
  return result.findings.filter((finding) => finding.severity !== 'none' && severityRank(finding.severity) >= threshold)
    .length;
}
