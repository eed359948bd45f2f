/** The workspace policy file `.ai-license-lens.json` (JSON with comments), shared by the editor and the CLI. */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { policySchema, type Policy, type PolicyInput } from './policy';

export const POLICY_FILE_NAME = '.ai-license-lens.json';

export type PolicyFileResult = { ok: true; policy: Policy } | { ok: false; error: string };

export function parsePolicyFile(text: string, base: PolicyInput = {}): PolicyFileResult {
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    return { ok: false, error: `${POLICY_FILE_NAME} is not valid JSON: ${printParseErrorCode(first.error)} at offset ${first.offset}` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: `${POLICY_FILE_NAME} must hold one JSON object` };
  }
  const { $schema: _schema, ...fields } = json as Record<string, unknown>;
  const result = policySchema.safeParse(mergePolicyInputs(base, fields as PolicyInput));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, error: `${POLICY_FILE_NAME}: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return { ok: true, policy: result.data };
}

/** Later inputs win field by field; lists are joined and severities merged, so a file adds to the settings. */
export function mergePolicyInputs(...inputs: PolicyInput[]): PolicyInput {
  const merged: PolicyInput = {};
  for (const input of inputs) {
    for (const [key, value] of Object.entries(input) as Array<[keyof PolicyInput, unknown]>) {
      if (value === undefined) continue;
      const previous = merged[key];
      if (Array.isArray(value) && Array.isArray(previous)) {
        (merged as Record<string, unknown>)[key] = [...previous, ...value];
      } else if (key === 'severity' && previous && typeof value === 'object') {
        merged.severity = { ...(previous as object), ...(value as object) };
      } else {
        (merged as Record<string, unknown>)[key] = value;
      }
    }
  }
  return merged;
}
