/**
 * The code walker reads character codes, slices names only when it keeps them, makes its assignment map on first
 * use, and the literal-command pass walks the hits with a cursor: what they find must stay what the plain versions
 * (plain-walker.ts) find, on random soups of the code shapes the walker reacts to.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { detectInCode, detectLiteralCommands, type CodeOptions } from '../../../src/core/detect/code';
import { Collector } from '../../../src/core/detect/collector';
import { lexCode } from '../../../src/core/detect/lexer';
import { prefilterFor } from '../../../src/core/detect';
import { realDataset } from '../helpers/real-dataset';
import { plainLiteralCommands, plainWalk } from './plain-walker';

const models = realDataset().models();
const resolver = createModelResolver({ models });
const isKnown = (raw: string) => resolver.isKnown(raw);
const prefilter = prefilterFor(models)!;

const ids = [
  ...models.slice(0, 50).map((m) => m.id), 'acme-labs/widget-7b', 'llama3.1:8b', 'gpt-4o-mini', 'user', 'v1.2.3', 'ai/smollm2',
  'data/train.csv', 'dataset', 'space', 'org/name',
];
const names = [
  'model', 'model_id', 'self.config.model', 'modelName', 'tokenizer', 'repo_id', 'repo_type', 'image', 'datasets',
  'path', 'or', 'and', 'x.or', 'orx', 'from_pretrained', 'AutoModel.from_pretrained', 'pipeline', 'os.getenv',
  'parser.add_argument', 'hf_hub_download', 'load_dataset', 'openai', 'client.chat.completions.create', 'LLM',
  'default', 'name', 'process.env.MODEL', '$model', '_x', 'x1', 'ollama', 'value',
];
const punctuation = [
  '(', ')', '[', ']', '{', '}', ',', ';', '?', '??', '?.', '=', '==', '=>', ':', '::', ':=', '||', '|', '&', '&&',
  '\\', '!', '.', '-', '+', '*', '@', 'é', '😀',
];
const blanks = [' ', '  ', '\t', '\n', '\r\n', '\n    ', '\n!', '\n[model]\n', '\n[[models]]\n', '\n[tool.x]\n'];
const strings = fc.constantFrom(...ids).chain((id) =>
  fc.constantFrom(`"${id}"`, `'${id}'`, `\`${id}\``, `"""${id}"""`, `"ollama pull ${id}"`, `"ollama"`, `"pull"`, `"--model"`, `"model"`, `'repo_type'`, `"a b"`),
);
const comments = fc.constantFrom('# ollama run llama3.1', '// model: gpt-4o', '/* vllm serve org/name */', '# plain');
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...names) },
  { weight: 4, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 4, arbitrary: fc.constantFrom(...blanks) },
  { weight: 3, arbitrary: strings },
  { weight: 1, arbitrary: comments },
);
const soup = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Statements the walker reads for context, with names dotted or not, spaced or not. */
type Statement = (id: string, name: string, key: string, sp: string) => string;
const statements: Statement[] = [
  (id, n, _, sp) => `${n} =${sp}"${id}"`,
  (_, n, __, sp) => `AutoModel.from_pretrained(${sp}${n}${sp})`,
  (_, n, __, sp) => `pipeline("text-generation",${sp}${n})`,
  (_, n, __, sp) => `LLM(model=${sp}${n},${sp}dtype="auto")`,
  (id, n, _, sp) => `hf_hub_download(repo_id="${id}",${sp}${n}="dataset")`,
  (id, n, _, sp) => `${n} = \\\n${sp}"${id}"`,
  (id, n, _, sp) => `${n} =${sp}\n${sp}"${id}"`,
  (id, n, k) => `[${k}]\n${n} = "${id}"`,
  (id, n, k, sp) => `x${sp}[${k}]\n${n} = "${id}"`,
  (id, n, _, sp) => `${n}${sp}??${sp}"${id}"`,
  (id, n, _, sp) => `${n}${sp}||${sp}"${id}"`,
  (id, n, _, sp) => `${n}${sp}or${sp}"${id}"`,
  (id, n, _, sp) => `${n}${sp}and${sp}"${id}"`,
  (id, _, k, sp) => `cfg["${k}"]${sp}=${sp}"${id}"`,
  (id, n, _, sp) => `cfg[${n}]${sp}=${sp}"${id}"`,
  (id, _, k, sp) => `{"${k}":${sp}"${id}"}`,
  (id, _, k, sp) => `{${k}:${sp}"${id}"}`,
  (id, _, k, sp) => `['${k}'${sp}=>${sp}'${id}']`,
  (id, _, k, sp) => `{:${k}${sp}=>${sp}"${id}"}`,
  (id, n, _, sp) => `${n}${sp}?${sp}"${id}"${sp}:${sp}"x"`,
  (id, _, k, sp) => `parser.add_argument("--${k}",${sp}default="${id}")`,
  (id, _, k, sp) => `os.getenv("${k.toUpperCase()}",${sp}"${id}")`,
  (id) => `!ollama pull ${id}`,
  (id, n) => `def f(x) -> ${n}:\n    "${id}"`,
  (id, n, _, sp) => `${n}s = [\n${sp}"${id}",\n]`,
  (id, n, k, sp) => `client.create(\n${sp}${k}=${n},\n${sp}x="${id}",\n)`,
  (id, n, k, sp) => `${n}: str =${sp}"${id}"${sp};${sp}${k}(${n})`,
  (id, n) => `${n}["a"] = 1\n${n}["model"] = "${id}"`,
  (id, n, k, sp) => `${n}()["${k}"]${sp}=${sp}"${id}"`,
  (id, n, k, sp) => `${n}[0]["${k}"]${sp}=${sp}"${id}"`,
  (id, n, k) => `subprocess.run(["ollama", "pull",\n "${id}"])${k}(${n})`,
];
const dottedNames = fc.constantFrom(...names, 'self.repo_type', 'args.default', 'cfg.const', 'x.model_path', 'model_path', 'a.b.name');
const keys = fc.constantFrom('model', 'repo_type', 'default', 'const', 'name', 'model.name', 'tokenizer', 'image', 'models', 'tool.x');
const space = fc.constantFrom('', ' ', '  ', '\t');
const statement = fc
  .tuple(fc.constantFrom(...statements), fc.constantFrom(...ids), dottedNames, keys, space)
  .map(([make, id, n, k, sp]) => make(id, n, k, sp));
