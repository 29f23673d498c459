/**
 * The chapter list (`part="chapters"`): each chapter a button that plays from its start, with its start time, its
 * image and its link; the chapter playing now marked. A template function and its styles, for the element to use.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Chapter } from '../chapters/model.js';
import type { ChaptersFailure } from '../chapters/load-chapters.js';
import { chapterIndexAt } from '../chapters/chapter-at.js';
import { httpUrl } from '../chapters/http-url.js';
import { formatClock } from '../episode/format.js';
import { strings } from '../i18n/strings.js';

export interface ChaptersViewOptions {
  /** The playback position in seconds: the chapter playing there is marked. Nothing is marked when undefined. */
  currentTime?: number;
  /** Called with a chapter's start when the listener picks it (the element seeks there and plays). */
  onSeek: (seconds: number) => void;
  /** Language of the chapter titles (the feed's), for screen readers and hyphenation. */
  lang?: string;
  /** Why the episode's chapters file could not be used: said when no other source gave chapters either. */
  error?: ChaptersFailure;
}

const linkIcon = svg`<path d="M14 4h6v6h-2V7.4l-7.3 7.3-1.4-1.4L16.6 6H14V4zM5 6h6v2H6v10h10v-5h2v6a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1z"/>`;

/**
 * The "Chapters" section: nothing when there are no chapters and nothing went wrong; the reason when the chapters
 * file failed and no other source had chapters. Links and images are shown only for http(s) URLs (chapters come
 * from the feed: untrusted); links open in a new tab without passing on the page or its referrer.
 */
export function renderChapters(
  chapters: readonly Chapter[],
  options: ChaptersViewOptions,
): TemplateResult | typeof nothing {
  const { currentTime, onSeek, lang, error } = options;
  if (!chapters.length) {
    if (!error) return nothing;
    return html`<section class="section chapters-section" aria-labelledby="chapters-heading">
      <h3 class="section-heading" id="chapters-heading">${strings.chaptersHeading}</h3>
      <p part="chapters" class="muted chapters-error">${error.message}</p>
    </section>`;
  }
  const current = currentTime === undefined ? -1 : chapterIndexAt(chapters, currentTime);
  const withImages = chapters.some((chapter) => httpUrl(chapter.img));
  const longTimes = chapters.some((chapter) => chapter.start >= 3600);
  const listClass = `chapters${withImages ? ' chapters--images' : ''}${longTimes ? ' chapters--hours' : ''}`;
  return html`<section class="section chapters-section" aria-labelledby="chapters-heading">
    <h3 class="section-heading" id="chapters-heading">${strings.chaptersHeading}</h3>
    <ol part="chapters" class=${listClass}>
      ${chapters.map((chapter, index) => renderChapter(chapter, index === current, withImages, lang, onSeek))}
    </ol>
  </section>`;
}

function renderChapter(
  chapter: Chapter,
  isCurrent: boolean,
  withImages: boolean,
  lang: string | undefined,
  onSeek: (seconds: number) => void,
): TemplateResult {
  const time = formatClock(chapter.start);
  const image = httpUrl(chapter.img);
  const link = httpUrl(chapter.url);
  return html`<li class="chapter ${isCurrent ? 'chapter--current' : ''}">
    <button
      type="button"
      class="chapter-seek"
      aria-label=${strings.playFromChapter(time, chapter.title)}
      aria-current=${isCurrent ? 'true' : nothing}
      @click=${() => onSeek(chapter.start)}
    >
      <span class="chapter-time">${time}</span>
      ${
        withImages
          ? image
            ? html`<img
                class="chapter-image"
                src=${image}
                alt=""
                loading="lazy"
                decoding="async"
                referrerpolicy="no-referrer"
                width="40"
                height="40"
                @error=${hideImage}
              />`
            : html`<span class="chapter-image chapter-image--none" aria-hidden="true"></span>`
          : nothing
      }
      <span class="chapter-title" dir="auto" lang=${lang || nothing}>${chapter.title}</span>
    </button>
    ${
      link
        ? html`<a
            class="chapter-link"
            href=${link}
            target="_blank"
            rel="noopener noreferrer nofollow"
            aria-label=${strings.chapterLink(chapter.title)}
            title=${new URL(link).host}
            ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${linkIcon}</svg></a
          >`
        : nothing
    }
  </li>`;
}

