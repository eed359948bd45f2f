/**
 * Command lines, wherever they appear: shell scripts, Dockerfile RUN/CMD, YAML `run:`/`command:`/`args:`,
 * package.json scripts, Markdown fences, notebook `!` lines, subprocess argument lists.
 * Text is split into tokens at whitespace, quotes, commas and brackets, so `["--model", "x"]` and
 * `--model x` read the same; then a few command shapes are matched on the token list.
 */
import type { Collector } from './collector';
import type { Strength } from './ids';
import { keyStrength } from './keys';

export interface Token {
  start: number;
  end: number;
  /** Followed directly by `=` (`--model=x`, `MODEL_ID=x`). */
  assigns: boolean;
}

/** A null entry breaks a command (a newline that does not continue it, `;`, `&&`, `|`). */
export type TokenStream = Array<Token | null>;

/** What each code unit below 128 is to the tokenizer (every other one is part of a token). */
const SEPARATOR = 1;
const BREAK = 2;
const LINE_END = 4;
const CHARACTER_CLASS = new Uint8Array(128);
for (const ch of [' ', '\t', '"', "'", '`', ',', '[', ']', '(', ')', '{', '}', '=', '<', '>']) CHARACTER_CLASS[ch.charCodeAt(0)] = SEPARATOR;
for (const ch of [';', '|', '&']) CHARACTER_CLASS[ch.charCodeAt(0)] = BREAK;
CHARACTER_CLASS[10] = LINE_END;
CHARACTER_CLASS[13] = LINE_END;

function classOf(code: number): number {
  return code < 128 ? CHARACTER_CLASS[code]! : 0;
}

const COLON = 58;
const DASH = 45;
const EQUALS = 61;
const BACKSLASH = 92;

/**
 * Tokens of text[from, to). Newlines break commands unless the line ends with `\` (shell) or, with
 * `listContinues`, the next line is a YAML list item (`- --model`, `- org/name`).
 */
export function tokenize(text: string, from: number, to: number, listContinues = false, out: TokenStream = []): TokenStream {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const kind = classOf(code);
    if (kind === LINE_END) {
      let j = i + 1;
      for (; j < to; j++) {
        const next = text.charCodeAt(j);
        if (next !== 32 && next !== 9 && next !== 13 && next !== 10) break;
      }
      const continued = previousNonSpace(text, from, i) === '\\' || (listContinues && text.charCodeAt(j) === DASH);
      if (!continued) out.push(null);
      i = j;
      continue;
    }
    if (kind === BREAK) {
      out.push(null);
      i++;
      continue;
    }
    if (code === COLON && out.length > 0) {
      const before = text.charCodeAt(i - 1);
      if (before === 34 || before === 39) {
        // `curl -d '{"model": "x"}'`: a quoted key followed by a colon assigns like `model=x`
        const last = out[out.length - 1];
        if (last && last.end === i - 1) last.assigns = true;
        i++;
        continue;
      }
    }
    if (kind === SEPARATOR || code === BACKSLASH) {
      if (code === EQUALS && out.length > 0) {
        const last = out[out.length - 1];
        if (last && last.end === i) last.assigns = true;
      }
      i++;
      continue;
    }
    let end = i;
    for (; end < to; end++) {
      const part = text.charCodeAt(end);
      if (classOf(part) !== 0) break;
      if (part === COLON && text.charCodeAt(end + 1) === DASH) break; // `${MODEL:-default}`: MODEL is assigned the default
    }
    const defaults = text.charCodeAt(end) === COLON && text.charCodeAt(end + 1) === DASH;
    if (!(end === i + 1 && code === DASH) && end > i) out.push({ start: i, end, assigns: defaults }); // a lone `-` is a YAML list marker
    i = defaults ? end + 2 : Math.max(end, i + 1);
  }
  out.push(null);
  return out;
}

