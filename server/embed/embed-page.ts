/**
 * `/embed`: one episode as a page made for an iframe. The episode is in the HTML itself (a static card: artwork,
 * show, title, date and length, summary, topics, a native `<audio controls>`, related episodes), so it works where
 * no script runs. Beside it sits `<podcast-episode src="/episode.json?…">`, laid out where the static card is but
 * clipped away and inert; once it is ready (and has its chapters) the page's script marks it shown, and the CSS swaps
 * the two in the same frame (frame-height-script.ts, embed-styles.ts).
 *
 * Why light DOM and not Lit SSR with declarative shadow DOM: SSR would need the element's whole render path (player,
 * controllers, i18n, `matchMedia`, storage) to run on Node and on Workers, and hydration support loaded before Lit
 * in the 35 KB script, which has ~240 bytes left. The static card needs no element code at all, and a failed or
 * blocked script leaves a working page rather than a half-hydrated one.
 *
 * Everything from the feed goes through `hono/html`'s escaping; show notes are used only as their plain text.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { EpisodeSnapshot } from '../../src/snapshot/snapshot-model.js';
import { formatDate, formatDuration } from '../../src/episode/format.js';
import { episodeLabel, guestLine, hostLine } from '../../src/ui/episode-labels.js';
import { strings } from '../../src/i18n/strings.js';
import { embedUrl, type EmbedParams } from './embed-params.js';
import { parseSections } from '../../src/element/sections.js';
import { renderLinkPreviews } from './link-previews.js';
import { renderPage } from './page-shell.js';
import { episodeSummary } from './summary-text.js';

const LANG = 'en';
const MAX_TOPICS = 12;
const COMPACT_TOPICS = 3;

export interface EmbedPageInput {
  snapshot: EpisodeSnapshot;
  params: EmbedParams;
  /** The request's origin (`https://host`), for absolute URLs in link previews. */
  origin: string;
  /** Where the page loads the widget's script from. */
  widgetUrl: string;
  scriptOrigins: string[];
}

/** Up to two initials of the show's name, drawn where there is no artwork (as the element does). */
function initials(title: string): string {
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join('');
}

function meta(snapshot: EpisodeSnapshot): HtmlEscapedString | Promise<HtmlEscapedString> {
  const { episode } = snapshot;
  const date = episode.published
    ? html`<time datetime="${episode.published.toISOString()}">${formatDate(episode.published, LANG)}</time>`
    : '';
  const parts = [
    episodeLabel(episode, strings),
    date,
    episode.duration !== undefined ? formatDuration(episode.duration, LANG) : '',
  ].filter((part) => part !== '');
  // As the element writes it: "S1 · Ep 2 · Apr 19, 2026 · 34 s", the dots hidden from screen readers.
  return html`<p class="meta">
    ${parts.map((part, i) => html`${i ? html`<span class="dot" aria-hidden="true">·</span>` : ''}<span>${part}</span>`)}
  </p>`;
}

function people(snapshot: EpisodeSnapshot): HtmlEscapedString | Promise<HtmlEscapedString> | string {
  const { episode, podcast } = snapshot;
  const line = [hostLine(episode, podcast, strings, LANG), guestLine(episode, strings, LANG)].filter(Boolean).join(' ');
  return line ? html`<p class="host">${line}</p>` : '';
}

/** The topics as the element lists them: compact, the first three and the rest behind "+N more". */
function topics(
  snapshot: EpisodeSnapshot,
  layout: EmbedParams['layout'],
): HtmlEscapedString | Promise<HtmlEscapedString> | string {
  const all = snapshot.episode.topics.slice(0, MAX_TOPICS);
  if (!all.length) return '';
  const shown = layout === 'full' ? all : all.slice(0, COMPACT_TOPICS);
  const rest = all.slice(shown.length);
  const list = (items: typeof all) =>
    html`<ul class="topics">
      ${items.map((t) => html`<li>${t.text}</li>`)}
    </ul>`;
  return html`<section class="topics-section">
    <h2 class="section-heading">${strings.topicsHeading}</h2>
    ${list(shown)}
    ${
      rest.length
        ? html`<details class="more-topics">
            <summary>${strings.moreTopics(rest.length)}</summary>
            ${list(rest)}
          </details>`
        : ''
    }
  </section>`;
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
  const full = params.layout === 'full';
  // The sections the element shows (`sections`): the summary, topics and related list follow it.
  const sections = parseSections(params.sections);
  const summary = sections.has('summary') ? episodeSummary(snapshot, full ? 700 : 400) : '';
  const audio = episode.enclosure;
  const player = audio
    ? html`<div class="player">
        <audio controls preload="none" src="${audio.url}" aria-label="${episode.title}"></audio>
        <a class="download" href="${audio.url}" target="_blank" rel="noopener noreferrer">${strings.download}</a>
      </div>`
    : '';
  // In the element's order: compact, the player under the header; full, the topics first (an episode page).
  const topicList = sections.has('topics') ? topics(snapshot, params.layout) : '';
  return html`<article class="static ${params.layout}" ${feedLang ? html` lang="${feedLang}"` : ''}>
    <header class="header">
      ${
        image
          ? html`<img class="artwork" src="${image}" alt="" width="132" height="132" decoding="async" />`
          : html`<div class="artwork artwork--drawn" aria-hidden="true">${initials(podcast.title)}</div>`
      }
      <div class="heading">
        ${podcast.link ? html`<a class="show" href="${podcast.link}" target="_blank" rel="noopener noreferrer">${podcast.title}</a>` : html`<p class="show">${podcast.title}</p>`}
        <h1 class="title">${episode.title}</h1>
        ${meta(snapshot)} ${people(snapshot)}
      </div>
    </header>
    ${full ? topicList : ''} ${player} ${summary ? html`<p class="summary">${summary}</p>` : ''}
    ${full ? '' : topicList} ${sections.has('related') ? related(input) : ''}
  </article>`;
}

/**
 * The element, set up to read the same episode from our own server (snapshot, and feed files through /proxy).
 * `data-chapters`: the episode has chapters the element reads after it is ready (the page waits for them).
 * `inert` until the page's script shows it. `loading="eager"`: the frame is what the embedding page loads lazily or
 * not; inside it the element is clipped to no height at the frame's top, which a lazy element would take for off
 * screen once the reader scrolls the frame's top out of view.
 */
function element(input: EmbedPageInput): HtmlEscapedString | Promise<HtmlEscapedString> {
  const { params, snapshot } = input;
  const src = new URLSearchParams({ feed: params.feed, episode: params.episode });
  const chapters = snapshot.episode.chapters !== undefined || snapshot.episode.inlineChapters.length > 0;
  // The episode named too: given only `src`, the element picks the newest of the snapshot's episode and its
  // related ones, which is another episode whenever a newer one exists.
  return html`<podcast-episode
    src="/episode.json?${src.toString()}"
    episode="${snapshot.episode.id}"
    proxy="/proxy?url={url}"
    theme="${params.theme}"
    layout="${params.layout}"
    heading-level="1"
    loading="eager"
    ${params.sections ? html`sections="${params.sections}"` : ''}
    inert
    ${chapters ? raw('data-chapters') : ''}
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
