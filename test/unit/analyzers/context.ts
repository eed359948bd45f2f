/**
 * The analysers' test context: the mini dataset with a few fingerprints and aliases added, in the catalog's
 * schema (fingerprints lower case, whitespace collapsed), until data/licenses.json carries its own.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY, parsePolicy, type PolicyInput } from '../../../src/core/assess/policy';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { createDatasetView, parseDataset } from '../../../src/core/dataset/load';
import type { AnalyzerContext } from '../../../src/core/analyzers/context';

const FINGERPRINTS: Record<string, string[]> = {
  'llama3.1': ['llama 3.1 community license agreement', 'llama 3.1 version release date: july 23, 2024'],
  llama3: ['meta llama 3 community license agreement', 'meta llama 3 version release date: april 18, 2024'],
  'llama3.2': ['llama 3.2 community license agreement'],
  'apache-2.0': ['apache license version 2.0, january 2004', 'licensed under the apache license, version 2.0'],
  mit: [
    'permission is hereby granted, free of charge, to any person obtaining a copy',
    'the above copyright notice and this permission notice shall be included in all copies or substantial portions of the software',
  ],
  'flux-1-dev-non-commercial-license': ['flux.1 [dev] non-commercial license'],
  gemma: ['gemma terms of use'],
};

const ALIASES: Record<string, string[]> = {
  'llama3.1': ['llama3_1', 'LicenseRef-Llama3.1'],
  'apache-2.0': ['Apache 2.0', 'Apache License, Version 2.0'],
  deepseek: ['DeepSeek License'],
};

export function loadTestDataset() {
  const json = JSON.parse(readFileSync('test/fixtures/datasets/mini.json', 'utf8')) as {
    licenses: Array<{ id: string; fingerprints: string[]; aliases: string[] }>;
  };
  for (const license of json.licenses) {
    license.fingerprints = FINGERPRINTS[license.id] ?? [];
    license.aliases = ALIASES[license.id] ?? [];
  }
  return parseDataset(json);
}

export function testContext(policy: PolicyInput = {}): AnalyzerContext {
  const dataset = loadTestDataset();
  return {
    dataset: createDatasetView(dataset),
    policy: Object.keys(policy).length === 0 ? DEFAULT_POLICY : parsePolicy(policy),
    resolver: createModelResolver(dataset),
  };
}
