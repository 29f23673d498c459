/**
 * What shows while the feed loads: blocks of the sizes the card's parts will have at this width (see
 * skeleton-view.styles.ts), so the page below does not jump when the episode arrives.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';

const lines = (...widths: string[]) => widths.map((width) => html`<div class="skeleton line ${width}"></div>`);

/**
 * Text in each size and weight the header and the player use, laid out unseen while the feed is read: the first
 * layout of a size is when the browser looks up its font (on Linux a round trip to the browser process each, 10–20
 * ms in all for the card's first frame), so that is paid here rather than in the frame that shows the title.
 */
const typeSample = (full: boolean) =>
  html`<div class="visually-hidden" aria-hidden="true">
    <div class="header header--${full ? 'full' : 'compact'}">
      <span class="artwork artwork--drawn">Aa</span>
      <div class="heading">
        <span class="show">Aa</span><span class="title">Aa</span
        ><span class="meta"><span>Aa</span><span>Aa</span></span>
      </div>
    </div>
    <div class="player">
      <span class="time">0:00</span><span class="rate-button">1×</span><span class="skip-label">10</span>
    </div>
  </div>`;

/**
 * `full`: the episode page layout; else the compact card. `cardClass`: the card's classes (layout, theme).
 * `warm`: the feed is being read (see typeSample).
 */
export function renderSkeleton(full: boolean, cardClass: string, t: Strings, warm = false): TemplateResult {
  return html`<div part="card" class=${cardClass} aria-busy="true">
    <span class="visually-hidden" role="status">${t.loading}</span>
    <div class="header header--${full ? 'full' : 'compact'} skeleton-header" aria-hidden="true">
      <div class="artwork skeleton"></div>
      <div class="heading">${lines('w-40', 'line--title w-85', 'line--title w-70', 'w-55')}</div>
    </div>
    ${full ? html`<div class="skeleton-topics" aria-hidden="true">${lines('w-85', 'w-70', 'w-85', 'w-55')}</div>` : ''}
    <div class="player skeleton-player" aria-hidden="true">
      <div class="skeleton play-ghost"></div>
      <div class="skeleton line grow"></div>
    </div>
    ${
      full
        ? html`<div class="skeleton-notes" aria-hidden="true">${lines('', '', '', 'w-70')}</div>
            <div class="skeleton-rest" aria-hidden="true"></div>`
        : html`<div class="skeleton-topics" aria-hidden="true">${lines('w-85', 'w-70', 'w-55')}</div>
            <div class="skeleton-buttons" aria-hidden="true">
              <div class="skeleton"></div>
              <div class="skeleton"></div>
              <div class="skeleton"></div>
            </div>`
    }
    ${warm ? typeSample(full) : ''}
  </div>`;
}
