/** Ollama Modelfiles: `FROM <model>` and `ADAPTER <model>`; the rest is prompts and parameters. */
import type { Collector } from './collector';
import { detectKnownTokens } from './prose';
import type { KnownIdPredicate } from './reference';

/** Modelfile-only instructions, and Dockerfile-only ones: a docs fence labelled `dockerfile` is often a Modelfile. */
const MODELFILE_ONLY = /^[ \t]*(PARAMETER|TEMPLATE|SYSTEM|ADAPTER|MESSAGE|REQUIRES)[ \t]/im;
const DOCKERFILE_ONLY = /^[ \t]*(RUN|COPY|ADD|CMD|ENTRYPOINT|WORKDIR|EXPOSE|ENV|ARG|USER|VOLUME|HEALTHCHECK|ONBUILD|SHELL|STOPSIGNAL)[ \t]/im;
const FROM_LINE = /^[ \t]*FROM[ \t]+\S/im;
const FROM_VALUES = /^[ \t]*FROM[ \t]+(\S+)/gim;

/**
 * A Modelfile rather than a Dockerfile: no Docker-only instruction, and either a Modelfile-only instruction
 * or every `FROM` naming a known model or a `.gguf` file (`FROM llama3` in a docs fence).
 */
export function looksLikeModelfile(text: string, from: number, to: number, isKnown?: KnownIdPredicate): boolean {
  if (to - from > 100_000) return false;
  const body = text.slice(from, to);
  if (!FROM_LINE.test(body) || DOCKERFILE_ONLY.test(body)) return false;
  if (MODELFILE_ONLY.test(body)) return true;
  if (!isKnown) return false;
  const values = [...body.matchAll(FROM_VALUES)].map((m) => m[1]!);
  return values.length > 0 && values.every((v) => v.toLowerCase().endsWith('.gguf') || isKnown(v));
}

export function detectInModelfile(collector: Collector, from: number, to: number): void {
  const text = collector.text;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let p = lineStart;
    while (p < lineEnd && (text[p] === ' ' || text[p] === '\t')) p++;
    if (text[p] === '#') {
      detectKnownTokens(collector, p + 1, lineEnd, 'comment');
    } else {
      const word = /^(FROM|ADAPTER)[ \t]+/i.exec(text.slice(p, Math.min(lineEnd, p + 16)));
      if (word) {
        const valueStart = p + word[0].length;
        let valueEnd = valueStart;
        while (valueEnd < lineEnd && !' \t\r'.includes(text[valueEnd]!)) valueEnd++;
        collector.offer(valueStart, valueEnd, 'modelfile-from', 'strong');
      } else {
        detectKnownTokens(collector, p, lineEnd, 'prose'); // SYSTEM / TEMPLATE text
      }
    }
    lineStart = lineEnd + 1;
  }
}
