/** A text of one JSON value per line, each line parsed when asked for (the shipped entries and details files). */
export class JsonLines {
  private readonly starts: number[] = [];

  constructor(private readonly text: string) {
    if (text.length === 0) return;
    this.starts.push(0);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  parse(line: number): unknown {
    const start = this.starts[line];
    if (start === undefined) throw new RangeError(`no line ${line} in ${this.count}`);
    const end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    return JSON.parse(this.text.slice(start, end));
  }
}

export function joinJsonLines(values: readonly unknown[], stringify: (value: unknown) => string = JSON.stringify): string {
  return values.map(stringify).join('\n');
}
