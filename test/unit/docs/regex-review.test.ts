import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Folders whose code may see workspace text; docs/regex-review.md must cover every regex in them. */
const REVIEWED_FOLDERS = ['src/core', 'src/cli', 'src/vscode'];
const REVIEW = 'docs/regex-review.md';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name).split('\\').join('/');
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Regex literals as written, and `new RegExp(...)` / `RegExp(...)` calls as their source text. */
function regexesIn(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(source));
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') {
      found.push(node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The review's text under each `### <file>` heading. */
function reviewSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of markdown.split(/^### /m).slice(1)) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline));
  }
  return sections;
}

test('docs/regex-review.md names every regex in src/core, src/cli and src/vscode under its file', () => {
  const sections = reviewSections(readFileSync(REVIEW, 'utf8'));
  const missing: string[] = [];
  for (const file of REVIEWED_FOLDERS.flatMap(sourceFiles)) {
    for (const regex of regexesIn(file)) {
      if (!sections.get(file)?.includes(regex)) missing.push(`${file}: ${regex}`);
    }
  }
  assert.deepEqual(missing, [], `add these to ${REVIEW} under "### <file>", with why each is linear`);
});

test('docs/regex-review.md has no section for a file that is gone', () => {
  const files = new Set(REVIEWED_FOLDERS.flatMap(sourceFiles));
  const stale = [...reviewSections(readFileSync(REVIEW, 'utf8')).keys()].filter((file) => !files.has(file));
  assert.deepEqual(stale, []);
});

test('the check sees literals and RegExp calls, and not a slash in a string or a division', () => {
  const text = 'const a = /x+$/g; const b = new RegExp("y" + z); const c = "/not/"; const d = e / f / g;';
  assert.deepEqual(regexesIn('x.ts', text), ['/x+$/g', 'new RegExp("y" + z)']);
});
