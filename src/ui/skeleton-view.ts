/**
 * What shows while the feed loads: the layout the card will have, with the same boxes at the same sizes, so the
 * page does not jump when the episode arrives.
 */
import { html, type TemplateResult } from 'lit';
import { strings } from '../i18n/strings.js';

const line = (width = '') => html`<div class="skeleton line ${width}"></div>`;

/** `full`: the episode page layout; else the compact card. `cardClass`: the card's classes (layout, theme). */
export function renderSkeleton(full: boolean, cardClass: string): TemplateResult {
  const header = html`<div class="header header--${full ? 'full' : 'compact'}" aria-hidden="true">
    <div class="artwork skeleton"></div>
    <div class="heading">
      ${
        full
          ? html`${line('w-40')}
              <div class="skeleton line line--title w-85"></div>
              ${line('w-55')}`
          : html`${line('w-55')}
              <div class="skeleton line line--title w-85"></div>
              ${line('w-40')}`
      }
    </div>
  </div>`;
  const player = html`<div class="player skeleton-player" aria-hidden="true">
    <div class="skeleton play-ghost"></div>
    <div class="skeleton line grow"></div>
  </div>`;
  return html`<div part="card" class=${cardClass} aria-busy="true">
    <span class="visually-hidden" role="status">${strings.loading}</span>
    ${header}
    ${
      full
        ? html`<div class="skeleton-block" aria-hidden="true">${line()}${line()}${line('w-70')}</div>
            ${player}
            <div class="skeleton-block skeleton-notes" aria-hidden="true">
              ${line()}${line()}${line()}${line('w-70')}
            </div>
            <div class="skeleton-block skeleton-related" aria-hidden="true"></div>`
        : html`${player}
            <div class="skeleton-block skeleton-topics" aria-hidden="true">
              ${line('w-85')}${line('w-70')}${line('w-55')}
            </div>
            <div class="skeleton-buttons" aria-hidden="true">
              <div class="skeleton"></div>
              <div class="skeleton"></div>
              <div class="skeleton"></div>
            </div>`
    }
  </div>`;
}
