/** Ollama Modelfiles: `FROM <model>` and `ADAPTER <model>`; the rest is prompts and parameters. */
import type { Collector } from './collector';
import { detectKnownTokens } from './prose';

/** Modelfile-only instructions, and Dockerfile-only ones: a docs fence labelled `dockerfile` is often a Modelfile. */
const MODELFILE_ONLY = /^[ \t]*(PARAMETER|TEMPLATE|SYSTEM|ADAPTER|MESSAGE|REQUIRES)[ \t]/im;
const DOCKERFILE_ONLY = /^[ \t]*(RUN|COPY|ADD|CMD|ENTRYPOINT|WORKDIR|EXPOSE|ENV|ARG|USER|VOLUME|HEALTHCHECK|ONBUILD|SHELL|STOPSIGNAL)[ \t]/im;
const FROM_LINE = /^[ \t]*FROM[ \t]+\S/im;

export function looksLikeModelfile(text: string, from: number, to: number): boolean {
  if (to - from > 100_000) return false;
  const body = text.slice(from, to);
  return FROM_LINE.test(body) && MODELFILE_ONLY.test(body) && !DOCKERFILE_ONLY.test(body);
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
