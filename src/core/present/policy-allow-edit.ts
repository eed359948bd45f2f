/**
 * Adds a license or model to an allow-list of `.ai-license-lens.json`, editing the text in place with
 * jsonc-parser so the user's comments and formatting survive. Returns the edits (offsets into the old text)
 * or, for a file that does not exist yet, its whole text.
 */
import { applyEdits, modify, parse, type Edit, type ParseError } from 'jsonc-parser';

export type AllowListKey = 'allowedLicenses' | 'allowedModels';

export type AllowListChange =
  | { kind: 'create'; text: string }
  | { kind: 'edit'; edits: Edit[]; text: string }
  | { kind: 'unchanged' }
  | { kind: 'error'; message: string };

const FORMATTING = { insertSpaces: true, tabSize: 2, eol: '\n' } as const;

export function addToAllowList(existing: string | undefined, key: AllowListKey, value: string): AllowListChange {
  if (existing === undefined || existing.trim() === '') {
    return { kind: 'create', text: `${JSON.stringify({ [key]: [value] }, null, 2)}\n` };
  }
  const errors: ParseError[] = [];
  const json: unknown = parse(existing, errors, { allowTrailingComma: true });
  if (errors.length > 0 || json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { kind: 'error', message: 'the policy file is not a valid JSON object; fix it first' };
  }
  const current = (json as Record<string, unknown>)[key];
  if (current !== undefined && !Array.isArray(current)) {
    return { kind: 'error', message: `"${key}" in the policy file is not a list` };
  }
  if (Array.isArray(current) && current.some((entry) => typeof entry === 'string' && entry.toLowerCase() === value.toLowerCase())) {
    return { kind: 'unchanged' };
  }
  const formattingOptions = { ...FORMATTING, eol: existing.includes('\r\n') ? '\r\n' : '\n' };
  const edits = Array.isArray(current)
    ? modify(existing, [key, current.length], value, { formattingOptions, isArrayInsertion: true })
    : modify(existing, [key], [value], { formattingOptions });
  return { kind: 'edit', edits, text: applyEdits(existing, edits) };
}
