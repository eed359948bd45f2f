/**
 * A small stand-in for the `vscode` module, enough for the report command, the export command and the log to run
 * in plain Node: it records notifications, output-channel lines, dialogs and file writes, and answers modal
 * questions with what the test says. Importing this file installs it for later `require('vscode')` calls.
 */
import Module from 'node:module';
import { promises as fs } from 'node:fs';

export interface Shown {
  kind: 'info' | 'warning' | 'error';
  message: string;
  modal: boolean;
}

class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export const fake = {
  shown: [] as Shown[],
  channel: [] as string[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  /** The button a modal question is answered with (undefined: the user closed it). */
  modalAnswer: undefined as string | undefined,
  saveDialogAnswer: undefined as Uri | undefined,
  saveDialogs: 0,
  workspaceFolders: [] as Array<{ uri: Uri; name: string; index: number }>,
  reset(): void {
    this.shown.length = 0;
    this.channel.length = 0;
    this.modalAnswer = undefined;
    this.saveDialogAnswer = undefined;
    this.saveDialogs = 0;
  },
};

function notify(kind: Shown['kind']) {
  return (message: string, ...rest: unknown[]) => {
    const options = rest[0];
    const modal = typeof options === 'object' && options !== null && (options as { modal?: boolean }).modal === true;
    fake.shown.push({ kind, message, modal });
    return Promise.resolve(modal ? fake.modalAnswer : undefined);
  };
}

const vscode = {
  Uri,
  ProgressLocation: { Notification: 15 },
  window: {
    showInformationMessage: notify('info'),
    showWarningMessage: notify('warning'),
    showErrorMessage: notify('error'),
    showSaveDialog: () => {
      fake.saveDialogs++;
      return Promise.resolve(fake.saveDialogAnswer);
    },
    showQuickPick: () => Promise.resolve(undefined),
    withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => Promise<unknown>) =>
      task({ report: () => undefined }, { onCancellationRequested: () => ({ dispose: () => undefined }) }),
    createOutputChannel: () => ({
      info: (line: string) => fake.channel.push(line),
      error: (line: string) => fake.channel.push(line),
      show: () => undefined,
      dispose: () => undefined,
    }),
  },
  workspace: {
    get workspaceFolders() {
      return fake.workspaceFolders;
    },
    asRelativePath: (uri: Uri) => uri.path,
    fs: {
      stat: async (uri: Uri) => fs.stat(uri.path),
      writeFile: async (uri: Uri, bytes: Uint8Array) => fs.writeFile(uri.path, bytes),
    },
  },
  commands: {
    registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
      fake.commands.set(id, run);
      return { dispose: () => fake.commands.delete(id) };
    },
  },
};

const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
