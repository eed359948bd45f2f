/**
 * Is a piece of text an id, and how much context must vouch for it? Every check here is a single pass or a
 * few anchored tests on a short string; nothing backtracks.
 */
import type { KnownIdPredicate } from './reference';

/**
 * How much the surrounding syntax says "this is a model":
 * - `strong`: the syntax only takes models (`ollama run x`, `from_pretrained("x")`, Modelfile `FROM x`);
 * - `key`: a key or flag named for models (`model=`, `MODEL_ID=`, `--model-id`);
 * - `medium`: a key that often, not always, holds a model (`tokenizer`, `repo_id`, `checkpoint`): unknown only as `org/name`;
 * - `weak`: no context; reported only when the dataset knows the id.
 */
export type Strength = 'strong' | 'key' | 'medium' | 'weak';

const MAX_ID_LENGTH = 200;

/** Characters an id may contain (Hub ids, Ollama tags, Bedrock ids and ARNs, Vertex `@` versions). */
export function isIdCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 45 || code === 46 || code === 95 || code === 47 || code === 58 || code === 64 || code === 43
  );
}

function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const RESOURCE_PREFIXES = ['projects/', 'publishers/', 'accounts/', 'arn:', 'ft:'];

export function isIdLike(raw: string): boolean {
  if (raw.length < 2 || raw.length > MAX_ID_LENGTH) return false;
  if (!isAlnum(raw.charCodeAt(0)) || !isAlnum(raw.charCodeAt(raw.length - 1))) return false;
  // one pass: id characters only, no `//`, `..` or `:/`; more than three slashes or a `::` only in resource names
  let slashes = 0;
  let doubleColon = false;
  let previous = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (!isIdCode(code)) return false;
    if (code === 47) {
      if (previous === 47 || previous === 58) return false;
      slashes++;
    } else if (code === 46 && previous === 46) return false;
    else if (code === 58 && previous === 58) doubleColon = true;
    previous = code;
  }
  return (slashes <= 3 && !doubleColon) || RESOURCE_PREFIXES.some((p) => raw.startsWith(p));
}

/** Has the look of an id rather than a plain word: a separator or a digit. */
export function hasShape(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 47 || code === 58 || code === 45 || code === 46 || (code >= 48 && code <= 57)) return true;
  }
  return false;
}

/** Has a separator ids use (`org/name`, `name:tag`, `gpt-4o`, `v0.3`, `x@2024...`); digits alone do not count. */
export function hasSeparator(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 47 || code === 58 || code === 45 || code === 46 || code === 64) return true;
  }
  return false;
}

/** Exactly `org/name`. */
export function isOrgName(raw: string): boolean {
  const slash = raw.indexOf('/');
  return slash > 0 && slash < raw.length - 1 && raw.indexOf('/', slash + 1) < 0 && !raw.includes(':');
}

const MIME_TOPS = new Set(['application', 'text', 'image', 'audio', 'video', 'multipart', 'font', 'model', 'message']);
const FILE_EXTENSIONS = new Set([
  'py', 'js', 'ts', 'tsx', 'jsx', 'mjs', 'cjs', 'json', 'jsonl', 'yaml', 'yml', 'toml', 'txt', 'md', 'csv', 'tsv',
  'parquet', 'arrow', 'pt', 'pth', 'bin', 'ckpt', 'safetensors', 'onnx', 'h5', 'pkl', 'pickle', 'npy', 'npz', 'zip',
  'tar', 'gz', 'tgz', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'html', 'css', 'sh', 'lock', 'cfg', 'ini', 'env',
  'log', 'wav', 'mp3', 'mp4', 'pdf', 'xml', 'so', 'dll', 'exe', 'whl', 'ipynb', 'gguf', 'ggml', 'go', 'rs', 'java',
  'rb', 'php', 'c', 'h', 'cpp', 'hpp', 'cs', 'sql', 'db', 'sqlite', 'tflite', 'mlmodel', 'mlpackage', 'engine', 'plan',
  'trt', 'pb', 'keras', 'joblib', 'model', 'vocab', 'spm', 'tiktoken', 'lora', 'adapter', 'git', 'svelte', 'vue',
]);
const ID_HOSTS = ['hf.co/', 'huggingface.co/', 'ollama.com/', 'registry.ollama.ai/'];
const TOP_LEVEL_DOMAINS = new Set(['com', 'io', 'ai', 'org', 'net', 'dev', 'co', 'cloud', 'app', 'sh', 'me', 'us', 'eu', 'de', 'cn', 'internal', 'local', 'azurecr']);

/** Never an id, whatever the dataset says: action refs, MIME types, dates, versions, file names, hosts. */
export function isHardTrap(raw: string): boolean {
  const lower = raw.toLowerCase();
  const at = lower.indexOf('@');
  if (at >= 0 && !/^@\d{8}$/.test(lower.slice(at))) return true; // only Vertex `name@20240620` carries an `@`
  const slash = lower.indexOf('/');
  const first = slash < 0 ? lower : lower.slice(0, slash);
  if (slash > 0 && MIME_TOPS.has(first) && !lower.startsWith('model/')) return true;
  if (slash > 0 && first === 'model' && /[+.]/.test(lower.slice(slash + 1))) return true; // model/gltf+json
  if (/^\d{4}[/-]\d{1,2}(?:[/-]\d{1,2})?$/.test(lower)) return true;
  if (/^v?\d+(?:\.\d+)*$/.test(lower)) return true;
  const dot = lower.lastIndexOf('.');
  if (dot > 0 && !lower.slice(dot).includes('/') && !lower.slice(dot).includes(':') && FILE_EXTENSIONS.has(lower.slice(dot + 1))) return true;
  if (!ID_HOSTS.some((host) => lower.startsWith(host))) {
    if (first === 'localhost' || first.startsWith('localhost:') || /^\d+\.\d+\.\d+\.\d+/.test(first)) return true;
    const firstDot = first.lastIndexOf('.');
    if (slash > 0 && firstDot > 0 && TOP_LEVEL_DOMAINS.has(first.slice(firstDot + 1).replace(/:\d+$/, ''))) return true;
    if (slash < 0 && firstDot > 0 && /\.(com|io|org|net|dev)(:\d+)?$/.test(lower)) return true;
  }
  return false;
}

