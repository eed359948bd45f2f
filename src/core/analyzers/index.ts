/**
 * The file analysers a scan runs beside model-reference detection (license texts, model cards, Modelfile
 * LICENSE blocks, GGUF/safetensors headers), and the pure functions the editor calls on an open document.
 *   scanFolder(root, engine, { fileAnalyzers: createFileAnalyzers(engine) })
 */
import type { FileAnalyzer } from '../scan/scan';
import type { AnalyzerContext } from './context';
import { createLicenseFileAnalyzer } from './license-file';
import { createModelCardAnalyzer } from './model-card';
import { createModelFileAnalyzer } from './model-file';
import { createModelfileLicenseAnalyzer } from './modelfile-license';

export type { AnalyzerContext } from './context';
export { analyzeLicenseText, isLicenseFileName } from './license-file';
export { analyzeModelCard, isMarkdownFileName } from './model-card';
export { analyzeModelFileHeader, createModelFileAnalyzer } from './model-file';
export { analyzeModelfileLicenses } from './modelfile-license';
export { resolveDeclaredLicense } from './license-lookup';

/** An `Engine` satisfies `AnalyzerContext`. */
export function createFileAnalyzers(engine: AnalyzerContext): FileAnalyzer[] {
  return [
    createLicenseFileAnalyzer(engine),
    createModelCardAnalyzer(engine),
    createModelfileLicenseAnalyzer(engine),
    createModelFileAnalyzer(engine),
  ];
}
