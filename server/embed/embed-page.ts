/**
 * `/embed`: one episode as a page made for an iframe. The episode is in the HTML itself (a static card: artwork,
 * show, title, date and length, summary, topics, a native `<audio controls>`, related episodes), so it works where
 * no script runs. Beside it sits `<podcast-episode src="/episode.json?…">`, laid out invisibly where the static card
 * is; when the element reports `state="ready"` the page's CSS shows it and hides the static card in the same frame.
 *
 * Why light DOM and not Lit SSR with declarative shadow DOM: SSR would need the element's whole render path (player,
 * controllers, i18n, `matchMedia`, storage) to run on Node and on Workers, and hydration support loaded before Lit
 * in the 35 KB script, which has ~240 bytes left. The static card needs no element code at all, and a failed or
 * blocked script leaves a working page rather than a half-hydrated one.
 *
 * Everything from the feed goes through `hono/html`'s escaping; show notes are used only as their plain text.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { EpisodeSnapshot } from '../../src/snapshot/snapshot-model.js';
import { formatDate, formatDuration } from '../../src/episode/format.js';
import { episodeLabel } from '../../src/ui/episode-labels.js';
import { strings } from '../../src/i18n/strings.js';
import { embedUrl, type EmbedParams } from './embed-params.js';
import { renderLinkPreviews } from './link-previews.js';
import { renderPage } from './page-shell.js';
import { episodeSummary } from './summary-text.js';

const LANG = 'en';
const MAX_TOPICS = 12;

export interface EmbedPageInput {
  snapshot: EpisodeSnapshot;
  params: EmbedParams;
  /** The request's origin (`https://host`), for absolute URLs in link previews. */
  origin: string;
  /** Where the page loads the widget's script from. */
  widgetUrl: string;
  scriptOrigins: string[];
}

function meta(snapshot: EpisodeSnapshot): HtmlEscapedString | Promise<HtmlEscapedString> {
  const { episode } = snapshot;
  const label = episodeLabel(episode, strings);
  const date = episode.published ? formatDate(episode.published, LANG) : '';
  const length = episode.duration !== undefined ? formatDuration(episode.duration, LANG) : '';
  return html`<p class="meta">
    ${label ? html`<span>${label}</span>` : ''}
    ${date ? html`<time datetime="${episode.published!.toISOString()}">${date}</time>` : ''}
    ${length ? html`<span>${length}</span>` : ''}
  </p>`;
}

function related(input: EmbedPageInput): HtmlEscapedString | Promise<HtmlEscapedString> | string {
  const { snapshot, params, origin } = input;
  if (!snapshot.related.length) return '';
  const items = snapshot.related.map(
    (item) =>
      html`<li>
        <a href="${embedUrl(origin, params, item.guid ?? item.title)}">${item.title}</a>
        ${item.published ? html`<time datetime="${item.published.toISOString()}">${formatDate(item.published, LANG)}</time>` : ''}
      </li>`,
  );
  // Compact: folded, as the element's "More episodes" button is; full: open, as on an episode page.
  return params.layout === 'full'
    ? html`<section class="related">
        <h2 class="section-heading">${strings.relatedHeading}</h2>
        <ul>
          ${items}
        </ul>
      </section>`
    : html`<details class="related">
        <summary>${strings.panelRelated}</summary>
        <ul>
          ${items}
        </ul>
      </details>`;
}

function staticCard(input: EmbedPageInput): HtmlEscapedString | Promise<HtmlEscapedString> {
  const { snapshot, params } = input;
  const { episode, podcast } = snapshot;
  const image = episode.image ?? podcast.image;
  const feedLang = podcast.language || undefined;
  const summary = episodeSummary(snapshot, params.layout === 'full' ? 1200 : 400);
  const topics = episode.topics.slice(0, MAX_TOPICS);
  const audio = episode.enclosure;
  return html`<article class="static ${params.layout}" ${feedLang ? html` lang="${feedLang}"` : ''}>
    <header class="header">
      ${image ? html`<img class="artwork" src="${image}" alt="" width="132" height="132" decoding="async" />` : ''}
      <div class="heading">
        ${podcast.link ? html`<a class="show" href="${podcast.link}" target="_blank" rel="noopener noreferrer">${podcast.title}</a>` : html`<p class="show">${podcast.title}</p>`}
        <h1 class="title">${episode.title}</h1>
        ${meta(snapshot)}
      </div>
    </header>
    ${
      audio
        ? html`<div class="player">
            <audio controls preload="metadata" src="${audio.url}" aria-label="${episode.title}"></audio>
            <a class="download" href="${audio.url}" target="_blank" rel="noopener noreferrer">${strings.download}</a>
          </div>`
        : ''
    }
    ${summary ? html`<p class="summary">${summary}</p>` : ''}
    ${
      topics.length
        ? html`<section aria-label="${strings.topicsHeading}">
            <ul class="topics">
              ${topics.map((t) => html`<li>${t.text}</li>`)}
            </ul>
          </section>`
        : ''
    }
    ${related(input)}
  </article>`;
}

/** The element, set up to read the same episode from our own server (snapshot, and feed files through /proxy). */
function element(input: EmbedPageInput): HtmlEscapedString | Promise<HtmlEscapedString> {
  const { params } = input;
  const src = new URLSearchParams({ feed: params.feed, episode: params.episode });
  return html`<podcast-episode
    src="/episode.json?${src.toString()}"
    proxy="/proxy?url={url}"
    theme="${params.theme}"
    layout="${params.layout}"
    heading-level="1"
  ></podcast-episode>`;
}

/** The whole `/embed` page. */
export function renderEmbedPage(input: EmbedPageInput): Promise<string> {
  const { snapshot, params, widgetUrl } = input;
  return renderPage({
    lang: LANG,
    title: `${snapshot.episode.title} · ${snapshot.podcast.title}`,
    theme: params.theme,
    scriptOrigins: input.scriptOrigins,
    head: html`${renderLinkPreviews(input)}
      <script type="module" src="${widgetUrl}"></script>`,
    body: html`<main>${element(input)}${staticCard(input)}</main>`,
  });
}
