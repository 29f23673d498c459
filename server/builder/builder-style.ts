/**
 * The builder page's styles: one column on a phone (375 px), the controls beside the code and preview from 900 px.
 * Light and dark follow the reader's system; focus is always visible; targets are at least 44 px tall.
 */
export const BUILDER_STYLE = `
:root { color-scheme: light dark; --bg: #f6f7f9; --card: #fff; --text: #15181d; --muted: #505761; --line: #cfd4dc;
  --accent: #1d4ed8; --accent-text: #fff; --focus: #1d4ed8; --active: #e7eefc; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121418; --card: #1b1e24; --text: #eceef1; --muted: #aab1bb; --line: #3a404a;
    --accent: #8ab4ff; --accent-text: #0b1220; --focus: #8ab4ff; --active: #243247; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.top, .foot { max-width: 1200px; margin: 0 auto; padding: 20px 16px 4px; }
.top h1 { margin: 0; font-size: 1.5rem; line-height: 1.25; }
.top p, .foot p { margin: 4px 0 0; color: var(--muted); }
.foot { padding-bottom: 24px; font-size: 0.875rem; }
.foot a { color: inherit; }
.layout { max-width: 1200px; margin: 0 auto; padding: 12px 16px; display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 900px) { .layout { grid-template-columns: minmax(300px, 380px) minmax(0, 1fr); align-items: start; } }
.controls { display: grid; gap: 16px; min-width: 0; }
.step { margin: 0; padding: 16px; background: var(--card); border: 1px solid var(--line); border-radius: 12px; min-width: 0; }
h2, legend { margin: 0 0 10px; padding: 0; font-size: 1.05rem; font-weight: 650; display: flex; align-items: center; gap: 8px; }
legend { float: left; width: 100%; }
legend + * { clear: both; }
h3 { margin: 16px 0 8px; font-size: 0.95rem; color: var(--muted); font-weight: 600; }
.num { display: inline-grid; place-items: center; width: 24px; height: 24px; border-radius: 50%;
  background: var(--accent); color: var(--accent-text); font-size: 0.8rem; font-weight: 700; flex: none; }
label { display: block; font-weight: 500; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
input[type="url"], input[type="text"] { width: 100%; min-width: 0; min-height: 44px; padding: 8px 12px; font: inherit;
  color: var(--text); background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
#feed-form .row { flex-wrap: nowrap; margin-top: 4px; }
button { min-height: 44px; padding: 8px 16px; font: inherit; font-weight: 600; border-radius: 8px; cursor: pointer;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-text); }
button:disabled { opacity: 0.6; cursor: default; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.status { margin: 6px 0 0; min-height: 1.5em; color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
.status.error { color: #b42318; }
@media (prefers-color-scheme: dark) { .status.error { color: #ff9c8f; } }
.combo { position: relative; margin-top: 4px; }
[role="listbox"] { position: absolute; z-index: 2; left: 0; right: 0; top: calc(100% + 4px); margin: 0; padding: 4px;
  list-style: none; max-height: 320px; overflow-y: auto; background: var(--card); border: 1px solid var(--line);
  border-radius: 8px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); }
[role="option"] { padding: 10px 10px; border-radius: 6px; cursor: pointer; overflow-wrap: anywhere; }
[role="option"] small { display: block; color: var(--muted); }
[role="option"][aria-selected="true"], [role="option"]:hover { background: var(--active); }
fieldset.step { display: grid; gap: 12px; }
.choice { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; }
.choice .label { width: 100%; font-weight: 600; }
.choice label { display: inline-flex; align-items: center; gap: 6px; min-height: 44px; font-weight: 400; }
.choice input { width: 20px; height: 20px; margin: 0; accent-color: var(--accent); }
.tabs { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
[role="tab"] { background: transparent; color: var(--text); border-color: var(--line); padding: 8px 12px; }
[role="tab"][aria-selected="true"] { background: var(--accent); color: var(--accent-text); border-color: var(--accent); }
.hint { margin: 4px 0 8px; color: var(--muted); font-size: 0.9rem; }
.snippet { display: block; width: 100%; min-height: 7.5em; padding: 10px; resize: vertical; font: 13px/1.45 ui-monospace,
  SFMono-Regular, Menlo, Consolas, monospace; color: var(--text); background: var(--bg); border: 1px solid var(--line);
  border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
.copy-row { margin-top: 8px; }
.preview { border: 1px dashed var(--line); border-radius: 8px; padding: 8px; background: var(--bg); min-height: 120px; overflow: hidden; }
.preview iframe { display: block; width: 100%; border: 0; background: transparent; }
.preview pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.5 ui-monospace, Menlo, Consolas, monospace; }
.preview .empty { margin: 0; color: var(--muted); }
@media (max-width: 480px) {
  /* A phone: every pixel to the previews, so the email card gets close to its 320 px minimum. */
  .layout { padding: 8px; }
  .step { padding: 12px; }
  .preview { padding: 0; border: 0; background: transparent; }
}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
