import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../src/core/engine';
import { scanFolder } from '../../../src/core/scan/scan';
import { createFileAnalyzers } from '../../../src/core/analyzers';
import { llamaGguf, writeSafetensors } from '../modelfile/writers';
import { testContext } from './context';

test('scanFolder with the file analysers reports license files, model cards, Modelfile blocks and model files', async () => {
  const context = testContext();
  const engine = createEngine({ dataset: context.dataset, policy: context.policy });
  const root = mkdtempSync(join(tmpdir(), 'all-scan-'));
  const files: Record<string, string | Uint8Array> = {
    'LICENSE': 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software',
    'models/llama/LICENSE': readFileSync('test/fixtures/license-files/llama3.1-LICENSE.txt', 'utf8'),
    'models/llama/README.md': '---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# My fine-tune\n',
    'models/llama/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf': llamaGguf(),
    'models/broken.gguf': llamaGguf().subarray(0, 30),
    'models/flux/model.safetensors': writeSafetensors({ __metadata__: { license: 'flux-1-dev-non-commercial-license' } }),
    'ollama/Modelfile': 'FROM llama3.1\nLICENSE """LLAMA 3.1 COMMUNITY LICENSE AGREEMENT"""\n',
    'docs/index.md': '---\ntitle: Docs\n---\nNothing here.\n',
    'src/license.ts': 'export const LICENSE = "Permission is hereby granted, free of charge, to any person obtaining a copy";\n',
    'logs/huge.log': 'x'.repeat(6 * 1024 * 1024),
  };
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), content);
    }
    const result = await scanFolder(root, engine, { fileAnalyzers: createFileAnalyzers(engine) });
    const byFile = new Map(result.findings.filter((f) => f.kind !== 'model-reference').map((f) => [f.file, f]));
    assert.deepEqual([...byFile.keys()].sort(), [
      'LICENSE',
      'models/broken.gguf',
      'models/flux/model.safetensors',
      'models/llama/LICENSE',
      'models/llama/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf',
      'models/llama/README.md',
      'ollama/Modelfile',
    ]);
    assert.equal(byFile.get('LICENSE')!.license, 'mit');
    assert.equal(byFile.get('models/llama/LICENSE')!.license, 'llama3.1');
    assert.equal(byFile.get('models/llama/README.md')!.rule, 'license-mismatch');
    assert.equal(byFile.get('models/llama/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf')!.modelId, 'meta-llama/Llama-3.1-8B-Instruct');
    assert.match(byFile.get('models/broken.gguf')!.message, /truncated/);
    assert.equal(byFile.get('models/flux/model.safetensors')!.rule, 'non-commercial');
    assert.equal(byFile.get('ollama/Modelfile')!.kind, 'license-file');
    // the model file's model appears in the summary table
    assert.ok(result.models.some((row) => row.id === 'meta-llama/Llama-3.1-8B-Instruct' && row.files.includes('models/llama/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
