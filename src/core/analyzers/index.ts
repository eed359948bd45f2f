/**
 * The file analysers a scan runs beside model-reference detection (license texts, model cards, Modelfile
 * LICENSE blocks, GGUF/safetensors headers), and the pure functions the editor calls on an open document.
 *   scanFolder(root, engine, { fileAnalyzers: createFileAnalyzers(engine) })
 */
import { isModelfileName } from '../detect/modelfile-license';
import type { Finding } from '../finding';
import type { FileAnalyzer } from '../scan/scan';
import type { AnalyzerContext } from './context';
import { analyzeLicenseText, createLicenseFileAnalyzer, isLicenseFileName } from './license-file';
import { analyzeModelCard, createModelCardAnalyzer, isMarkdownFileName } from './model-card';
import { createModelFileAnalyzer } from './model-file';
import { analyzeModelfileLicenses, createModelfileLicenseAnalyzer } from './modelfile-license';

export type { AnalyzerContext } from './context';
export { analyzeLicenseText, isLicenseFileName } from './license-file';
export { analyzeModelCard, isMarkdownFileName } from './model-card';
export { analyzeModelFile, analyzeModelFileHeader, createModelFileAnalyzer } from './model-file';
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

/**
 * For an open document in the editor: the license-file, model-card and Modelfile findings its name calls for
 * (model files are binary and never open as text). `file` is the document's path or uri.
 */
export function analyzeFileText(text: string, context: AnalyzerContext, options: { file: string }): Finding[] {
  const findings: Finding[] = [];
  if (isLicenseFileName(options.file)) findings.push(...analyzeLicenseText(text, context, options));
  if (isMarkdownFileName(options.file)) findings.push(...analyzeModelCard(text, context, options));
  if (isModelfileName(options.file)) findings.push(...analyzeModelfileLicenses(text, context, options));
  return findings;
}
