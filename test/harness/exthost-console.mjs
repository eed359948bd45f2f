// The workbench forwards the extension host's console to the browser console as
// ['%c INFO', 'color: ...', format, ...args]. This turns those back into plain lines and drops the noise an
// offline VS Code makes (marketplace lookups, chat and agent features, the missing service worker).
import { format } from 'node:util';

const NOISE = /ChatModelSelection|AgentHost|open-vsx|Failed to load resource|github|AccountPolicyGate|iframe|socket|grace-time|builtin extensions|ServiceWorker|bad HTTP response|connection token|vsda|manifest\.json/i;

/**
 * Forwards the page's console to `write`, in order. Returns `flush()`, which resolves when every message
 * seen so far has been written (call it before printing the result, so the output is complete).
 */
export function forwardConsole(page, write = (line) => console.log(line)) {
  let queue = Promise.resolve();
  page.on('console', (message) => {
    queue = queue.then(async () => {
      let args = await Promise.all(message.args().map((handle) => handle.jsonValue().catch(() => '')));
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
      const text = args.length > 0 ? format(...args) : message.text();
      if (!NOISE.test(text)) for (const line of text.split('\n')) write(`  ${line}`);
    }).catch(() => {});
  });
  page.on('pageerror', (error) => { if (!NOISE.test(error.message)) write(`  [page error] ${error.message}`); });
  return () => queue;
}
