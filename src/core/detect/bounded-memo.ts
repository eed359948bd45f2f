/**
 * Remembers a pure function's answers for repeated arguments (callees and keys repeat in every file). The map
 * is cleared when full, so a file of millions of distinct names cannot grow it without bound.
 */
export function boundedMemo<T>(compute: (key: string) => T | undefined, limit = 10_000): (key: string) => T | undefined {
  const answers = new Map<string, T | null>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key) ?? null;
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer ?? undefined;
  };
}
