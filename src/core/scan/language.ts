/** A VS Code-style language id from a file name, so the CLI and the editor give detection the same hint. */

const BY_EXTENSION: Record<string, string> = {
  py: 'python', pyi: 'python', ipynb: 'jupyter', ts: 'typescript', mts: 'typescript', cts: 'typescript',
  tsx: 'typescriptreact', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  json: 'json', jsonc: 'jsonc', json5: 'jsonc', jsonl: 'jsonl', yaml: 'yaml', yml: 'yaml', toml: 'toml',
  md: 'markdown', mdx: 'markdown', markdown: 'markdown', rst: 'restructuredtext', txt: 'plaintext',
  sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', ps1: 'powershell', bat: 'bat', cmd: 'bat',
  go: 'go', rs: 'rust', java: 'java', kt: 'kotlin', kts: 'kotlin', scala: 'scala', cs: 'csharp', rb: 'ruby',
  php: 'php', swift: 'swift', c: 'c', h: 'c', cpp: 'cpp', cc: 'cpp', hpp: 'cpp', r: 'r', jl: 'julia',
  lua: 'lua', dart: 'dart', ini: 'ini', cfg: 'ini', conf: 'properties', properties: 'properties',
  env: 'dotenv', tf: 'terraform', hcl: 'terraform', sql: 'sql', html: 'html', htm: 'html', vue: 'vue',
  svelte: 'svelte', xml: 'xml', gguf: 'gguf', modelfile: 'modelfile', dockerfile: 'dockerfile', nix: 'nix',
};

export function languageIdForFile(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const lower = base.toLowerCase();
  if (lower === 'modelfile' || lower.startsWith('modelfile.') || lower.endsWith('.modelfile')) return 'modelfile';
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) return 'dockerfile';
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return 'dotenv';
  if (lower === 'makefile' || lower === 'justfile') return 'makefile';
  if (lower === 'pipfile' || lower === 'cargo.lock' || lower === 'poetry.lock') return 'toml';
  const dot = lower.lastIndexOf('.');
  return (dot >= 0 && BY_EXTENSION[lower.slice(dot + 1)]) || 'plaintext';
}
