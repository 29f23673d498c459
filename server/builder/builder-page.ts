/**
 * `GET /`: the embed builder. A bloggers' and newsletter editors' form: paste a feed, find the episode by typing
 * part of its title, pick layout, theme and sections, copy the snippet (script tag, iframe, email card HTML or
 * text) beside a live preview. The page works before its script runs only as far as a form can (the script
 * fills in everything); its one script is `/builder.js`, allowed by a per-response nonce, with no inline
 * handlers, under a CSP that allows nothing else.
 */
import { html, raw } from 'hono/html';
import { BUILDER_STYLE } from './builder-style.js';

/** The sections the element can show or hide (its `sections` attribute). */
export const SECTIONS = [
  ['summary', 'Show notes'],
  ['topics', 'Topics'],
  ['chapters', 'Chapters'],
  ['transcript', 'Transcript'],
  ['related', 'More episodes'],
] as const;

/** The snippet tabs: id, label, what the snippet is for. */
const TABS = [
  [
    'script',
    'Script tag',
    'For pages that allow scripts: your own site, WordPress with "unfiltered HTML", Ghost, Webflow.',
  ],
  ['iframe', 'iframe', 'For pages that allow an embed but no script: Notion, Wix, Squarespace, WordPress blocks.'],
  ['email-html', 'Email HTML', 'For newsletters: paste into an HTML block (Mailchimp, Buttondown, Beehiiv, Ghost).'],
  ['email-text', 'Email text', 'The plain-text version of the same card, for the text part of a newsletter.'],
] as const;

/** The whole page; `nonce` is this response's, for its one script and its one style element. */
export function builderPage(nonce: string, widgetUrl: string): string {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>Embed a podcast episode</title>
        <style nonce="${nonce}">
          ${raw(BUILDER_STYLE) /* our own constant: CSS is not HTML-escaped text */}
        </style>
        <script type="module" src="/builder.js" nonce="${nonce}"></script>
      </head>
      <body data-widget="${widgetUrl}">
        <header class="top">
          <h1>Embed a podcast episode</h1>
          <p>Paste a feed, pick an episode, copy the code for your site or newsletter.</p>
        </header>
        <main class="layout">
          <div class="controls">
            <form id="feed-form" class="step" novalidate>
              <h2><span class="num" aria-hidden="true">1</span> Podcast feed</h2>
              <label for="feed">Feed URL</label>
              <div class="row">
                <input
                  id="feed"
                  name="feed"
                  type="url"
                  inputmode="url"
                  autocomplete="url"
                  spellcheck="false"
                  placeholder="https://example.com/feed.xml"
                  required
                  aria-describedby="feed-status"
                />
                <button id="load" type="submit">Load</button>
              </div>
              <p id="feed-status" class="status" role="status" aria-live="polite"></p>
            </form>

            <section class="step" aria-labelledby="episode-heading">
              <h2 id="episode-heading"><span class="num" aria-hidden="true">2</span> Episode</h2>
              <label for="episode-input">Find an episode by its title</label>
              <div class="combo">
                <input
                  id="episode-input"
                  type="text"
                  role="combobox"
                  autocomplete="off"
                  spellcheck="false"
                  aria-autocomplete="list"
                  aria-expanded="false"
                  aria-controls="episode-list"
                  aria-describedby="episode-status"
                  placeholder="Latest episode"
                  disabled
                />
                <ul id="episode-list" role="listbox" aria-label="Episodes" hidden></ul>
              </div>
              <p id="episode-status" class="status" role="status" aria-live="polite">Load a feed first.</p>
            </section>

            <fieldset class="step" id="options">
              <legend><span class="num" aria-hidden="true">3</span> Look</legend>
              <div class="choice" role="radiogroup" aria-labelledby="layout-label">
                <span id="layout-label" class="label">Layout</span>
                <label><input type="radio" name="layout" value="compact" checked /> Compact</label>
                <label><input type="radio" name="layout" value="full" /> Full page</label>
              </div>
              <div class="choice" role="radiogroup" aria-labelledby="theme-label">
                <span id="theme-label" class="label">Theme</span>
                <label><input type="radio" name="theme" value="auto" checked /> Auto</label>
                <label><input type="radio" name="theme" value="light" /> Light</label>
                <label><input type="radio" name="theme" value="dark" /> Dark</label>
              </div>
              <div class="choice" role="group" aria-labelledby="sections-label">
                <span id="sections-label" class="label">Sections</span>
                ${SECTIONS.map(
                  ([value, label]) =>
                    html`<label><input type="checkbox" name="sections" value="${value}" checked /> ${label}</label>`,
                )}
              </div>
            </fieldset>
          </div>

          <section class="output step" aria-labelledby="code-heading">
            <h2 id="code-heading"><span class="num" aria-hidden="true">4</span> Copy the code</h2>
            <div class="tabs" role="tablist" aria-label="Kind of embed">
              ${TABS.map(
                ([id, label], i) =>
                  html`<button
                    type="button"
                    role="tab"
                    id="tab-${id}"
                    aria-controls="panel-${id}"
                    aria-selected="${i === 0 ? 'true' : 'false'}"
                    tabindex="${i === 0 ? '0' : '-1'}"
                  >
                    ${label}
                  </button>`,
              )}
            </div>
            ${TABS.map(
              ([id, label, hint], i) =>
                html`<div
                  class="panel"
                  role="tabpanel"
                  id="panel-${id}"
                  aria-labelledby="tab-${id}"
                  ${i === 0 ? '' : html`hidden`}
                >
                  <p class="hint">${hint}</p>
                  <label for="snippet-${id}" class="visually-hidden">${label} code</label>
                  <textarea id="snippet-${id}" class="snippet" readonly rows="5" spellcheck="false"></textarea>
                  <div class="row copy-row">
                    <button type="button" class="copy" data-copy="snippet-${id}">Copy ${label.toLowerCase()}</button>
                    <span class="status copied" role="status" aria-live="polite"></span>
                  </div>
                  <h3>Preview</h3>
                  <div class="preview" id="preview-${id}"></div>
                </div>`,
            )}
          </section>
        </main>
        <footer class="foot">
          <p>Served by podcast-episode. Machine-readable routes: <a href="/routes.json">/routes.json</a>.</p>
        </footer>
      </body>
    </html> `;
  return page.toString();
}
