/** Ollama Modelfiles: `FROM <model>` and `ADAPTER <model>`; the rest is prompts and parameters. */
import type { Collector } from './collector';
import { detectKnownTokens } from './prose';

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
