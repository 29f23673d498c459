/** The topics the episode covers. */
import { html, nothing, type TemplateResult } from 'lit';
import { strings } from '../i18n/strings.js';

export function renderTopics(topics: readonly string[]): TemplateResult | typeof nothing {
  if (!topics.length) return nothing;
  return html`<section class="section topics-section" aria-labelledby="topics-heading">
    <h3 class="section-heading" id="topics-heading">${strings.topicsHeading}</h3>
    <ul part="topics" class="topics">
      ${topics.map((topic) => html`<li dir="auto">${topic}</li>`)}
    </ul>
  </section>`;
}
