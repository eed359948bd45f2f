/**
 * The editor benchmarks' document: deterministic, realistic Python (imports, classes, loops, logging, strings,
 * comments, docstrings) with a model id on about 1% of lines, in the ways Python code names models.
 */
import { seededRandom } from './seeded-random.mjs';

const IDS = [
  'meta-llama/Llama-3.1-8B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3', 'Qwen/Qwen2.5-7B-Instruct',
  'black-forest-labs/FLUX.1-dev', 'google/gemma-2-9b-it', 'gpt-4o-mini', 'claude-3-5-sonnet-20241022',
  'deepseek-ai/DeepSeek-R1', 'acme-labs/widget-7b', 'sentence-transformers/all-MiniLM-L6-v2',
];
const WORDS = ['user', 'item', 'count', 'value', 'index', 'result', 'buffer', 'config', 'path', 'token', 'score', 'batch'];

function idLine(rand: () => number, id: string): string {
  const r = rand();
  if (r < 0.3) return `        model = AutoModelForCausalLM.from_pretrained("${id}", torch_dtype=torch.bfloat16)`;
  if (r < 0.5) return `        response = client.chat.completions.create(model="${id}", messages=messages)`;
  if (r < 0.7) return `    MODEL_NAME = "${id}"`;
  if (r < 0.85) return `        pipe = pipeline("text-generation", model="${id}")`;
  return `        tokenizer = AutoTokenizer.from_pretrained('${id}')`;
}

function fillerLine(rand: () => number, n: number): string {
  const w = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const r = rand();
  if (r < 0.12) return `        # ${w()} the ${w()} before returning, see issue #${n}`;
  if (r < 0.27) return `        ${w()}_${n} = self.${w()}.get("${w()}", ${n})`;
  if (r < 0.37) return `        for ${w()} in range(len(${w()}s)):`;
  if (r < 0.5) return `            logger.info("processed %s items from %s", ${w()}, "${w()}/${w()}")`;
  if (r < 0.6) return `            if ${w()} is None or not isinstance(${w()}, dict):`;
  if (r < 0.7) return `                raise ValueError(f"bad ${w()}: {${w()}!r} at {${n}}")`;
  if (r < 0.78) return `        return {"${w()}": ${w()}, "${w()}": [x * ${n % 7} for x in ${w()}]}`;
  if (r < 0.84) return '';
  if (r < 0.9) return `    def ${w()}_${w()}_${n}(self, ${w()}: str, ${w()}: int = ${n % 100}) -> dict:`;
  if (r < 0.95) return `        """Returns the ${w()} of the ${w()} (cached per ${w()})."""`;
  return `        ${w()} = os.path.join(${w()}_dir, "${w()}-${n}.json")`;
}

/** `lines` lines; every line whose index is 1 in 100 (from a seeded draw) names a model. */
export function pythonDocument(lines = 5000, seed = 7): string {
  const rand = seededRandom(seed);
  const out = ['import os', 'import logging', 'import torch', 'from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline', 'from openai import OpenAI', '', 'logger = logging.getLogger(__name__)', '', 'class Service:'];
  let ids = 0;
  while (out.length < lines) {
    if (rand() < 0.01) out.push(idLine(rand, IDS[ids++ % IDS.length]!));
    else out.push(fillerLine(rand, out.length));
  }
  return `${out.join('\n')}\n`;
}

/** The document with one line in its middle retyped, as a keystroke's debounced edit leaves it. */
export function editOneLine(text: string, lineIndex: number, replacement: string): string {
  const lines = text.split('\n');
  lines[lineIndex] = replacement;
  return lines.join('\n');
}
