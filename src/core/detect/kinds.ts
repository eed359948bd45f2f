/** Which reader a file gets, from its VS Code language id or, failing that, its name. */
export type FileKind =
  | 'python' | 'c-like' | 'hash-code' | 'json' | 'toml' | 'yaml' | 'env' | 'ini' | 'properties' | 'shell'
  | 'dockerfile' | 'modelfile' | 'markdown' | 'notebook' | 'plain' | 'markup';

const BY_LANGUAGE: Record<string, FileKind> = {
  python: 'python', typescript: 'c-like', typescriptreact: 'c-like', javascript: 'c-like', javascriptreact: 'c-like',
  go: 'c-like', rust: 'c-like', java: 'c-like', kotlin: 'c-like', scala: 'c-like', csharp: 'c-like', swift: 'c-like',
  c: 'c-like', cpp: 'c-like', dart: 'c-like', php: 'c-like', terraform: 'c-like', groovy: 'c-like', vue: 'c-like',
  svelte: 'c-like', ruby: 'hash-code', r: 'hash-code', julia: 'hash-code', perl: 'hash-code', lua: 'hash-code',
  json: 'json', jsonc: 'json', jsonl: 'json', json5: 'json', toml: 'toml', yaml: 'yaml', dotenv: 'env', ini: 'ini',
  properties: 'properties', shellscript: 'shell', makefile: 'shell', powershell: 'shell', bat: 'shell',
  dockerfile: 'dockerfile', modelfile: 'modelfile', markdown: 'markdown', jupyter: 'notebook',
  'jupyter-notebook': 'notebook', ipynb: 'notebook', plaintext: 'plain', html: 'markup', xml: 'markup',
  restructuredtext: 'markdown',
};

const BY_EXTENSION: Record<string, string> = {
  py: 'python', pyi: 'python', ipynb: 'jupyter', ts: 'typescript', mts: 'typescript', cts: 'typescript',
  tsx: 'typescriptreact', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  json: 'json', jsonc: 'jsonc', json5: 'jsonc', jsonl: 'jsonl', yaml: 'yaml', yml: 'yaml', toml: 'toml',
  md: 'markdown', mdx: 'markdown', markdown: 'markdown', rst: 'restructuredtext', txt: 'plaintext',
  sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', ps1: 'powershell', go: 'go', rs: 'rust', java: 'java',
  kt: 'kotlin', cs: 'csharp', rb: 'ruby', php: 'php', swift: 'swift', r: 'r', jl: 'julia', ini: 'ini', cfg: 'ini',
  conf: 'properties', properties: 'properties', env: 'dotenv', tf: 'terraform', hcl: 'terraform', html: 'html',
  xml: 'xml', vue: 'vue', svelte: 'svelte', modelfile: 'modelfile', dockerfile: 'dockerfile', mk: 'makefile',
};

export function languageFromFileName(fileName: string): string | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).toLowerCase();
  if (base === 'modelfile' || base.startsWith('modelfile.')) return 'modelfile';
  if (base === 'dockerfile' || base.startsWith('dockerfile.') || base.endsWith('.dockerfile') || base === 'containerfile') return 'dockerfile';
  if (base === '.env' || base.startsWith('.env.') || base.endsWith('.env')) return 'dotenv';
  if (base === 'makefile' || base === 'justfile' || base === 'procfile') return 'makefile';
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? BY_EXTENSION[base.slice(dot + 1)] : undefined;
}

export function fileKindOf(languageId: string | undefined, fileName: string | undefined): FileKind {
  // the file name wins for files editors often open as plain text (Modelfile, .env, Dockerfile, notebooks)
  const fromName = fileName ? languageFromFileName(fileName) : undefined;
  if (fromName && ['modelfile', 'dockerfile', 'dotenv', 'jupyter'].includes(fromName)) return BY_LANGUAGE[fromName]!;
  const id = languageId && languageId !== 'plaintext' ? languageId : fromName ?? languageId;
  return (id && BY_LANGUAGE[id.toLowerCase()]) || 'plain';
}

/** Language id for a Markdown fence's info string (```bash, ```py title="x"). */
export function languageFromFence(info: string): string {
  const word = info.trim().split(/[\s{,]/, 1)[0]!.toLowerCase();
  const map: Record<string, string> = {
    sh: 'shellscript', bash: 'shellscript', shell: 'shellscript', console: 'shellscript', zsh: 'shellscript',
    shellscript: 'shellscript', terminal: 'shellscript', powershell: 'shellscript', ps1: 'shellscript', cmd: 'shellscript',
    py: 'python', python: 'python', python3: 'python', ipython: 'python', pycon: 'python', js: 'javascript',
    javascript: 'javascript', ts: 'typescript', typescript: 'typescript', tsx: 'typescript', jsx: 'javascript',
    json: 'json', jsonc: 'json', yaml: 'yaml', yml: 'yaml', toml: 'toml', dockerfile: 'dockerfile', docker: 'dockerfile',
    env: 'dotenv', dotenv: 'dotenv', ini: 'ini', modelfile: 'modelfile', go: 'go', rust: 'rust', java: 'java',
    ruby: 'ruby', text: 'plaintext', txt: 'plaintext', '': 'plaintext', makefile: 'makefile', hcl: 'terraform',
  };
  return map[word] ?? 'plaintext';
}
