/** Where the providers run: files of any language, untitled buffers, and the cells of any notebook. */
import type * as vscode from 'vscode';

export const MODEL_DOCUMENTS: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-notebook-cell' },
  { notebookType: '*' },
];
