/**
 * The chapter list (`part="chapters"`): each chapter a button that plays from its start, with its start time, its
 * image and its link; the chapter playing now marked. A template function and its styles, for the element to use.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Chapter } from '../chapters/model.js';
import { chapterIndexAt } from '../chapters/chapter-at.js';
import { httpUrl } from '../chapters/http-url.js';
import { formatClock } from '../episode/format.js';
import type { Strings } from '../i18n/strings.js';

export interface ChaptersViewOptions {
  /** The section headings' level when the page sets `heading-level` (default: h3). */
  level?: number;
  /** The playback position in seconds: the chapter playing there is marked. Nothing is marked when undefined. */
  currentTime?: number;
  /** Called with a chapter's start when the listener picks it (the element seeks there and plays). */
  onSeek: (seconds: number) => void;
  /** The interface's words. */
  t: Strings;
  /** Language of the chapter titles (the feed's), for screen readers and hyphenation. */
  lang?: string;
}

const linkIcon = svg`<path d="M14 4h6v6h-2V7.4l-7.3 7.3-1.4-1.4L16.6 6H14V4zM5 6h6v2H6v10h10v-5h2v6a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1z"/>`;

/**
 * The "Chapters" section, or nothing without chapters (a chapters file that failed is the page's business: the
 * element tells it in a `warning` event, and the reader sees no broken section). Links and images are shown only for http(s) URLs (chapters come
 * from the feed: untrusted); links open in a new tab without passing on the page or its referrer.
 */
export function renderChapters(
  chapters: readonly Chapter[],
  options: ChaptersViewOptions,
): TemplateResult | typeof nothing {
  const { currentTime, onSeek, lang, t } = options;
  if (!chapters.length) return nothing;
  const current = currentTime === undefined ? -1 : chapterIndexAt(chapters, currentTime);
  const withImages = chapters.some((chapter) => httpUrl(chapter.img));
  const longTimes = chapters.some((chapter) => chapter.start >= 3600);
  const listClass = `chapters${withImages ? ' chapters--images' : ''}${longTimes ? ' chapters--hours' : ''}`;
  return html`<section part="chapters" class="section chapters-section">
    <h3 class="section-heading" aria-level=${options.level ?? nothing}>${t.chaptersHeading}</h3>
    <ol class=${listClass}>
      ${chapters.map((chapter, index) => renderChapter(chapter, index === current, withImages, lang, onSeek, t))}
    </ol>
  </section>`;
}

function renderChapter(
  chapter: Chapter,
  isCurrent: boolean,
  withImages: boolean,
  lang: string | undefined,
  onSeek: (seconds: number) => void,
  t: Strings,
): TemplateResult {
  const time = formatClock(chapter.start);
  const image = httpUrl(chapter.img);
  const link = httpUrl(chapter.url);
  return html`<li class="chapter ${isCurrent ? 'chapter--current' : ''}">
    <!-- Named by what it shows (time and title, WCAG 2.5.3); what a press does is its tooltip. -->
    <button
      type="button"
      class="chapter-seek"
      title=${t.playFromChapter(time, chapter.title)}
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
            aria-label=${t.chapterLink(chapter.title)}
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
