/** The CLI's arguments, parsed with node:util so that usage errors are exact and cheap. */
import { parseArgs } from 'node:util';

export const FORMATS = ['json', 'markdown', 'html', 'cyclonedx', 'spdx', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

export interface ScanCommand {
  command: 'scan';
  root: string;
  format: OutputFormat;
  failOn: FailLevel | undefined;
  output: string | undefined;
  policy: string | undefined;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  gitignore: boolean;
  maxFileBytes: number | undefined;
  quiet: boolean;
  /** Replace an existing --output / --write-baseline file that this tool did not write. */
  force: boolean;
  /** Look unknown Hub ids up on the Hugging Face Hub (`--online`), or in its cache only (`--offline`). */
  online: 'off' | 'online' | 'cache-only';
  /** Where Hub answers are cached (default: $XDG_CACHE_HOME or ~/.cache, then ai-license-lens/hub). */
  cacheDir: string | undefined;
}

export type CliCommand = ScanCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: ai-license-lens scan <dir> [options]

Finds the AI models a folder names (code, config, notebooks, model cards, license files) and says what
their licenses allow.

Options:
  --format <f>          json | markdown | html | cyclonedx | spdx | sarif   (default: json)
  --output <file>       write the report to a file instead of standard output; an existing
                        file is replaced only if ai-license-lens wrote it (else use --force)
  --force               replace an existing --output / --write-baseline file of any kind
  --fail-on <level>     error | warning | info | never: exit 1 when a finding reaches it
                        (default: the policy's failOn, else error)
  --policy <file>       policy file (default: <dir>/.ai-license-lens.json when present)
  --baseline <file>     report and fail only on findings that are not in this baseline
  --write-baseline <f>  write the current findings as a baseline file
  --no-gitignore        scan files that .gitignore excludes
  --max-file-size <n>   skip files larger than n bytes (default 5242880)
  --online              look up models the dataset does not know on the Hugging Face Hub
                        (their cards' license and base_model; answers cached; HF_TOKEN for gated repos)
  --offline             the same from the cache only: no request leaves the machine
  --cache-dir <dir>     where Hub answers are cached (default ~/.cache/ai-license-lens/hub)
  --quiet               no summary on standard error
  -h, --help            this text
  -v, --version         the version

Exit codes: 0 no finding reaches the fail level, 1 one does, 2 bad usage or unreadable input.`;

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        policy: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        force: { type: 'boolean' },
        online: { type: 'boolean' },
        offline: { type: 'boolean' },
        'cache-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, root, ...extra] = positionals;
  if (!command) throw new UsageError('missing command: try `ai-license-lens scan <dir>`');
  if (command !== 'scan') throw new UsageError(`unknown command "${command}": the command is "scan"`);
  if (!root) throw new UsageError('missing folder: `ai-license-lens scan <dir>`');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": scan takes one folder`);
  const format = oneOf(values.format ?? 'json', FORMATS, '--format');
  const failOn = values['fail-on'] === undefined ? undefined : oneOf(values['fail-on'], FAIL_LEVELS, '--fail-on');
  let maxFileBytes: number | undefined;
  if (values['max-file-size'] !== undefined) {
    maxFileBytes = Number(values['max-file-size']);
    if (!Number.isInteger(maxFileBytes) || maxFileBytes <= 0) {
      throw new UsageError('--max-file-size takes a positive whole number of bytes');
    }
  }
  if (values.online && values.offline) throw new UsageError('--online and --offline exclude each other');
  if (values['cache-dir'] !== undefined && !values.online && !values.offline) {
    throw new UsageError('--cache-dir needs --online or --offline');
  }
  return {
    command: 'scan',
    root,
    format,
    failOn,
    output: values.output,
    policy: values.policy,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    gitignore: !values['no-gitignore'],
    maxFileBytes,
    quiet: values.quiet ?? false,
    force: values.force ?? false,
    online: values.online ? 'online' : values.offline ? 'cache-only' : 'off',
    cacheDir: values['cache-dir'],
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}
