/** Similar episodes of the same show, each a button with its date and length, and "Played" once heard. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Episode } from '../feed/model.js';
import { formatDate, formatDuration } from '../episode/format.js';
import { strings } from '../i18n/strings.js';
import { icons } from './icons.js';

export interface RelatedViewOptions {
  /** Guids (else ids) of episodes heard to the end. */
  played: ReadonlySet<string>;
  /** The language dates are written in. */
  lang: string;
  onPick: (episode: Episode) => void;
}

export function renderRelated(
  episodes: readonly Episode[],
  options: RelatedViewOptions,
): TemplateResult | typeof nothing {
  if (!episodes.length) return nothing;
  const { played, lang, onPick } = options;
  return html`<section part="related" class="section related-section">
    <h3 class="section-heading">${strings.relatedHeading}</h3>
    <ul class="related">
      ${episodes.map((item) => {
        const meta = [
          item.published ? formatDate(item.published, lang) : '',
          item.duration !== undefined ? formatDuration(item.duration) : '',
        ].filter(Boolean);
        return html`<li>
          <button type="button" part="related-item" class="related-item" @click=${() => onPick(item)}>
            <span class="related-title" dir="auto">${item.title}</span>
            ${
              played.has(item.guid ?? item.id)
                ? html`<span part="related-played" class="related-played"
                    ><svg viewBox="0 0 24 24" aria-hidden="true">${icons.check}</svg>${strings.played}</span
                  >`
                : nothing
            }
            <span class="related-meta">${meta.join(' · ')}</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
