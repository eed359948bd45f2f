/**
 * Walks a folder and yields the files to scan, and every file or folder it skips with the reason.
 * Follows no symlink out of the root, never enters a folder twice (link loops), honours .gitignore files,
 * default and policy excludes, and stops when the signal aborts.
 */
import { promises as fs } from 'node:fs';
import { join, sep } from 'node:path';
import {
  DEFAULT_EXCLUDED_DIRS,
  createExcludeMatcher,
  isGitIgnored,
  parseGitignore,
  type GitignoreLayer,
} from './ignore-rules';

export type WalkEntry =
  | { type: 'file'; path: string; relativePath: string; size: number }
  | { type: 'skip'; relativePath: string; reason: SkipReason };

export type SkipReason =
  | 'gitignored'
  | 'excluded'
  | 'default-excluded'
  | 'symlink-outside-root'
  | 'symlink-loop'
  | 'symlink-duplicate'
  | 'broken-symlink'
  | 'unreadable'
  | 'too-deep'
  | 'not-a-file';

export interface WalkOptions {
  exclude?: readonly string[];
  useGitignore?: boolean;
  useDefaultExcludes?: boolean;
  maxDepth?: number;
  signal?: AbortSignal;
}

export async function* walkFolder(root: string, options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  const realRoot = await fs.realpath(root);
  const isExcluded = createExcludeMatcher(options.exclude ?? []);
  const useGitignore = options.useGitignore ?? true;
  const useDefaults = options.useDefaultExcludes ?? true;
  const maxDepth = options.maxDepth ?? 64;
  const visitedDirs = new Set<string>([realRoot]);

  type Pending = { path: string; relative: string; depth: number; layers: GitignoreLayer[] };
  const stack: Pending[] = [{ path: realRoot, relative: '', depth: 0, layers: [] }];

  while (stack.length > 0) {
    if (options.signal?.aborted) return;
    const dir = stack.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir.path, { withFileTypes: true });
    } catch {
      yield { type: 'skip', relativePath: dir.relative || '.', reason: 'unreadable' };
      continue;
    }
    let layers = dir.layers;
    if (useGitignore && entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      try {
        const text = await fs.readFile(join(dir.path, '.gitignore'), 'utf8');
        layers = [...layers, parseGitignore(dir.relative, text)];
      } catch {
        // An unreadable .gitignore ignores nothing; the files below are still scanned.
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: Pending[] = [];
    for (const entry of entries) {
      const relative = dir.relative ? `${dir.relative}/${entry.name}` : entry.name;
      const path = join(dir.path, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let realPath = path;
      if (entry.isSymbolicLink()) {
        try {
          realPath = await fs.realpath(path);
          const stat = await fs.stat(realPath);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          yield { type: 'skip', relativePath: relative, reason: 'broken-symlink' };
          continue;
        }
        if (realPath !== realRoot && !realPath.startsWith(realRoot + sep)) {
          yield { type: 'skip', relativePath: relative, reason: 'symlink-outside-root' };
          continue;
        }
        if (isFile) {
          // The target is inside the root and is scanned at its own path: reading it twice would count it twice.
          yield { type: 'skip', relativePath: relative, reason: 'symlink-duplicate' };
          continue;
        }
      }
      if (isDirectory && useDefaults && DEFAULT_EXCLUDED_DIRS.has(entry.name)) {
        yield { type: 'skip', relativePath: relative, reason: 'default-excluded' };
        continue;
      }
      if (isExcluded(relative)) {
        yield { type: 'skip', relativePath: relative, reason: 'excluded' };
        continue;
      }
      if (useGitignore && isGitIgnored(layers, relative, isDirectory)) {
        yield { type: 'skip', relativePath: relative, reason: 'gitignored' };
        continue;
      }
      if (isDirectory) {
        if (visitedDirs.has(realPath)) {
          yield { type: 'skip', relativePath: relative, reason: 'symlink-loop' };
          continue;
        }
        if (dir.depth + 1 > maxDepth) {
          yield { type: 'skip', relativePath: relative, reason: 'too-deep' };
          continue;
        }
        visitedDirs.add(realPath);
        subdirs.push({ path: realPath, relative, depth: dir.depth + 1, layers });
      } else if (isFile) {
        let size = 0;
        try {
          size = (await fs.stat(realPath)).size;
        } catch {
          yield { type: 'skip', relativePath: relative, reason: 'unreadable' };
          continue;
        }
        yield { type: 'file', path: realPath, relativePath: relative, size };
      } else {
        yield { type: 'skip', relativePath: relative, reason: 'not-a-file' };
      }
    }
    // Depth-first in name order: push in reverse so the first name is visited first.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
}
