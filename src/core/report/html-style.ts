/**
 * The HTML report's only stylesheet. The CSP allows it by hash (computed at render time), so it can be
 * edited freely; it must stay free of `</style>` and of anything loaded from elsewhere (fonts, images).
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --code: #f6f8fa;
  --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --info: #0969da; --none: #59636e; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --code: #161b22;
    --ok: #3fb950; --warn: #d29922; --bad: #f85149; --info: #4493f8; --none: #9198a1; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--fg); background: var(--bg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.6rem; margin: 0; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
.meta { color: var(--muted); margin-top: .25rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--code); }
.num { text-align: right; }
.columns { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.columns table.counts { width: auto; min-width: 16rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
code { background: var(--code); padding: .05rem .3rem; border-radius: 4px; font-size: .9em; overflow-wrap: anywhere; }
article { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem .75rem; margin: 1rem 0; }
dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .3rem 1rem; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; }
dd ul { margin: 0; padding-left: 1.1rem; }
.kind { color: var(--muted); font-family: ui-monospace, monospace; font-size: .85em; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; border: 1px solid currentColor; font-size: .85em; white-space: nowrap; }
.badge-allowed, .badge-open-source, .badge-open-weight { color: var(--ok); }
.badge-conditional, .badge-restricted-weight, .badge-warning { color: var(--warn); }
.badge-not-allowed, .badge-error { color: var(--bad); }
.badge-api-terms, .badge-api-only, .badge-info { color: var(--info); }
.badge-unknown, .badge-none { color: var(--none); }
a { color: var(--info); }
`;