/** Folders, branches and class names: never an *unknown* id; a known one may still start this way (`models/gemini-2.0-flash`). */
const FOLDER_OR_BRANCH = new Set([
  'models', 'model', 'checkpoints', 'checkpoint', 'ckpt', 'weights', 'data', 'dataset', 'datasets', 'output', 'outputs',
  'src', 'lib', 'tmp', 'cache', 'local', 'home', 'usr', 'var', 'opt', 'mnt', 'app', 'workspace', 'root', 'runs',
  'artifacts', 'saved_models', 'pretrained', 'assets', 'config', 'configs', 'scripts', 'test', 'tests', 'docs',
  'feature', 'features', 'release', 'releases', 'bugfix', 'hotfix', 'fix', 'refs', 'origin', 'heads', 'tags', 'chore',
  'dependabot', 'renovate', 'build', 'dist', 'node_modules', 'packages', 'apps', 'services', 'infra', 'deploy',
]);
const STOPWORDS = new Set([
  'none', 'null', 'nil', 'true', 'false', 'yes', 'no', 'on', 'off', 'auto', 'default', 'custom', 'local', 'remote',
  'model', 'models', 'name', 'id', 'string', 'str', 'text', 'test', 'dummy', 'example', 'placeholder', 'your-model',
  'my-model', 'model-name', 'model-id', 'your-model-name', 'todo', 'tbd', 'unknown', 'other', 'openai', 'anthropic',
  'google', 'azure', 'bedrock', 'ollama', 'huggingface', 'vertex', 'hf', 'gpu', 'cpu', 'cuda', 'mps', 'latest',
]);

/** Words that make a name a stand-in (`test-model`, `your-preferred-model`, `model-group-1`), with their company. */
const PLACEHOLDER_MARKS = new Set(['your', 'my', 'test', 'dummy', 'fake', 'mock', 'example', 'sample', 'placeholder', 'preferred', 'foo', 'bar', 'baz', 'group', 'alias', 'username', 'user']);
const PLACEHOLDER_FILLER = new Set([
  'model', 'models', 'name', 'id', 'llm', 'chat', 'default', 'custom', 'some', 'another', 'other', 'org', 'repo', 'a', 'the',
  'hub', 'lora', 'adapter', 'finetuned', 'checkpoint', 'output',
]);

/** Every word a placeholder's, one of them a marker; numbers aside. In a model context a known id passes before this is asked. */
function isPlaceholder(lower: string): boolean {
  let marked = false;
  for (const word of lower.split(/[-_./:]+/)) {
    if (PLACEHOLDER_MARKS.has(word)) marked = true;
    else if (!PLACEHOLDER_FILLER.has(word) && !/^\d*$/.test(word)) return false;
  }
  return marked;
}

export function isSoftTrap(raw: string): boolean {
  const lower = raw.toLowerCase();
  if (STOPWORDS.has(lower) || isPlaceholder(lower)) return true;
  const slash = lower.indexOf('/');
  if (slash > 0 && FOLDER_OR_BRANCH.has(lower.slice(0, slash))) return true;
  if (/^[A-Z][A-Za-z]*For[A-Z][A-Za-z]+$/.test(raw)) return true; // LlamaForCausalLM
  if (/^[a-z_]+\.[A-Z][A-Za-z]+$/.test(raw)) return true; // Django `app_label.ModelName`
  if (/^(checkpoint|ckpt|epoch|step|global_step|run)[-_]?\d+$/.test(lower)) return true; // training output folders
  return false;
}

/**
 * `Qwen2.5`, `GPT-4o`, `Phi-3`: capitalised family or display names that spell like a lower-case Ollama tag
 * or API id. Without context they are prose, not references; a full model name (`Llama-3.1-8B-Instruct`,
 * `all-MiniLM-L6-v2`) has at least two dashes, and ids with an org or a tag are not affected.
 */
function looksLikeFamilyName(raw: string): boolean {
  if (raw.includes('/') || raw.includes(':') || raw === raw.toLowerCase()) return false;
  let dashes = 0;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 45) dashes++;
  return dashes < 2;
}

/**
 * The verdict on one candidate: `undefined` to drop it, otherwise whether the syntax vouches for it
 * (`contextual`). Known ids pass with any context; unknown ones need the context their shape calls for.
 */
export function judge(raw: string, strength: Strength, isKnown: KnownIdPredicate): boolean | undefined {
  if (!isIdLike(raw)) return undefined;
  if (strength === 'weak') {
    // the dataset rejects almost every prose token, and cheaply: ask it before the pattern checks
    if (raw.length < 4 || !hasShape(raw) || !isKnown(raw)) return undefined;
    return isHardTrap(raw) || isSoftTrap(raw) || looksLikeFamilyName(raw) ? undefined : false;
  }
  if (isHardTrap(raw)) return undefined;
  if (isKnown(raw)) return true;
  if (isSoftTrap(raw)) return undefined;
  if (strength === 'strong') return true;
  if (strength === 'key') return hasSeparator(raw) ? true : undefined; // `llama31` under `--model_name` is a served name
  return isOrgName(raw) ? true : undefined;
}
