/**
 * Findings cloned from a worker thread carry their own copy of every string (the same message, path and verdict
 * words thousands of times); an in-process scan shares them. Interning on receipt keeps one copy per distinct
 * value, so what the editor holds after a scan stays as small as in-process.
 */
import type { Finding } from '../finding';

export function createFindingInterner(): (finding: Finding) => Finding {
  const strings = new Map<string, string>();
  const lists = new Map<string, unknown[]>();
  const intern = (value: string) => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  return (finding) => {
    const fields = finding as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (typeof value === 'string') fields[key] = intern(value);
      else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        // Lists of words (the rules): shared as an in-process scan shares its assessment's list.
        const listKey = `${key}\u0000${value.join('\u0000')}`;
        const known = lists.get(listKey);
        if (known) fields[key] = known;
        else lists.set(listKey, (fields[key] = value.map(intern)) as unknown[]);
      }
    }
    return finding;
  };
}
