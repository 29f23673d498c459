/**
 * The embed page's one stylesheet, inline and allowed by its hash (the CSP has no 'unsafe-inline'). It draws the
 * static episode with the card's own tokens, sizes and dark palette, so the element that replaces it looks like the
 * same card; and it keeps `<podcast-episode>` laid out but invisible over it until it reports `state="ready"`, then
 * swaps the two in one frame (see embed-page.ts). Static text: the hash is computed once.
 */
export const EMBED_CSS = `
:root {
  color-scheme: light;
  --accent: #6d28d9; --bg: #fff; --text: #17151c; --muted: #5f5a6b; --border: #e4e1ea; --soft: #f5f3f8;
}
:root[data-theme='dark'] {
  color-scheme: dark;
  --accent: #a78bfa; --bg: #17151c; --text: #f1eff5; --muted: #a9a3b5; --border: #2e2a36; --soft: #221f29;
}
@media (prefers-color-scheme: dark) {
  :root[data-theme='auto'] {
    color-scheme: dark;
    --accent: #a78bfa; --bg: #17151c; --text: #f1eff5; --muted: #a9a3b5; --border: #2e2a36; --soft: #221f29;
  }
}
html, body { margin: 0; padding: 0; background: transparent; }
body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
main { position: relative; }
/* The element lays out where the static card is, clipped away, until the page's script marks it shown (its
   episode on screen, see frame-height-script.ts); then it takes the static card's place in the same frame. Clipped,
   not visibility:hidden: the card sets visibility back to visible against pages that hide things. Without
   scripts, or when the element fails, the static card stays. */
podcast-episode { display: block; }
podcast-episode:not([data-shown]) { position: absolute; inset: 0 0 auto 0; height: 0; overflow: hidden; }
podcast-episode[data-shown] + .static { display: none; }
.static {
  box-sizing: border-box; display: flex; flex-direction: column; gap: 16px; margin: 0; padding: 16px;
  border: 1px solid var(--border); border-radius: 16px; background: var(--bg); color: var(--text);
  overflow-wrap: anywhere;
}
.static * { margin: 0; }
.static a { color: var(--accent); }
.header { display: flex; gap: 16px; align-items: flex-start; }
.artwork {
  flex: none; width: 72px; height: 72px; border-radius: 8px; object-fit: cover; background: var(--soft);
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.12);
}
.full .artwork { width: 88px; height: 88px; border-radius: 10px; }
.artwork--drawn {
  display: grid; place-items: center; font-size: 1.5em; font-weight: 700; background: var(--accent); color: var(--bg);
}
.heading { display: flex; flex-direction: column; gap: 4px; min-width: 0; flex: 1; }
.show {
  font-size: 0.8125em; font-weight: 600; letter-spacing: 0.02em; color: var(--muted); text-decoration: none;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.static a.show { color: var(--muted); }
.title { font-size: 1.125em; line-height: 1.25; font-weight: 700; }
@media (min-width: 560px) {
  .full .artwork { width: 132px; height: 132px; }
  .full .title { font-size: 1.5em; }
}
.meta { display: flex; flex-wrap: wrap; column-gap: 6px; font-size: 0.875em; color: var(--muted); }
.meta span:first-child { font-weight: 600; }
.host { font-size: 0.875em; color: var(--muted); }
.player { display: flex; flex-direction: column; gap: 6px; padding: 12px; border-radius: 12px; background: var(--soft); }
audio { width: 100%; height: 40px; animation: appear 0s 0.2s both; }
/* Chromium fits its audio controls to their width a frame after their first layout (the timeline moves for the
   clock): they appear once settled, so the reader sees nothing move. */
@keyframes appear { from { visibility: hidden; } }
.download { font-size: 0.8125em; }
.summary { font-size: 0.9375em; }
.compact .summary { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.section-heading { font-size: 0.8125em; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
.topics-section { display: flex; flex-direction: column; gap: 4px; }
.topics { display: flex; flex-direction: column; gap: 2px; padding: 0; list-style: none; font-size: 0.875em; }
.topics li { position: relative; padding-inline-start: 18px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.full .topics li, .more-topics[open] .topics li { white-space: normal; }
.topics li::before {
  content: ''; position: absolute; inset-inline-start: 2px; top: 0.6em; width: 7px; height: 7px; border-radius: 2px;
  background: var(--accent); opacity: 0.8;
}
.more-topics summary { cursor: pointer; font-size: 0.8125em; font-weight: 600; color: var(--accent); }
.related ul { display: flex; flex-direction: column; gap: 6px; padding: 8px 0 0; list-style: none; }
.related li { display: flex; flex-wrap: wrap; column-gap: 8px; font-size: 0.9375em; }
.related time { color: var(--muted); font-size: 0.875em; }
.related summary { cursor: pointer; font-size: 0.9375em; font-weight: 600; color: var(--accent); }
@media (max-width: 360px) {
  .static { padding: 16px; }
  .artwork { width: 56px; height: 56px; }
}
.error { padding: 20px; border: 1px solid var(--border); border-radius: 16px; background: var(--bg); color: var(--text); }
.error h1 { font-size: 1.125em; margin: 0 0 8px; }
.error p { margin: 0; color: var(--muted); }
`;
