import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderHover } from '../../../src/core/present/hover';
import { hoverInput } from './fixture';

/** The position of each needle in the text, to check the order of the sections. */
function positions(text: string, needles: string[]): number[] {
  return needles.map((needle) => {
    const at = text.indexOf(needle);
    assert.ok(at >= 0, `missing ${JSON.stringify(needle)} in:\n${text}`);
    return at;
  });
}

describe('hover: a known open-weight model', () => {
  const text = renderHover(hoverInput('meta-llama/Llama-3.1-8B-Instruct'));

  it('shows the sections in the promised order', () => {
    const order = positions(text, [
      'Llama', // model
      'Meta', // publisher
      '(US)', // country
      'License: [Llama 3.1 Community License Agreement](https://github.com/',
      'Commercial use allowed with conditions',
      'Over 700M monthly active users',
      'Openness: **restricted',
      'weights open · inference code',
      'Runs locally',
      'Memory to run locally (8B parameters)',
      'Sources (checked 2026-11-23): ',
    ]);
    assert.deepEqual(order, [...order].sort((a, b) => a - b), text);
  });

  it('estimates memory from 2 and 0.5 bytes per parameter plus the stated overhead', () => {
    // 8.03e9 × 2 × 1.2 = 19.3 GB; 8.03e9 × 0.5 × 1.2 = 4.8 GB
    assert.match(text, /≈ 19 GB at fp16, ≈ 4\.8 GB at 4-bit \(weights plus 20% for the runtime/);
  });

  it('dates its sources', () => {
    assert.match(text, /Sources \(checked 2026-11-23\): \[/);
  });
});

describe('hover: other kinds of model', () => {
  it('says an API-only model sends prompts away and has no memory line', () => {
    const text = renderHover(hoverInput('gpt-4o'));
    assert.match(text, /API only: prompts leave your machine \(sent to OpenAI\)/);
    assert.match(text, /API only: use under the provider's terms/);
    assert.doesNotMatch(text, /Memory to run locally/);
  });

  it('shows the base model chain of a distill and its inherited terms', () => {
    const text = renderHover(hoverInput('deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'));
    assert.match(text, /Base models \(their terms stack; the strictest decides: commercial use unknown\)/);
    assert.match(text, /- distill of Qwen\/Qwen2\.5-Math-7B: not in the dataset, terms unknown/);
  });

  it('shows a non-commercial verdict and the policy rule', () => {
    const text = renderHover(hoverInput('black-forest-labs/FLUX.1-dev'));
    assert.match(text, /\$\(error\) \*\*Commercial use not allowed\*\*/);
    assert.match(text, /Policy: warning \(rule non-commercial\)/);
  });

  it('says when the policy allows the license', () => {
    const text = renderHover(hoverInput('black-forest-labs/FLUX.1-dev', { allowedLicenses: ['flux-1-dev-non-commercial-license'] }));
    assert.match(text, /Policy: license allowed by the workspace policy/);
  });

  it('notes the spelling when an alias was written', () => {
    const text = renderHover(hoverInput('deepseek-r1:7b'));
    assert.match(text, /written as deepseek-r1:7b/);
  });
});

describe('hover: unknown models', () => {
  it('is honest about what is unknown and how to find out', () => {
    const text = renderHover(hoverInput('acme-labs/secret-model-7b'));
    assert.match(text, /not in the AI License Lens dataset/);
    assert.match(text, /Unknown: the publisher, the license/);
    assert.match(text, /\[model card\]\(https:\/\/huggingface\.co\/acme-labs\/secret-model-7b\)/);
    assert.match(text, /LICENSE file/);
  });

  it('uses the license a policy override declares', () => {
    const text = renderHover(
      hoverInput('acme-labs/secret-model-7b', { overrides: [{ model: 'acme-labs/*', reason: 'vendor contract 2026-04', license: 'mit' }] }),
    );
    assert.match(text, /declares its license: \[MIT License\]/);
    assert.match(text, /vendor contract 2026-04/);
  });
});

describe('hover: hostile text stays text', () => {
  for (const raw of ['[x](command:workbench.action.quit)', '<img src=x onerror=alert(1)>', '$(zap) **bold**', 'a`b`\n# heading']) {
    it(`escapes ${JSON.stringify(raw)}`, () => {
      const text = renderHover(hoverInput(raw));
      assert.doesNotMatch(text, /\]\(command:/);
      assert.doesNotMatch(text, /(^|[^\\])<img/);
      assert.doesNotMatch(text, /[^\\]\$\(zap\)/);
      assert.doesNotMatch(text, /\n# heading/);
      assert.doesNotMatch(text, /huggingface\.co/, 'no guessed link for a non-Hub id');
    });
  }
});
