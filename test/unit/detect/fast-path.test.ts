/**
 * The prefilter's fast path must return exactly what reading every character returns. Random files are built
 * from realistic lines (calls, keyword arguments, multi-line calls, docstrings, comments, YAML nesting, shell
 * continuations, TOML sections, variables assigned far from their use) and both paths are compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { detectModelReferences, prefilterFor } from '../../../src/core/detect';
import { realDataset } from '../helpers/real-dataset';

const models = realDataset().models();
const resolver = createModelResolver({ models });
const prefilter = prefilterFor(models)!;

const knownIds = models.slice(0, 400).flatMap((m) => [m.id, ...m.aliases.slice(0, 2).map((a) => a.id)]);
const id = fc.oneof(
  fc.constantFrom(...knownIds),
  fc.constantFrom('acme-labs/widget-7b', 'contoso/summarizer-v2', 'my-org/custom', 'llama3.1:8b', 'qwen2.5:7b', 'gpt-4o-mini'),
  fc.constantFrom('claude-3-5-sonnet-20241022', 'hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', 'models/gemini-2.0-flash'),
  fc.constantFrom('user', 'cache/index', 'v1.2.3', 'ai/smollm2', 'Llama-3.1-8B-Instruct-Q4_K_M.gguf', 'data/train.csv'),
);
const word = fc.constantFrom('user', 'item', 'count', 'value', 'name', 'path', 'config', 'model', 'token', 'llm', 'repo_id', 'image');

type Line = (id: string, w: string) => string;
const lines = (...makers: Line[]) => fc.array(fc.tuple(fc.constantFrom(...makers), id, word), { maxLength: 30 }).map((rows) => rows.map(([make, i, w]) => make(i, w)).join('\n'));

const python = lines(
  (i) => `model = AutoModelForCausalLM.from_pretrained("${i}")`,
  (i, w) => `${w} = "${i}"`,
  (_, w) => `tok = AutoTokenizer.from_pretrained(${w})`,
  (_, w) => `llm = LLM(model=${w}, dtype="auto")`,
  (i) => `pipe = pipeline("text-generation", model="${i}")`,
  (i) => `llm = LLM(\n    model="${i}",\n    dtype="auto",\n)`,
  (i) => `"""Uses ${i} by default.\n\nSee also ollama run ${i}\n"""`,
  (i) => `# ${i}`,
  (i) => `    # try: ollama pull ${i}`,
  (i) => `subprocess.run(["ollama", "pull", "${i}"])`,
  (i) => `cmd = ["vllm", "serve",\n       "${i}"]`,
  (i) => `!huggingface-cli download ${i}`,
  (i, w) => `config["${w}"] = "${i}"`,
  (i, w) => `value = os.getenv("${w.toUpperCase()}", "${i}")`,
  (i) => `hf_hub_download(repo_id="${i}", repo_type="dataset")`,
  (i) => `parser.add_argument("--model", default="${i}")`,
  (_, w) => `def f(${w}, x=None, **kwargs):`,
  () => `    for x in range(len(items)):`,
  (_, w) => `    return {"${w}": [1, 2], "x": ${w}}`,
  (_, w) => `${w}s = [`,
  (i) => `    "${i}",`,
  () => `]`,
  () => `x = (1 +`,
  () => `     2)`,
  (i, w) => `${w} = load("${i}")`,
  () => ``,
  // statement edges a window must not cut: names before brackets on the next line, stray subscripts, continuations
  (_, w) => `${w}`,
  (i) => `("${i}")`,
  (i) => `["${i}"]`,
  (_, w) => `config["${w}"]`,
  (i) => `= "${i}"`,
  (i) => `] = "${i}"`,
  (_, w) => `${w} = \\`,
  (i) => `    "${i}"`,
  (i) => `!ollama pull ${i}`,
  (i) => `x = f(${i})`,
  (_, w) => `generate(model=${w})`,
  (i, w) => `${w}: str = "${i}"`,
);
const typescript = lines(
  (i) => `const response = await openai.chat.completions.create({ model: '${i}', messages });`,
  (i, w) => `  ${w}Id: "${i}",`,
  (_, w) => `export const ${w} = {`,
  () => `};`,
  () => `}`,
  (_, w) => `function f(${w}: string) {`,
  (i) => `// ${i}`,
  (i) => `/* see ${i}\n   and ollama run ${i} */`,
  (i) => `const m = process.env.MODEL ?? "${i}";`,
  (i) => 'const s = `ollama run ' + i + '`;',
  (i) => `const p = openai('${i}');`,
  (i, w) => `const ${w} = '${i}';`,
  (_, w) => `const out = generateText({ model: ${w} });`,
  (i) => `const args = ["--model", "${i}"];`,
  // blocks a window may start inside: plain ones, and ones opened after a model or never-model key
  (_, w) => `const ${w} = async () => {`,
  () => `if (ready) {`,
  () => `} else {`,
  (_, w) => `class ${w[0]!.toUpperCase()}${w.slice(1)} {`,
  () => `describe("x", () => {`,
  () => `});`,
  (i, w) => `  [${w}]: "${i}",`,
  (i, w) => `${w}["model"] = "${i}"`,
  (_, w) => `  ${w}: {`,
  (i) => `  "${i}"`,
  (i) => `  '${i}',`,
  (_, w) => `x = ${w} ?? {`,
);
const yaml = lines(
  (i) => `model: ${i}`,
  () => `model:`,
  (i) => `  name: ${i}`,
  (_, w) => `${w}:`,
  (i) => `  - ${i}`,
  (i) => `image: ${i}`,
  (i) => `# ${i}`,
  () => `run: |`,
  (i) => `  ollama pull ${i}`,
  () => `env:`,
  (_, w) => `  - name: ${w.toUpperCase()}_ID`,
  (i) => `    value: ${i}`,
  (i, w) => `  ${w}: ${i}`,
  (i) => `args: ["--model", "${i}"]`,
  () => `command:`,
  () => `  - --served-model-name`,
  (i) => `description: "${i} is fast"`,
  () => `args: ollama run \\`,
  (i) => `  --model ${i}`,
  (i) => `- vllm serve ${i}; echo ok`,
  (i) => `script: docker model pull ${i}`,
  (i, w) => `- ${w.toUpperCase()}=${i}`,
  () => `- --model`,
  (i) => `    ${i}`,
  () => ``,
);
const shell = lines(
  (i) => `ollama pull ${i}`,
  () => `huggingface-cli download \\`,
  (i) => `  ${i}`,
  (i) => `  ${i} \\`,
  (i, w) => `${w.toUpperCase()}=${i} python x.py`,
  (i) => `# ${i}`,
  (i) => `echo "${i}"`,
  (i) => `vllm serve ${i} --port 8000`,
  (_, w) => `export ${w.toUpperCase()}_ID=\\`,
  (i) => `llama-server -hf ${i}`,
  () => `echo done`,
);
const toml = lines(
  () => `[model]`,
  () => `[server.model]`,
  () => `[[models]]`,
  (i) => `model = { name = "${i}" }`,
  (i) => `name = "${i}"`,
  (_, w) => `[${w}]`,
  (i, w) => `${w} = "${i}"`,
  () => `port = 8000`,
  () => `models = [`,
  (i) => `  "${i}",`,
  () => `]`,
  (i) => `# ${i}`,
);
const markdown = lines(
  (i) => `Run \`ollama run ${i}\` or load \`${i}\` from the Hub.`,
  (i) => `The ${i} model is fast.`,
  () => '```bash',
  () => '```python',
  () => '```',
  (i) => `FROM ${i}`,
  (i) => `| ${i} | apache-2.0 |`,
  () => `| Model | License |`,
  () => `|---|---|`,
  (i) => `model = AutoModel.from_pretrained("${i}")`,
);

const kinds: Array<[string, fc.Arbitrary<string>, string]> = [
  ['python', python, 'app.py'], ['typescript', typescript, 'app.ts'], ['go', typescript, 'main.go'], ['json', typescript, 'x.json'],
  ['yaml', yaml, 'x.yaml'], ['shellscript', shell, 'x.sh'], ['dockerfile', shell, 'Dockerfile'], ['plaintext', shell, 'notes.txt'],
  ['toml', toml, 'x.toml'], ['dotenv', shell, '.env'], ['ini', toml, 'x.ini'], ['properties', yaml, 'x.properties'], ['markdown', markdown, 'README.md'], ['html', markdown, 'x.html'], ['ruby', python, 'x.rb'],
];

for (const [languageId, text, fileName] of kinds) {
  test(`fast path: same references as the exhaustive walk (${languageId})`, () => {
    let found = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (body, crlf) => {
        const source = crlf ? body.replace(/\n/g, '\r\n') : body;
        const options = { languageId, fileName, isKnown: resolver.isKnown, prefilter };
        const exhaustive = detectModelReferences(source, { ...options, exhaustive: true });
        const fast = detectModelReferences(source, options);
        assert.deepEqual(fast, exhaustive);
        found += fast.length;
      }),
      { numRuns: 100, endOnFailure: true },
    );
    assert.ok(found > 30, `only ${found} references in all runs: the generators say too little`);
  });
}

test('fast path: cases random runs found', () => {
  const cases: Array<[string, string, string]> = [
    // a stray `]` takes the key of the last subscript, statements before it
    ['python', 'app.py', 'config["repo_id"] = "acme-labs/widget-7b"\n] = "acme-labs/widget-7b"'],
    // a YAML command continued by a list item from the very first line
    ['yaml', 'x.yaml', '\n  - --served-model-name\nmodel: Lykon/AAM_XL_AnimeMix\nscript: docker model pull PixArt-alpha/PixArt-Sigma\n'],
  ];
  for (const [languageId, fileName, text] of cases) {
    const options = { languageId, fileName, isKnown: resolver.isKnown, prefilter };
    assert.deepEqual(detectModelReferences(text, options), detectModelReferences(text, { ...options, exhaustive: true }), text);
  }
});
