/** What shows while the feed loads: roughly the final layout, so the page does not jump when the episode arrives. */
import { html, type TemplateResult } from 'lit';
import { strings } from '../i18n/strings.js';

export function renderSkeleton(): TemplateResult {
  return html`<div part="card" class="card card--loading" aria-busy="true">
    <span class="visually-hidden" role="status">${strings.loading}</span>
    <div class="header" aria-hidden="true">
      <div class="artwork skeleton"></div>
      <div class="heading">
        <div class="skeleton line w-40"></div>
        <div class="skeleton line line--title w-85"></div>
        <div class="skeleton line w-55"></div>
      </div>
    </div>
    <div class="player skeleton-player" aria-hidden="true">
      <div class="skeleton play-ghost"></div>
      <div class="skeleton line grow"></div>
    </div>
    <div class="skeleton-notes" aria-hidden="true">
      <div class="skeleton line"></div>
      <div class="skeleton line"></div>
      <div class="skeleton line w-70"></div>
    </div>
  </div>`;
}
