/**
 * The hover for an id the dataset does not know: say plainly what is unknown and how a developer can find
 * out, never guess a license from the name.
 */
import { VERDICT_LABEL } from '../assess/verdict';
import { encodePathForLink, escapeMarkdown, markdownLink, safeHttpUrl } from '../report/escape';
import type { HoverInput } from './hover';

/** `org/name` as the Hub writes repo ids; anything else gets no guessed link. */
const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

export function renderUnknownModelHover(input: HoverInput): string {
  const { assessment } = input;
  const sections = [
    `$(question) **${escapeMarkdown(input.raw)}**: not in the AI License Lens dataset`,
    'Unknown: the publisher, the license and what it allows, how open the model is, and whether it runs locally.',
  ];
  if (assessment.license) {
    const declared = assessment.license;
    const url = safeHttpUrl(declared.url);
    const name = url ? markdownLink(declared.name, url) : escapeMarkdown(declared.name);
    const reason = assessment.decision.override ? `: ${escapeMarkdown(assessment.decision.override.reason)}` : '';
    sections.push(`The workspace policy declares its license: ${name}${reason}\\\n${escapeMarkdown(VERDICT_LABEL[assessment.commercialUse])}`);
  }
  const card = hubCardUrl(input.raw);
  const steps = [
    card ? `- read the ${markdownLink('model card', card)}: its \`license:\` field (and \`license_name\`, \`license_link\`)` : '- find the model card: its `license:` field (and `license_name`, `license_link`)',
    '- look for a LICENSE file in the model\'s repository or download',
    '- for a hosted model, read the provider\'s terms of service',
    '- then record what you found: an override with `license` and `reason` in `.ai-license-lens.json`',
  ];
  sections.push(`How to find out:\n\n${steps.join('\n')}`);
  return sections.join('\n\n');
}

/** The Hub page of an `org/name` id (where its card and license live), or null for anything else. */
export function hubCardUrl(raw: string): string | null {
  return HUB_ID.test(raw) ? safeHttpUrl(`https://huggingface.co/${encodePathForLink(raw)}`) : null;
}