function previousNonSpace(text: string, from: number, at: number): string {
  let i = at - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  return i >= from ? text[i]! : '';
}

const OLLAMA_COMMANDS = new Set(['run', 'pull', 'show', 'push', 'rm', 'stop', 'cp']);
const DOCKER_MODEL_COMMANDS = new Set(['run', 'pull', 'push', 'rm', 'inspect', 'tag']);
const HUB_DOWNLOADERS = new Set(['huggingface-cli', 'hf']);
/** llama.cpp `-hf`/`--hf-repo`, mlx `--hf-path`: the value is a Hub repo. */
const HUB_FLAGS = new Set(['hf', 'hfr', 'hf-repo', 'hf-path', 'hf_repo', 'hf-model-repo']);

export function detectCommands(collector: Collector, tokens: TokenStream): void {
  const text = collector.text;
  const word = (t: Token | null | undefined): string => (t ? text.slice(t.start, t.end) : '');
  const offerAt = (index: number, strength: Strength, docker = false): void => {
    const token = tokens[index];
    if (!token) return;
    const value = word(token);
    if (value.startsWith('-') || value.startsWith('$')) return;
    const syntax = docker || value.startsWith('ai/') ? 'docker-model' : 'cli-argument';
    collector.offer(token.start, token.end, syntax, strength);
  };
  /** Index of the next token that is not a flag, within the same command. */
  const nextPlain = (index: number): number => {
    let j = index;
    while (tokens[j] && word(tokens[j]).startsWith('-')) j++;
    return tokens[j] ? j : -1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const lower = word(token).toLowerCase();
    const next = word(tokens[i + 1]).toLowerCase();
    if ((lower === 'ollama' || lower.endsWith('/ollama')) && OLLAMA_COMMANDS.has(next)) {
      const j = nextPlain(i + 2);
      if (j >= 0) offerAt(j, 'strong');
    } else if (lower === 'vllm' && next === 'serve') {
      const j = nextPlain(i + 2);
      if (j >= 0) offerAt(j, 'strong');
    } else if (HUB_DOWNLOADERS.has(lower) && next === 'download') {
      const j = nextPlain(i + 2);
      if (j >= 0 && !downloadsNonModel(tokens, i, word)) offerAt(j, 'strong');
    } else if (lower === 'docker' && next === 'model' && DOCKER_MODEL_COMMANDS.has(word(tokens[i + 2]).toLowerCase())) {
      const j = nextPlain(i + 3);
      if (j >= 0) offerAt(j, 'strong', true);
    } else if (lower === 'llm' && (next === '-m' || next === '--model')) {
      offerAt(i + 2, 'key');
    } else if (lower.startsWith('-') && tokens[i + 1]) {
      const name = lower.replace(/^-+/, '');
      if (HUB_FLAGS.has(name) && lower !== '-hf-path') offerAt(i + 1, 'strong');
      else if (lower.startsWith('--') || token.assigns) {
        const strength = keyStrength(name);
        if (strength) offerAt(i + 1, strength);
      }
    } else if (token.assigns && tokens[i + 1]) {
      // `MODEL_ID=org/name cmd`, `--model_args pretrained=org/name`
      const strength = lower === 'pretrained' ? 'medium' : keyStrength(lower);
      if (strength) {
        const value = tokens[i + 1]!;
        collector.offer(value.start, value.end, 'config-value', strength);
      }
    }
  }
}

/** `huggingface-cli download x --repo-type dataset`: the flag may come anywhere in the command. */
function downloadsNonModel(tokens: TokenStream, from: number, word: (t: Token | null | undefined) => string): boolean {
  for (let j = from; j < tokens.length && tokens[j]; j++) {
    const w = word(tokens[j]).toLowerCase();
    if (w === '--repo-type' || w === '--repo_type') {
      const type = word(tokens[j + 1]).toLowerCase();
      return type === 'dataset' || type === 'space';
    }
  }
  return false;
}
