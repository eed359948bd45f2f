/**
 * What the scan leaves out: sensible default folders, the policy's globs, and every `.gitignore` on the way down
 * (with git's own semantics, through the `ignore` package).
 */
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Folders nobody wants scanned: dependencies, VCS data, build output, caches, virtual environments. */
export const DEFAULT_EXCLUDED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'dist',
  'out',
  'build',
  '.next',
  '.nuxt',
  '.turbo',
  '.cache',
  '.parcel-cache',
  'coverage',
  '.venv',
  'venv',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.tox',
  'site-packages',
  '.gradle',
  'target',
  '.idea',
  '.vscode-test',
  '.terraform',
]);

/** A .gitignore found at `base` (a root-relative POSIX folder, '' for the root). */
export interface GitignoreLayer {
  base: string;
  rules: Ignore;
}

export function parseGitignore(base: string, text: string): GitignoreLayer {
  return { base, rules: ignore({ allowRelativePaths: true }).add(text) };
}

/** True when any layer (outermost first) ignores the root-relative POSIX path. */
export function isGitIgnored(layers: readonly GitignoreLayer[], relativePath: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const local = layer.base === '' ? relativePath : relativePath.slice(layer.base.length + 1);
    if (!local) continue;
    if (layer.rules.ignores(isDirectory ? `${local}/` : local)) return true;
  }
  return false;
}

export function createExcludeMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => picomatch(glob, { dot: true }));
  return (relativePath) => matchers.some((match) => match(relativePath) || match(`${relativePath}/`));
}
