import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertUnknownsAreContextual, detect, expectMarked } from './helpers';
import { detectInDocument } from '../../../src/core/detect';
import { createTextDocument } from '../../../src/core/document';

const cases: Array<[string, string, string, string?]> = [
  ['modelfile', 'Modelfile FROM / ADAPTER', `# derived from ⟦llama3.1:8b⟧\nFROM ⟦llama3.1:8b-instruct-q4_K_M⟧\nADAPTER ⟦acme/support-lora⟧\nPARAMETER temperature 0.3\nSYSTEM """You are a helpful assistant."""\n`, 'Modelfile'],
  ['modelfile', 'Modelfile FROM a file or hf.co', `FROM ./⟦mistral-7b-instruct-v0.2.Q4_K_M.gguf⟧\n`, 'Modelfile'],
  ['modelfile', 'Modelfile FROM hf.co', `FROM ⟦hf.co/bartowski/gemma-2-9b-it-GGUF:Q4_K_M⟧\n`, 'Modelfile.gemma'],
  ['markdown', 'prose, links, inline commands, fences', `# Models\n\nWe serve ⟦meta-llama/Llama-3.1-8B-Instruct⟧ ([card](https://huggingface.co/⟦meta-llama/Llama-3.1-8B-Instruct⟧)).\nTraining data: https://huggingface.co/datasets/openai/gsm8k. Code: https://github.com/openai/whisper.\nInstall with \`npm i @huggingface/transformers\`, then run \`ollama run ⟦deepseek-r1:7b⟧\`.\n| model | license |\n|---|---|\n| ⟦gpt-4o⟧ | proprietary |\n| ⟦Qwen/Qwen2.5-7B-Instruct⟧ | apache-2.0 |\n\n\`\`\`bash\nvllm serve ⟦acme/md-model⟧\n\`\`\`\n\n\`\`\`python\nm = SentenceTransformer("⟦acme/md-embedder⟧")\n\`\`\`\n\n\`\`\`yaml\nmodel: ⟦acme/md-yaml⟧\nimage: ollama/ollama\n\`\`\`\n\nLlama is a family of models; see the 2024/07 release notes and application/json docs.\n`],
  ['markdown', 'model card front matter', `---\nlicense: llama3.1\nbase_model: ⟦meta-llama/Llama-3.1-8B-Instruct⟧\ndatasets:\n  - acme/support-tickets\nlibrary_name: transformers\n---\n# acme/support-8b\nFine-tuned from ⟦meta-llama/Llama-3.1-8B-Instruct⟧.\n`],
  ['plaintext', 'URLs of models and of other things', `weights: https://huggingface.co/⟦black-forest-labs/FLUX.1-schnell⟧/tree/main\nfile: https://huggingface.co/⟦TheBloke/Llama-2-7B-GGUF⟧/resolve/main/llama-2-7b.Q4_K_M.gguf\nlegacy: https://huggingface.co/⟦gpt2⟧\nunknown: https://huggingface.co/⟦acme/url-model⟧\nspace: https://huggingface.co/spaces/acme/demo\ndocs: https://huggingface.co/docs/transformers/index\norg: https://huggingface.co/meta-llama\nollama: https://ollama.com/library/⟦qwen2.5-coder:32b⟧\nrepo: https://github.com/meta-llama/llama-models\n`],
  ['plaintext', 'gguf file names', `⟦Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf⟧\n/models/⟦qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf⟧\nglob *.gguf and model.gguf and ggml-model-f16.gguf and \${NAME}.gguf\n`],
];

for (const [languageId, name, marked, fileName] of cases) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId, marked, fileName)));
}

test('the file name picks the reader when the language id is plain text', () => {
  const found = detect('FROM llama3.2\n', 'plaintext', 'ops/Modelfile');
  assert.deepEqual(found.map((r) => [r.text, r.syntax]), [['llama3.2', 'modelfile-from']]);
  const env = detect('MODEL=acme/from-env\n', 'plaintext', 'deploy/.env.production');
  assert.deepEqual(env.map((r) => r.text), ['acme/from-env']);
});

test('detectInDocument reads a document and keeps its offsets', () => {
  const text = 'x = 1\nmodel = "gpt-4o"\n';
  const found = detectInDocument(createTextDocument('file:///w/app.py', text), { languageId: 'python', isKnown: () => false });
  assert.deepEqual(found.map((r) => [r.text, r.start, r.contextual]), [['gpt-4o', text.indexOf('gpt-4o'), true]]);
});

test('syntax kinds say how each id was written', () => {
  const kinds = (languageId: string, text: string) => detect(text, languageId).map((r) => `${r.syntax}:${r.text}`);
  assert.deepEqual(kinds('python', 'AutoModel.from_pretrained("gpt2")\npipeline(model="gpt2")\nx = "gpt-4o"\n# gpt-4o-mini'), [
    'call-argument:gpt2', 'keyword-argument:gpt2', 'string-literal:gpt-4o', 'comment:gpt-4o-mini',
  ]);
  assert.deepEqual(kinds('shellscript', 'ollama run llama3\ndocker model run ai/llama3.2'), ['cli-argument:llama3', 'docker-model:ai/llama3.2']);
  assert.deepEqual(kinds('yaml', 'model: gpt-4o\n'), ['config-value:gpt-4o']);
  assert.deepEqual(kinds('markdown', 'Try gpt-4o: https://huggingface.co/gpt2'), ['prose:gpt-4o', 'url:gpt2']);
});
