/** How exports name things outside our dataset: Hub URLs, package URLs, the workspace. */
import type { Model } from '../dataset/schema';

/** A Hub repository id is `owner/name`; API-only models have vendor names and no Hub page. */
export function isHubModel(model: Model): boolean {
  return model.availability !== 'api-only' && /^[^/\s]+\/[^/\s]+$/.test(model.id);
}

export function hubUrl(id: string): string {
  return `https://huggingface.co/${id.split('/').map(encodeURIComponent).join('/')}`;
}

/** Package URL of a Hub model: `pkg:huggingface/<namespace>/<name>` (purl type "huggingface"). */
export function purlOf(id: string): string {
  const [namespace, name] = id.split('/') as [string, string];
  return `pkg:huggingface/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/** The workspace's name: the last segment of the scanned root ("." and empty roots become "workspace"). */
export function workspaceName(root: string): string {
  const segments = root.replace(/\\/g, '/').split('/').filter((segment) => segment !== '' && segment !== '.');
  return segments.at(-1) ?? 'workspace';
}

/**
 * A license expression that SPDX tools can parse. A `LicenseRef-` id may only hold letters, digits, `.`
 * and `-`, but catalog ids such as `openrail++` carry other characters; `+` becomes `plus`, the rest `-`.
 */
export function spdxSafeExpression(expression: string): string {
  return expression.replace(/\b(LicenseRef-)([^\s()]+)/g, (_, prefix: string, id: string) =>
    prefix + id.replace(/\+/g, 'plus').replace(/[^A-Za-z0-9.-]/g, '-'),
  );
}
