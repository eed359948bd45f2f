/**
 * Writes a deterministic synthetic monorepo for the benchmarks: `files` files of about `fileBytes` bytes of mixed
 * code and configuration, with a model id on about 1% of lines (known ids, unknown `org/name` ids, API ids, Ollama
 * tags) in the syntaxes people use. Same arguments, same bytes: runs are comparable across machines and commits.
 *
 *   node bench/generate-monorepo.mjs <dir> [--files 2000] [--file-bytes 51200] [--id-rate 0.01]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from './seeded-random.mjs';

const KNOWN_IDS = [
  'deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-V3', 'meta-llama/Llama-3.1-8B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3',
  'Qwen/Qwen2.5-7B-Instruct', 'google/gemma-2-9b-it', 'microsoft/phi-4', 'black-forest-labs/FLUX.1-dev',
  'stabilityai/stable-diffusion-xl-base-1.0', 'sentence-transformers/all-MiniLM-L6-v2', 'bigscience/bloom', 'tiiuae/falcon-7b',
];
const API_IDS = ['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-1.5-pro', 'o1-mini', 'anthropic.claude-3-haiku-20240307-v1:0'];
const OLLAMA_TAGS = ['llama3.1:8b', 'qwen2.5:7b', 'mistral:7b', 'phi3:mini', 'gemma2:9b', 'deepseek-r1:7b'];
const UNKNOWN_IDS = ['acme-labs/widget-7b', 'contoso/summarizer-v2', 'example-org/tiny-bert-ft', 'internal-ml/router-3b'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const word = (rand) => pick(rand, ['user', 'item', 'count', 'value', 'index', 'result', 'buffer', 'config', 'path', 'token', 'score', 'batch', 'cache', 'request']);

const LANGUAGES = [
  { ext: 'py', weight: 30, filler: pyLine, id: pyId },
  { ext: 'ts', weight: 25, filler: tsLine, id: tsId },
  { ext: 'go', weight: 10, filler: goLine, id: goId },
  { ext: 'yaml', weight: 10, filler: yamlLine, id: yamlId },
  { ext: 'json', weight: 5, filler: jsonLine, id: jsonId },
  { ext: 'md', weight: 10, filler: mdLine, id: mdId },
  { ext: 'sh', weight: 5, filler: shLine, id: shId },
  { ext: 'toml', weight: 5, filler: tomlLine, id: tomlId },
];

function anyId(rand) {
  const r = rand();
  if (r < 0.45) return pick(rand, KNOWN_IDS);
  if (r < 0.7) return pick(rand, API_IDS);
  if (r < 0.85) return pick(rand, OLLAMA_TAGS);
  return pick(rand, UNKNOWN_IDS);
}

function pyLine(rand, n) {
  const r = rand();
  if (r < 0.15) return `# ${word(rand)} the ${word(rand)} before returning, see issue #${n}`;
  if (r < 0.3) return `    ${word(rand)}_${n} = self.${word(rand)}.get("${word(rand)}", ${n})`;
  if (r < 0.45) return `    for ${word(rand)} in range(len(${word(rand)}s)):`;
  if (r < 0.6) return `        logger.info("processed %s items from %s", ${word(rand)}, "${word(rand)}/${word(rand)}")`;
  if (r < 0.75) return `def ${word(rand)}_${n}(${word(rand)}, ${word(rand)}=None, **kwargs):`;
  if (r < 0.9) return `    return {"${word(rand)}": ${word(rand)}[${n % 7}], "${word(rand)}": [${n}, ${n + 1}]}`;
  return '';
}
function pyId(rand) {
  const id = anyId(rand);
  const r = rand();
  if (r < 0.4) return `model = AutoModelForCausalLM.from_pretrained("${id}")`;
  if (r < 0.7) return `client.chat.completions.create(model="${id}", messages=messages)`;
  return `MODEL_NAME = "${id}"  # default model`;
}
function tsLine(rand, n) {
  const r = rand();
  if (r < 0.15) return `// ${word(rand)} the ${word(rand)} when the ${word(rand)} changes (#${n})`;
  if (r < 0.3) return `  const ${word(rand)}${n} = await ${word(rand)}Service.load(${word(rand)}, { retries: ${n % 5} });`;
  if (r < 0.45) return `import { ${word(rand)} } from '../${word(rand)}/${word(rand)}';`;
  if (r < 0.6) return `  if (${word(rand)}.length > ${n}) throw new Error(\`${word(rand)} too long: \${${word(rand)}}\`);`;
  if (r < 0.75) return `export function ${word(rand)}${n}(${word(rand)}: string, ${word(rand)}?: number): boolean {`;
  if (r < 0.9) return `  return ${word(rand)}.map((x) => x.${word(rand)} * ${n}).filter(Boolean);`;
  return '}';
}
function tsId(rand) {
  const id = anyId(rand);
  return rand() < 0.5 ? `const response = await openai.chat.completions.create({ model: '${id}', messages });` : `  modelId: "${id}",`;
}
function goLine(rand, n) {
  const r = rand();
  if (r < 0.2) return `// ${word(rand)} returns the ${word(rand)} for ${word(rand)} ${n}`;
  if (r < 0.5) return `\t${word(rand)}, err := ${word(rand)}.Get(ctx, "${word(rand)}-${n}")`;
  if (r < 0.7) return `\tif err != nil {\n\t\treturn nil, fmt.Errorf("${word(rand)}: %w", err)\n\t}`;
  return `func (s *${word(rand)}Server) ${word(rand)}${n}(ctx context.Context, req *pb.Request) error {`;
}
function goId(rand) {
  return `\treq := Request{Model: "${anyId(rand)}", MaxTokens: 512}`;
}
function yamlLine(rand, n) {
  const r = rand();
  if (r < 0.2) return `# ${word(rand)} settings for stage ${n}`;
  if (r < 0.6) return `  ${word(rand)}_${n % 40}: ${word(rand)}-${n}`;
  if (r < 0.8) return `    - name: ${word(rand)}\n      image: registry.example.com/${word(rand)}:${n % 9}.0`;
  return `  timeout: ${n % 300}s`;
}
function yamlId(rand) {
  return `  model: ${anyId(rand)}`;
}
function jsonLine(rand, n) {
  return `  "${word(rand)}_${n}": { "${word(rand)}": ${n}, "${word(rand)}": "${word(rand)}-${n}", "enabled": ${n % 2 === 0} },`;
}
function jsonId(rand) {
  return `  "model_${Math.floor(rand() * 1e6)}": { "model": "${anyId(rand)}" },`;
}
function mdLine(rand, n) {
  const r = rand();
  if (r < 0.2) return `## ${word(rand)} ${n}`;
  if (r < 0.8) return `The ${word(rand)} is stored in the ${word(rand)} so that the ${word(rand)} can reuse it later (${n}).`;
  return `- [${word(rand)}](./docs/${word(rand)}.md)`;
}
function mdId(rand) {
  return `Run \`ollama run ${pick(rand, OLLAMA_TAGS)}\` or load \`${pick(rand, KNOWN_IDS)}\` from the Hub.`;
}
function shLine(rand, n) {
  const r = rand();
  if (r < 0.3) return `# ${word(rand)} step ${n}`;
  if (r < 0.7) return `${word(rand).toUpperCase()}_${n}=\${${word(rand).toUpperCase()}:-${n}}`;
  return `echo "${word(rand)} ${n}" >> "$LOG_DIR/${word(rand)}.log"`;
}
function shId(rand) {
  return rand() < 0.5 ? `ollama pull ${pick(rand, OLLAMA_TAGS)}` : `huggingface-cli download ${pick(rand, KNOWN_IDS)}`;
}
function tomlLine(rand, n) {
  const r = rand();
  if (r < 0.2) return `[${word(rand)}_${n}]`;
  if (r < 0.8) return `${word(rand)} = "${word(rand)}-${n}"`;
  return `${word(rand)}_limit = ${n}`;
}
function tomlId(rand) {
  return `model = "${anyId(rand)}"`;
}

function chooseLanguage(rand) {
  const total = LANGUAGES.reduce((sum, l) => sum + l.weight, 0);
  let r = rand() * total;
  for (const language of LANGUAGES) {
    r -= language.weight;
    if (r < 0) return language;
  }
  return LANGUAGES[0];
}

/** Returns the number of files, bytes and id lines written. */
export function generateMonorepo(dir, { files = 2000, fileBytes = 51_200, idRate = 0.01, seed = 42 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const rand = seededRandom(seed);
  let bytes = 0;
  let idLines = 0;
  for (let f = 0; f < files; f++) {
    const language = chooseLanguage(rand);
    const folder = join(dir, `packages/pkg-${f % 50}/src/${['core', 'api', 'util', 'jobs'][f % 4]}`);
    mkdirSync(folder, { recursive: true });
    const lines = [];
    let size = 0;
    let n = 0;
    while (size < fileBytes) {
      const line = rand() < idRate ? (idLines++, language.id(rand)) : language.filler(rand, n);
      lines.push(line);
      size += line.length + 1;
      n++;
    }
    const text = lines.join('\n') + '\n';
    writeFileSync(join(folder, `file-${f}.${language.ext}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes, idLines };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate-monorepo.mjs <dir> [--files N] [--file-bytes N] [--id-rate R]');
    process.exit(2);
  }
  const flag = (name, fallback) => {
    const at = rest.indexOf(name);
    return at < 0 ? fallback : Number(rest[at + 1]);
  };
  const result = generateMonorepo(dir, { files: flag('--files', 2000), fileBytes: flag('--file-bytes', 51_200), idRate: flag('--id-rate', 0.01) });
  console.log(`${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.idLines} id lines in ${dir}`);
}
