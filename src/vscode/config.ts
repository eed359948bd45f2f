/** Reads `aiLicenseLens.*` fresh for a scope (a document or a folder) through the one schema of core/settings. */
import * as vscode from 'vscode';
import { parseSettings, SETTINGS_SECTION, type ParsedSettings } from '../core/settings';

export function readSettings(scope: vscode.Uri | undefined): ParsedSettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  // package.json declares the schema's defaults (a unit test checks it), so `get` agrees with the schema.
  return parseSettings((key) => configuration.get(key));
}
