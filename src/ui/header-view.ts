/** The header: artwork, show, episode label, title, date, length and host (and guests). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Episode, Podcast } from '../feed/model.js';
import type { Strings } from '../i18n/strings.js';
import { formatDate, formatDuration } from '../episode/format.js';
import { episodeLabel, guestLine, hostLine } from './episode-labels.js';

export interface HeaderViewOptions {
  /** The interface's words and language (dates, lengths and names are written in it). */
  t: Strings;
  lang: string;
  /** `compact`: a thumbnail beside show, title and meta. `full`: meta, title, then show and host, as an episode page. */
  layout: 'compact' | 'full';
  /** The artwork URL that failed to load, if any: it is drawn as the show's initials instead. */
  failedArtwork?: string;
  onArtworkError: (url: string) => void;
  /** The title's heading level when the page sets `heading-level` (default: h2). */
  level?: number;
}

/** Up to two initials of the show's name, for artwork that is missing or failed. */
export function initials(title: string): string {
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join('');
}

export function renderHeader(episode: Episode, podcast: Podcast, options: HeaderViewOptions): TemplateResult {
  const { lang, layout, t } = options;
  const meta = [
    episodeLabel(episode, t),
    episode.published ? formatDate(episode.published, lang) : '',
    episode.duration !== undefined ? formatDuration(episode.duration, lang) : '',
  ].filter(Boolean);
  const people = [hostLine(episode, podcast, t, lang), guestLine(episode, t, lang)].filter(Boolean).join(' ');
  // The show's and the episode's words are in the feed's language; the rest of the header in the interface's.
  const feedLang = podcast.language;
  const image = episode.image ?? podcast.image;
  const artwork =
    image && image !== options.failedArtwork
      ? html`<img
          part="artwork"
          class="artwork"
          src=${image}
          alt=""
          decoding="async"
          width="160"
          height="160"
          @error=${() => options.onArtworkError(image)}
        />`
      : html`<div part="artwork" class="artwork artwork--drawn" aria-hidden="true">${initials(podcast.title)}</div>`;
  const show = podcast.link
    ? html`<a
        part="show"
        class="show"
        href=${podcast.link}
        target="_blank"
        rel="noopener noreferrer"
        dir="auto"
        lang=${feedLang ?? nothing}
        >${podcast.title}</a
      >`
    : html`<span part="show" class="show" dir="auto" lang=${feedLang ?? nothing}>${podcast.title}</span>`;
  const title = html`<h2
    part="title"
    class="title"
    tabindex="-1"
    dir="auto"
    lang=${feedLang ?? nothing}
    aria-level=${options.level ?? nothing}
  >
    ${episode.title}
  </h2>`;
  const metaLine = html`<p part="meta" class="meta">
    ${meta.map(
      (item, i) => html`${i ? html`<span class="dot" aria-hidden="true">·</span>` : nothing}<span>${item}</span>`,
    )}
  </p>`;
  const host = people ? html`<p part="host" class="host" dir="auto">${people}</p>` : nothing;
  return html`<header part="header" class="header header--${layout}">
    ${artwork}
    <div class="heading">
      ${layout === 'full' ? html`${metaLine}${title}${show}${host}` : html`${show}${title}${metaLine}${host}`}
    </div>
  </header>`;
}
