/** Entry point of the `ai-license-lens` command (bundled to dist/cli.js, dataset.json beside it). */
import { join } from 'node:path';
import { runCli } from './run';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  datasetPath: process.env.AI_LICENSE_LENS_DATASET ?? join(__dirname, 'dataset.json'),
  signal: controller.signal,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ai-license-lens: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
