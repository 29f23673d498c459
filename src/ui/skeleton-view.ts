/**
 * What shows while the feed loads: blocks of the sizes the card's parts will have at this width (see
 * skeleton-view.styles.ts), so the page below does not jump when the episode arrives.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';

const lines = (...widths: string[]) => widths.map((width) => html`<div class="skeleton line ${width}"></div>`);

/** `full`: the episode page layout; else the compact card. `cardClass`: the card's classes (layout, theme). */
export function renderSkeleton(full: boolean, cardClass: string, t: Strings): TemplateResult {
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
  </div>`;
}