/** A chapter image that fails to load leaves its place empty, as for a chapter without one: no broken-image icon. */
function hideImage(event: Event): void {
  (event.currentTarget as HTMLImageElement).style.visibility = 'hidden';
}

/**
 * The chapter list's look, for the element's `static styles` (after `styles`, whose tokens it uses: --_accent,
 * --_text, --_muted, --_border, --_soft, --_radius, --_focus). Fits a 280 px sidebar and a wide column alike.
 */
export const chaptersStyles = css`
  .chapters {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 2px;
    /* Room for the focus ring inside the scroll box; the negative margin keeps the times in line with the heading. */
    margin: -3px -9px;
    padding: 3px;
    /* A long list (some episodes have a hundred chapters) scrolls inside itself instead of stretching the card. */
    max-height: 26em;
    overflow-y: auto;
    overscroll-behavior: contain;
    scrollbar-width: thin;
  }
  .chapter {
    position: relative;
    display: flex;
    align-items: center;
    gap: 2px;
    border-radius: calc(var(--_radius) * 0.5);
  }
  /* Time, image and title side by side; the image column exists only when some chapter has an image. */
  .chapter-seek {
    flex: 1;
    min-width: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas: 'time title';
    align-items: center;
    column-gap: 10px;
    padding: 6px;
    border-radius: calc(var(--_radius) * 0.5);
    transition: background 0.12s ease;
  }
  .chapters--images .chapter-seek {
    grid-template-columns: auto auto minmax(0, 1fr);
    grid-template-areas: 'time image title';
  }
  .chapter-seek:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .chapter-time {
    grid-area: time;
    min-width: 3.4em;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .chapters--hours .chapter-time {
    min-width: 4.4em;
  }
  .chapter-image {
    grid-area: image;
    width: 36px;
    height: 36px;
    border-radius: 6px;
    object-fit: cover;
    /* Shows while the image loads; a chapter without one keeps the column empty. */
    background: var(--_soft);
  }
  .chapter-image--none {
    background: none;
  }
  .chapter-title {
    grid-area: title;
    font-size: 0.9375em;
    line-height: 1.35;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .chapter--current .chapter-seek {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .chapter--current .chapter-seek::before {
    content: '';
    position: absolute;
    inset-block: 8px;
    inset-inline-start: 0;
    width: 3px;
    border-radius: 2px;
    background: var(--_accent);
  }
  .chapter--current .chapter-time {
    color: var(--_accent);
    font-weight: 700;
  }
  .chapter--current .chapter-title {
    font-weight: 600;
  }
  .chapter-link {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    border-radius: 50%;
    color: var(--_muted);
  }
  .chapter-link:hover {
    color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .chapter-link:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .chapter-link svg {
    width: 18px;
    height: 18px;
  }
  .chapters-error {
    font-size: 0.875em;
  }

  /* Narrow: a 280 px sidebar. The time goes above the title, so the title gets the width. */
  @container podcast-episode (max-width: 360px) {
    .chapter-seek {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'time' 'title';
    }
    .chapters--images .chapter-seek {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas: 'image time' 'image title';
    }
    .chapter-time,
    .chapters--hours .chapter-time {
      min-width: 0;
      line-height: 1.3;
    }
    .chapter-image {
      width: 32px;
      height: 32px;
    }
  }
  /* Wide: an article column. Larger images and a little more air. */
  @container podcast-episode (min-width: 560px) {
    .chapter-seek {
      column-gap: 14px;
    }
    .chapter-image {
      width: 40px;
      height: 40px;
    }
  }
`;
