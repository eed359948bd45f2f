import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../../src/core/finding';
import { renderFileFindingHover } from '../../../src/core/present/hover-file';
import { dataset } from './fixture';

const base: Finding = {
  file: 'models/x/README.md', line: 2, column: 10, endLine: 2, endColumn: 18, kind: 'model-card', text: 'llama3.1',
  modelId: null, license: 'llama3.1', commercialUse: 'conditional', openness: 'unknown', severity: 'info',
  message: 'model card: Llama 3.1 Community License Agreement — commercial use allowed with conditions',
  rule: 'threshold', rules: ['threshold'], start: 13, end: 21,
};

describe('hover: what a file declares', () => {
  it('names the kind, the license with its link, the verdict and the policy', () => {
    const text = renderFileFindingHover(base, dataset);
    assert.match(text, /^\*\*Model card\*\*: Llama 3\.1/);
    assert.match(text, /License: \[Llama 3\.1 Community License Agreement\]\(https:/);
    assert.match(text, /\*\*Commercial use allowed with conditions\*\*/);
    assert.match(text, /Policy: info \(rule threshold\)/);
    assert.match(text, /License facts checked 2026-11-23/);
  });

  it('is honest when the license is not recognised, and escapes what the file said', () => {
    const text = renderFileFindingHover(
      { ...base, kind: 'license-file', license: null, commercialUse: 'unknown', message: 'LICENSE: [x](command:evil) not recognised' },
      dataset,
    );
    assert.match(text, /License: \*\*unknown\*\*/);
    assert.doesNotMatch(text, /\]\(command:/);
  });
});
