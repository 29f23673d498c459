/** Similar episodes of the same show, each a button with its date and length, and "Played" once heard. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Episode } from '../feed/model.js';
import { formatDate, formatDuration } from '../episode/format.js';
import type { Strings } from '../i18n/strings.js';
import { icons } from './icons.js';

export interface RelatedViewOptions {
  /** The section headings' level when the page sets `heading-level` (default: h3). */
  level?: number;
  /** The interface's words. */
  t: Strings;
  /** The feed's language, which the titles are written in. */
  feedLang?: string;
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
  const { played, lang, onPick, t } = options;
  return html`<section part="related" class="section related-section">
    <h3 class="section-heading" aria-level=${options.level ?? nothing}>${t.relatedHeading}</h3>
    <ul class="related">
      ${episodes.map((item) => {
        const meta = [
          item.published ? formatDate(item.published, lang) : '',
          item.duration !== undefined ? formatDuration(item.duration, lang) : '',
        ].filter(Boolean);
        return html`<li>
          <button type="button" part="related-item" class="related-item" @click=${() => onPick(item)}>
            <span class="related-title" dir="auto" lang=${options.feedLang ?? nothing}>${item.title}</span>
            ${
              played.has(item.guid ?? item.id)
                ? html`<span part="related-played" class="related-played"
                    ><svg viewBox="0 0 24 24" aria-hidden="true">${icons.check}</svg>${t.played}</span
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