/** Plain lines between statements, so that the fast path reads them in windows of their own. */
const FILLER = `\n${'count = count + 1\n'.repeat(12)}`;
const code = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: statement }, { weight: 1, arbitrary: soup }), fc.constantFrom('\n', '; ', ', ', ' ', '\n    ', '\r\n', FILLER)), { maxLength: 12 })
  .map((rows) => rows.map(([line, sep]) => line + sep).join(''));
const options = fc.record({
  flavor: fc.constantFrom<CodeOptions['flavor']>('python', 'c', 'hash'),
  config: fc.boolean(),
  hashComments: fc.boolean(),
});

function found(collector: Collector): string {
  return JSON.stringify(collector.results());
}

/** Every offer kept, in order, duplicates included: stricter than the results. */
function offered(collector: Collector): string {
  return JSON.stringify(collector.since({ found: 0, masks: 0 }));
}

test('the walker finds what the plain walker finds, over whole texts and ranges', () => {
  fc.assert(
    fc.property(code, options, fc.nat(), (text, o, cut) => {
      const fast = new Collector(text, isKnown);
      detectInCode(fast, o);
      const plain = new Collector(text, isKnown);
      plainWalk(plain, o);
      assert.equal(offered(fast), offered(plain));
      const from = text.length === 0 ? 0 : cut % text.length;
      const fastPart = new Collector(text, isKnown);
      detectInCode(fastPart, o, from);
      const plainPart = new Collector(text, isKnown);
      plainWalk(plainPart, o, from);
      assert.equal(offered(fastPart), offered(plainPart));
    }),
    { numRuns: 4_000 },
  );
});

test('the fast path (windows around hits, state from before a window) finds what the plain walker finds', () => {
  fc.assert(
    fc.property(code, options, (text, o) => {
      const fast = new Collector(text, isKnown);
      detectInCode(fast, { ...o, hits: prefilter.scan(text) });
      const plain = new Collector(text, isKnown);
      plainWalk(plain, o);
      assert.equal(found(fast), found(plain));
    }),
    { numRuns: 4_000 },
  );
});

test('the literal commands are those the plain pass finds, over all segments and over a run of them', () => {
  fc.assert(
    fc.property(code, options, fc.nat(), fc.nat(), (text, o, a, b) => {
      const hits = prefilter.scan(text);
      const segments = lexCode(text, o);
      const fast = new Collector(text, isKnown);
      detectLiteralCommands(fast, segments, hits);
      const plain = new Collector(text, isKnown);
      plainLiteralCommands(plain, o, hits);
      assert.equal(offered(fast), offered(plain));
      // code-run.ts reads a run of the segments again after an edit
      const from = segments.length === 0 ? 0 : a % segments.length;
      const run = segments.slice(from, from + (b % (segments.length - from + 1)));
      const fastRun = new Collector(text, isKnown);
      detectLiteralCommands(fastRun, run, hits);
      const plainRun = new Collector(text, isKnown);
      plainLiteralCommands(plainRun, o, hits, run);
      assert.equal(offered(fastRun), offered(plainRun));
    }),
    { numRuns: 6_000 },
  );
});
