/**
 * The inline suppression a quick fix inserts: a comment line above the finding, in the file's comment syntax,
 * that assess/suppression.ts accepts (`ai-license-lens-ignore: <rule> -- <reason>` alone on its line covers the
 * next line). Languages without comments (JSON) get no suppression: undefined.
 */
import type { RuleCode } from '../vocabulary';

interface CommentSyntax {
  open: string;
  close?: string;
}

const HASH: CommentSyntax = { open: '#' };
const SLASHES: CommentSyntax = { open: '//' };
const HTML: CommentSyntax = { open: '<!--', close: '-->' };
const DASHES: CommentSyntax = { open: '--' };
const BLOCK: CommentSyntax = { open: '/*', close: '*/' };

const SYNTAX_BY_LANGUAGE: Record<string, CommentSyntax> = {
  python: HASH, yaml: HASH, toml: HASH, shellscript: HASH, dotenv: HASH, dockerfile: HASH, ruby: HASH, r: HASH,
  perl: HASH, makefile: HASH, properties: HASH, modelfile: HASH, terraform: HASH, julia: HASH, powershell: HASH,
  nix: HASH, plaintext: HASH, 'pip-requirements': HASH, jupyter: HASH, elixir: HASH, coffeescript: HASH,
  typescript: SLASHES, typescriptreact: SLASHES, javascript: SLASHES, javascriptreact: SLASHES, jsonc: SLASHES,
  go: SLASHES, rust: SLASHES, java: SLASHES, csharp: SLASHES, kotlin: SLASHES, scala: SLASHES, swift: SLASHES,
  c: SLASHES, cpp: SLASHES, dart: SLASHES, php: SLASHES, groovy: SLASHES, fsharp: SLASHES, zig: SLASHES,
  markdown: HTML, html: HTML, xml: HTML, vue: HTML, svelte: HTML,
  sql: DASHES, lua: DASHES, haskell: DASHES,
  ini: { open: ';' },
  css: BLOCK, scss: SLASHES, less: SLASHES,
  latex: { open: '%' }, matlab: { open: '%' },
};

export function commentSyntaxFor(languageId: string): CommentSyntax | undefined {
  return SYNTAX_BY_LANGUAGE[languageId];
}

/** A reason on one line that cannot close the comment early or reach the parser's 300-character limit. */
export function sanitizeReason(reason: string): string {
  return reason
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\*\/|-->|--/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export interface SuppressionInsertion {
  /** 0-based line to insert before. */
  line: number;
  /** The whole line, indentation and line break included. */
  text: string;
}

/**
 * The comment line to insert above `lineText` (the finding's line), indented like it. Undefined when the
 * language has no comments or the reason is too short for the parser to honour.
 */
export function suppressionComment(options: {
  languageId: string;
  line: number;
  lineText: string;
  rule: RuleCode;
  reason: string;
  eol?: string;
}): SuppressionInsertion | undefined {
  const syntax = commentSyntaxFor(options.languageId);
  const reason = sanitizeReason(options.reason);
  if (!syntax || reason.length < 3) return undefined;
  const indent = /^[ \t]*/.exec(options.lineText)![0];
  const close = syntax.close ? ` ${syntax.close}` : '';
  const text = `${indent}${syntax.open} ai-license-lens-ignore: ${options.rule} -- ${reason}${close}${options.eol ?? '\n'}`;
  return { line: options.line, text };
}
